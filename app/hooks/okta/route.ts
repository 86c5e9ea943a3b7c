import { ZodError } from "zod";
import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors/domain-error";
import { route } from "@/lib/http/route";
import { PUBLIC } from "@/lib/http/route-options";
import { isOktaHookSecret } from "@/lib/okta/is-okta-hook-secret";
import { receiveOktaEvents } from "@/lib/okta/receive-okta-events";

export const dynamic = "force-dynamic";

const NOT_CONFIGURED = "Okta event hooks are not configured: set OKTA_EVENT_HOOK_SECRET to the secret of the hook's Authorization header";

function hookSecret(): string {
  const secret = getConfig().oktaEventHookSecret;
  if (!secret) throw new DomainError("not_found", NOT_CONFIGURED);
  return secret;
}

/** Okta's one-time verification: echo X-Okta-Verification-Challenge back as {"verification": …}. */
export const GET = route(PUBLIC, async ({ request }) => {
  hookSecret();
  const challenge = request.headers.get("x-okta-verification-challenge");
  if (!challenge || challenge.length > 256) throw new DomainError("invalid_input", "Send the X-Okta-Verification-Challenge header");
  return Response.json({ verification: challenge });
});

/** POST /hooks/okta: Okta event hook deliveries, authenticated by the hook's Authorization header. */
export const POST = route({ ...PUBLIC, maxBodyBytes: 1024 * 1024 }, async ({ request, readText }) => {
  if (!isOktaHookSecret(request.headers.get("authorization"), hookSecret())) {
    throw new DomainError("unauthenticated", "The Authorization header does not match the hook's secret");
  }
  try {
    const { received, stored } = await receiveOktaEvents(JSON.parse(await readText()));
    return Response.json({ received, duplicates: received - stored });
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof ZodError) {
      throw new DomainError(
        "invalid_input",
        'The body must be an Okta event hook delivery: {"data": {"events": [{"uuid", "eventType", "published", "target"}]}}',
      );
    }
    throw error;
  }
});
