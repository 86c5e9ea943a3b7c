"use server";

import { revalidatePath } from "next/cache";
import type { CreateTokenState } from "@/components/admin/token-form";
import { z } from "zod";
import { adminAction } from "@/lib/http/admin-action";
import { adminStateAction } from "@/lib/http/admin-state-action";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { tokenInput } from "@/lib/tokens/token-input";
import { formId } from "@/lib/validation/form-id";

// Server actions: Next checks the Origin of every call, so they are safe from cross-site forgery.

const PATH = "/admin/tokens";

/** Returns the secret to the form (shown once) instead of redirecting, so it never lands in a URL or history. */
export const createTokenAction = adminStateAction(PATH, tokenInput, async ({ name, days }, admin): Promise<CreateTokenState> => {
  const { secret, token } = await createApiToken({ name, kind: "api", userId: admin.id, expiresInDays: days, actor: admin });
  // Refreshes the list under the form; the form's state (the secret) survives the refresh.
  revalidatePath(PATH);
  return { secret, name: token.name };
});

export const revokeTokenAction = adminAction(PATH, z.object({ tokenId: formId }), async ({ tokenId }, admin) => {
  return `Revoked the token "${(await revokeApiToken(tokenId, admin)).name}": it is refused from now on.`;
});
