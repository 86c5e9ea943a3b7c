"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/sessions/require-session";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";
import { tokenInput } from "@/lib/tokens/token-input";
import { settleAction } from "../settle-action";

// Server actions: Next checks the Origin of every call, so they are safe from cross-site forgery.

export type CreateTokenState = { secret?: string; name?: string; error?: string };

/** Returns the secret to the form (shown once) instead of redirecting, so it never lands in a URL or history. */
export async function createTokenAction(_: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const { user } = await requireAdmin("/admin/tokens");
  const parsed = tokenInput.safeParse({ name: form.get("name") ?? undefined, days: form.get("days") ?? undefined, longLived: form.get("longLived") ?? undefined });
  if (!parsed.success) return { error: `${parsed.error.issues[0].path.join(".")} ${parsed.error.issues[0].message}` };
  const { secret, token } = await createApiToken({ name: parsed.data.name, kind: "api", userId: user.id, expiresInDays: parsed.data.days, actor: user });
  // Refreshes the list under the form; the form's state (the secret) survives the refresh.
  revalidatePath("/admin/tokens");
  return { secret, name: token.name };
}

export async function revokeTokenAction(form: FormData) {
  const { user } = await requireAdmin("/admin/tokens");
  await settleAction("/admin/tokens", async () => {
    const { tokenId } = z.object({ tokenId: z.string().min(1).max(64) }).parse({ tokenId: form.get("tokenId") ?? undefined });
    return `Revoked the token "${(await revokeApiToken(tokenId, user)).name}": it is refused from now on.`;
  });
}
