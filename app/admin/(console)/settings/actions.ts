"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { CreateTokenState } from "@/components/admin/token-form";
import { getConfig } from "@/lib/config/get-config";
import { DomainError } from "@/lib/errors/domain-error";
import { adminAction } from "@/lib/http/admin-action";
import { adminStateAction } from "@/lib/http/admin-state-action";
import { syncOktaDirectory } from "@/lib/okta/sync-okta-directory";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { tokenInput } from "@/lib/tokens/token-input";
import { formId } from "@/lib/validation/form-id";

// Server actions: Next checks the Origin of every call, so they are safe from cross-site forgery.

const PATH = "/admin/settings";

// SCIM tokens expire like API tokens: a year unless the form asks otherwise; the list shows when.
const scimTokenInput = z.preprocess((fields) => ({ days: "365", ...(fields as object) }), tokenInput);

/** Returns the secret to the form instead of redirecting, so it is shown once and never lands in a URL or log. */
export const createScimTokenAction = adminStateAction(PATH, scimTokenInput, async ({ name, days }, admin): Promise<CreateTokenState> => {
  const { secret, token } = await createApiToken({ name, kind: "scim", userId: null, expiresInDays: days, actor: admin });
  revalidatePath(PATH);
  return { secret, name: token.name };
});

export const revokeScimTokenAction = adminAction(PATH, z.object({ tokenId: formId }), async ({ tokenId }, admin) => {
  await revokeApiToken(tokenId, admin);
  return "Token revoked: SCIM requests with it are refused from now on.";
});

export const syncOktaAction = adminAction(PATH, z.object({}), async (_, admin) => {
  const config = getConfig();
  if (!config.oktaApi) throw new DomainError("invalid_input", "Directory sync is off: set OKTA_API_TOKEN first.");
  const summary = await syncOktaDirectory(config, config.oktaApi, admin);
  const parts = [`Checked ${summary.checked} users`, `${summary.membershipsChanged} membership changes`, `${summary.deactivated.length} deactivated`];
  if (summary.notFound.length) parts.push(`${summary.notFound.length} not found in Okta`);
  if (summary.failed.length) parts.push(`${summary.failed.length} failed (see the server log)`);
  return `Okta sync done: ${parts.join(", ")}.`;
});
