"use server";

import { z } from "zod";
import { requireAdmin } from "@/lib/sessions/require-session";
import { revokeSession } from "@/lib/sessions/revoke-session";
import { createUser } from "@/lib/users/create-user";
import { deactivateUser } from "@/lib/users/deactivate-user";
import { deleteUser } from "@/lib/users/delete-user";
import { reactivateUser } from "@/lib/users/reactivate-user";
import { setAdmin } from "@/lib/users/set-admin";
import { redirectWithNotice } from "../settle-action";

// Server actions: Next checks the Origin of every call, so they are safe from cross-site forgery.

const back = redirectWithNotice;
const idOf = (form: FormData) => z.string().min(1).max(64).parse(form.get("userId"));

export async function createUserAction(form: FormData) {
  const { user } = await requireAdmin("/admin/users");
  const parsed = z.object({ email: z.email(), name: z.string().max(200).optional() }).safeParse({ email: form.get("email"), name: form.get("name") || undefined });
  if (!parsed.success) await back("/admin/users", "Enter a valid email address to add a user.");
  const created = await createUser(parsed.data!, user);
  if (!created) await back("/admin/users", `A user with the email ${parsed.data!.email} already exists.`);
  await back(`/admin/users/${created!.id}`, `Added ${created!.email}. They can now sign in with Okta.`);
}

export async function setActiveAction(form: FormData) {
  const { user } = await requireAdmin("/admin/users");
  const userId = idOf(form);
  if (userId === user.id) await back(`/admin/users/${userId}`, "You can't deactivate your own account.");
  const target = form.get("active") === "true" ? await reactivateUser(userId, user) : await deactivateUser(userId, user);
  await back(`/admin/users/${userId}`, `${target.email} is now ${target.isActive ? "active" : "deactivated; their sessions have ended"}.`);
}

export async function setAdminAction(form: FormData) {
  const { user } = await requireAdmin("/admin/users");
  const userId = idOf(form);
  if (userId === user.id) await back(`/admin/users/${userId}`, "You can't change your own admin rights.");
  const target = await setAdmin(userId, form.get("admin") === "true", user);
  await back(`/admin/users/${userId}`, `${target.email} is ${target.isAdmin ? "now a portal admin" : "no longer a portal admin"}.`);
}

export async function deleteUserAction(form: FormData) {
  const { user } = await requireAdmin("/admin/users");
  const userId = idOf(form);
  if (userId === user.id) await back(`/admin/users/${userId}`, "You can't delete your own account.");
  const target = await deleteUser(userId, user);
  await back("/admin/users", `Deleted ${target.email}.`);
}

export async function revokeSessionAction(form: FormData) {
  const { user } = await requireAdmin("/admin/users");
  const userId = idOf(form);
  await revokeSession(z.string().min(1).max(64).parse(form.get("sessionId")), user);
  await back(`/admin/users/${userId}`, "Session revoked.");
}
