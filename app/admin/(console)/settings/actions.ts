"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getConfig } from "@/lib/config/get-config";
import { syncOktaDirectory } from "@/lib/okta/sync-okta-directory";
import { requireAdmin } from "@/lib/sessions/require-session";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { tokenInput } from "@/lib/tokens/token-input";
import { redirectWithNotice, settleAction } from "../settle-action";

// Server actions: Next checks the Origin of every call, so they are safe from cross-site forgery.

const PATH = "/admin/settings";
const back = (notice: string): Promise<never> => redirectWithNotice(PATH, notice);

export interface CreateTokenState {
  secret?: string;
  name?: string;
  error?: string;
}

/** Returns the secret to the form instead of redirecting, so it is shown once and never lands in a URL or log. */
export async function createScimTokenAction(_: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const { user } = await requireAdmin(PATH);
  // SCIM tokens expire like API tokens (a year by default); the list shows when.
  const parsed = tokenInput.safeParse({ name: form.get("name") ?? undefined, days: form.get("days") ?? "365", longLived: form.get("longLived") ?? undefined });
  if (!parsed.success) return { error: `${parsed.error.issues[0].path.join(".")} ${parsed.error.issues[0].message}` };
  const { secret, token } = await createApiToken({ name: parsed.data.name, kind: "scim", userId: null, expiresInDays: parsed.data.days, actor: user });
  revalidatePath(PATH);
  return { secret, name: token.name };
}

export async function revokeScimTokenAction(form: FormData) {
  const { user } = await requireAdmin(PATH);
  await settleAction(PATH, async () => {
    await revokeApiToken(z.string().min(1).max(64).parse(form.get("tokenId")), user);
    return "Token revoked: SCIM requests with it are refused from now on.";
  });
}

export async function syncOktaAction() {
  const { user } = await requireAdmin(PATH);
  const config = getConfig();
  if (!config.oktaApi) await back("Directory sync is off: set OKTA_API_TOKEN first.");
  const summary = await syncOktaDirectory(config, config.oktaApi!, user);
  const parts = [`Checked ${summary.checked} users`, `${summary.membershipsChanged} membership changes`, `${summary.deactivated.length} deactivated`];
  if (summary.notFound.length) parts.push(`${summary.notFound.length} not found in Okta`);
  if (summary.failed.length) parts.push(`${summary.failed.length} failed (see the server log)`);
  await back(`Okta sync done: ${parts.join(", ")}.`);
}
