import type { NextRequest } from "next/server";
import { ZodError } from "zod";
import { getConfig } from "@/lib/config/get-config";
import { isOktaHookSecret } from "@/lib/okta/is-okta-hook-secret";
import { receiveOktaEvents } from "@/lib/okta/receive-okta-events";
import { describeRequest } from "@/lib/request/describe-request";
import { runWithRequestContext } from "@/lib/request/request-context";

export const dynamic = "force-dynamic";

const MAX_BODY_BYTES = 1024 * 1024;
const NOT_CONFIGURED = { detail: "Okta event hooks are not configured: set OKTA_EVENT_HOOK_SECRET to the secret of the hook's Authorization header" };

/** Okta's one-time verification: echo X-Okta-Verification-Challenge back as {"verification": …}. */
export function GET(request: NextRequest) {
  if (!getConfig().oktaEventHookSecret) return Response.json(NOT_CONFIGURED, { status: 404 });
  const challenge = request.headers.get("x-okta-verification-challenge");
  if (!challenge || challenge.length > 256) return Response.json({ detail: "Send the X-Okta-Verification-Challenge header" }, { status: 400 });
  return Response.json({ verification: challenge });
}

/** POST /hooks/okta: Okta event hook deliveries, authenticated by the hook's Authorization header. */
export async function POST(request: NextRequest) {
  const secret = getConfig().oktaEventHookSecret;
  if (!secret) return Response.json(NOT_CONFIGURED, { status: 404 });
  return runWithRequestContext(describeRequest(request.headers), async () => {
    if (!isOktaHookSecret(request.headers.get("authorization"), secret)) {
      return Response.json({ detail: "The Authorization header does not match the hook's secret" }, { status: 401 });
    }
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES) return Response.json({ detail: "Event hook body over 1 MiB" }, { status: 413 });
    try {
      const { received, stored } = await receiveOktaEvents(JSON.parse(text));
      return Response.json({ received, duplicates: received - stored });
    } catch (error) {
      if (error instanceof SyntaxError || error instanceof ZodError) return Response.json({ detail: "The body must be an Okta event hook delivery: {\"data\": {\"events\": [{\"uuid\", \"eventType\", \"published\", \"target\"}]}}" }, { status: 400 });
      throw error;
    }
  });
}
