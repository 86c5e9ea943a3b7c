import { z } from "zod";
import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors/domain-error";
import { route } from "@/lib/http/route";
import { requestContext } from "@/lib/request/request-context";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { authenticateWithPassword } from "@/lib/users/authenticate-with-password";

export const dynamic = "force-dynamic";

// PostgreSQL can't store NUL in text; no real email or password holds one.
const noNul = (field: string) => z.string().refine((value) => !value.includes("\0"), `Remove the NUL character from ${field}`);
const body = z.object({ email: noNul("email").pipe(z.string().max(320)), password: noNul("password").pipe(z.string().max(1024)) });

// One answer for every refused sign-in (wrong password, unknown, locked, deactivated, no password): none reveals which emails exist.
const MESSAGES = {
  invalid_credentials: [401, "Invalid email or password"],
  password_login_disabled: [403, "Password login is disabled (SSO_PRESERVE_ADMIN_AUTH=false); sign in with Okta"],
} as const;

/** POST /auth/login: MCP Gateway's email/password login for scripts, answering a Bearer token. */
export const POST = route({ auth: "anyone", rateLimit: { limit: "login", by: "address" }, errors: "json", maxBodyBytes: 16 * 1024 }, async ({ readText }) => {
  const config = getConfig();
  const parsed = body.safeParse(parseJson(await readText()));
  if (!parsed.success) {
    const nul = parsed.error.issues.find((issue) => issue.message.startsWith("Remove the NUL"));
    throw new DomainError("invalid_input", nul?.message ?? 'Send a JSON body {"email": "…", "password": "…"}');
  }
  const result = await authenticateWithPassword(config, parsed.data.email, parsed.data.password, requestContext()?.ip ?? null);
  if (!result.ok) {
    const [status, detail] = MESSAGES[result.code];
    return Response.json({ detail }, { status });
  }
  const days = config.sessions.maxAgeSeconds / 86_400;
  const { secret } = await createApiToken({ name: "login", kind: "api", userId: result.user.id, expiresInDays: days, actor: result.user });
  return Response.json({ access_token: secret, token_type: "bearer", expires_in: config.sessions.maxAgeSeconds });
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
