"use server";

import { z } from "zod";
import { DomainError } from "@/lib/errors/domain-error";
import { adminAction } from "@/lib/http/admin-action";
import { revokeSession } from "@/lib/sessions/revoke-session";
import { createUser } from "@/lib/users/create-user";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { deleteUser } from "@/lib/users/delete-user";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { setAdmin } from "@/lib/users/set-admin";
import { formId } from "@/lib/validation/form-id";

// Server actions: Next checks the Origin of every call, so they are safe from cross-site forgery.

const USERS = "/admin/users";
const userPage = ({ userId }: { userId: string }) => `${USERS}/${encodeURIComponent(userId)}`;
const flag = z.enum(["true", "false"], { message: "must be true or false" }).transform((value) => value === "true");

function refuseSelf(userId: string, admin: { id: string }, what: string) {
  if (userId === admin.id) throw new DomainError("forbidden", `You can't ${what}.`);
}

const newUser = z.object({
  email: z.email("must be a valid email address, e.g. jane@example.com").max(320, "must be at most 320 characters"),
  name: z.string().trim().max(200, "must be at most 200 characters").optional(),
});

export const createUserAction = adminAction(USERS, newUser, async (input, admin) => {
  const created = await createUser(input, admin);
  if (!created) throw new DomainError("conflict", `A user with the email ${input.email} already exists.`);
  return { notice: `Added ${created.email}. They can now sign in with Okta.`, to: userPage({ userId: created.id }) };
});

export const setActiveAction = adminAction(userPage, z.object({ userId: formId, active: flag }), async ({ userId, active }, admin) => {
  refuseSelf(userId, admin, "deactivate your own account");
  const target = active ? await reactivateUser(userId, admin) : await deactivateUser(userId, admin);
  return `${target.email} is now ${target.isActive ? "active" : "deactivated; their sessions have ended"}.`;
});

export const setAdminAction = adminAction(userPage, z.object({ userId: formId, admin: flag }), async ({ userId, admin: grant }, admin) => {
  refuseSelf(userId, admin, "change your own admin rights");
  const target = await setAdmin(userId, grant, admin);
  return `${target.email} is ${target.isAdmin ? "now a portal admin" : "no longer a portal admin"}.`;
});

export const deleteUserAction = adminAction(userPage, z.object({ userId: formId }), async ({ userId }, admin) => {
  refuseSelf(userId, admin, "delete your own account");
  const target = await deleteUser(userId, admin);
  return { notice: `Deleted ${target.email}.`, to: USERS };
});

/** Ends one session of the user on the user's page (the Sessions page has its own action that returns there). */
export const revokeUserSessionAction = adminAction(userPage, z.object({ userId: formId, sessionId: formId }), async ({ sessionId }, admin) => {
  if (!(await revokeSession(sessionId, admin))) throw new DomainError("not_found", "That session has already ended.");
  return "Session revoked: its next request is refused.";
});
