"use server";

import { z } from "zod";
import { ApiError } from "@/lib/api/api-error";
import { requireAdmin } from "@/lib/sessions/require-session";
import { revokeSession } from "@/lib/sessions/revoke-session";
import { revokeUserSessions } from "@/lib/sessions/revoke-user-sessions";
import { settleAction } from "../settle-action";

// Server actions: Next checks the Origin of every call, so they are safe from cross-site forgery.

const idOf = (form: FormData, name: string) => z.object({ [name]: z.string().min(1).max(64) }).parse({ [name]: form.get(name) ?? undefined })[name];

export async function revokeSessionAction(form: FormData) {
  const { user } = await requireAdmin("/admin/sessions");
  await settleAction("/admin/sessions", async () => {
    if (!(await revokeSession(idOf(form, "sessionId"), user))) throw new ApiError(404, "That session has already ended.");
    return "Session revoked: its next request is refused.";
  });
}

export async function revokeUserSessionsAction(form: FormData) {
  const { user } = await requireAdmin("/admin/sessions");
  await settleAction("/admin/sessions", async () => {
    const count = await revokeUserSessions(idOf(form, "userId"), user);
    return `Revoked ${count} session${count === 1 ? "" : "s"} of that user.`;
  });
}
