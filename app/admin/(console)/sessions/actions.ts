"use server";

import { z } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import { adminAction } from "@/lib/http/admin-action";
import { revokeSession } from "@/lib/sessions/revoke-session";
import { revokeUserSessions } from "@/lib/sessions/revoke-user-sessions";
import { formId } from "@/lib/validation/form-id";

// Server actions: Next checks the Origin of every call, so they are safe from cross-site forgery.

const PATH = "/admin/sessions";

export const revokeSessionAction = adminAction(PATH, z.object({ sessionId: formId }), async ({ sessionId }, admin) => {
  if (!(await revokeSession(sessionId, admin))) throw new DomainError("not_found", "That session has already ended.");
  return "Session revoked: its next request is refused.";
});

export const revokeUserSessionsAction = adminAction(PATH, z.object({ userId: formId }), async ({ userId }, admin) => {
  const count = await revokeUserSessions(userId, admin);
  return `Revoked ${count} session${count === 1 ? "" : "s"} of that user.`;
});
