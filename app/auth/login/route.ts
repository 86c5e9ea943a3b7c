import { z } from "zod";
import { ApiError } from "@/lib/api/api-error";
import { jsonError } from "@/lib/api/json-error";
import { readBody } from "@/lib/api/read-body";
import { getConfig } from "@/lib/config/get-config";
import { describeRequest } from "@/lib/request/describe-request";
import { checkRateLimit } from "@/lib/security/check-rate-limit";
import { runWithRequestContext } from "@/lib/request/request-context";
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
export async function POST(request: Request) {
  const config = getConfig();
  const context = describeRequest(request.headers);
  let parsed;
  try {
    checkRateLimit(`login:${context.ip}`, config.rateLimits.login);
    parsed = body.safeParse(parseJson(await readBody(request, 16 * 1024)));
  } catch (error) {
    if (error instanceof ApiError) return jsonError(error);
    throw error;
  }
  if (!parsed.success) return Response.json({ detail: 'Send a JSON body {"email": "…", "password": "…"}' }, { status: 400 });

  return runWithRequestContext(context, async () => {
    const result = await authenticateWithPassword(config, parsed.data.email, parsed.data.password);
    if (!result.ok) {
      const [status, detail] = MESSAGES[result.code];
      return Response.json({ detail }, { status });
    }
    const days = config.sessions.maxAgeSeconds / 86_400;
    const { secret } = await createApiToken({ name: "login", kind: "api", userId: result.user.id, expiresInDays: days, actor: result.user });
    return Response.json({ access_token: secret, token_type: "bearer", expires_in: config.sessions.maxAgeSeconds });
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
