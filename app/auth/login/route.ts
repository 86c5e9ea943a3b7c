import { z } from "zod";
import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors/domain-error";
import { route } from "@/lib/http/route";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { authenticateWithPassword } from "@/lib/users/authenticate-with-password";

export const dynamic = "force-dynamic";

const body = z.object({ email: z.string().max(320), password: z.string().max(1024) });

const MESSAGES = {
  invalid_credentials: [401, "Invalid email or password"],
  locked_out: [423, "Too many failed attempts: password login for this account is locked for a while"],
  password_login_disabled: [403, "Password login is disabled (SSO_PRESERVE_ADMIN_AUTH=false); sign in with Okta"],
  deactivated: [403, "This account is deactivated"],
} as const;

/** POST /auth/login: MCP Gateway's email/password login for scripts, answering a Bearer token. */
export const POST = route({ auth: "anyone", rateLimit: { limit: "login", by: "address" }, errors: "json", maxBodyBytes: 16 * 1024 }, async ({ readText }) => {
  const config = getConfig();
  const parsed = body.safeParse(parseJson(await readText()));
  if (!parsed.success) throw new DomainError("invalid_input", 'Send a JSON body {"email": "…", "password": "…"}');
  const result = await authenticateWithPassword(config, parsed.data.email, parsed.data.password);
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
