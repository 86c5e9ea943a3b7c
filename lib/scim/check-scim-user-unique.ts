import type { DbTransaction } from "@/lib/db/client";
import { matchUserName } from "./match-user-name";
import { ScimError } from "./scim-error";
import { SCIM_USER_SCOPE } from "./scim-scope";
import type { ScimUserState } from "./scim-user-state";

/**
 * Refuses, as RFC 7644's 409 `uniqueness`, a SCIM user whose email, userName or externalId another
 * portal user holds (`id`: the user being changed, if any).
 * A clash with an account SCIM doesn't manage says only that, and never takes that account over.
 */
export async function checkScimUserUnique(tx: DbTransaction, id: string | null, state: ScimUserState): Promise<void> {
  const others = { id: { not: id ?? "" } };
  const select = { authProvider: true } as const;
  const byEmail = await tx.user.findFirst({ where: { email: state.email, ...others }, select });
  if (byEmail) throw conflict(byEmail, `email ${state.email}`);
  // A local account's email counts as its userName: an Okta login equal to it would pass for that account.
  const byUserName = await tx.user.findFirst({ where: { ...matchUserName(state.userName), ...others }, select });
  if (byUserName) throw conflict(byUserName, `userName ${state.userName}`);
  const byExternalId = state.externalId ? await tx.user.findFirst({ where: { externalId: state.externalId, ...others }, select }) : null;
  if (byExternalId) throw conflict(byExternalId, `externalId ${state.externalId}`);
}

function conflict(holder: { authProvider: string }, what: string): ScimError {
  if (holder.authProvider === SCIM_USER_SCOPE.authProvider) return new ScimError(409, `A user with ${what} already exists`, "uniqueness");
  return new ScimError(409, `The ${what} belongs to a portal account that SCIM doesn't manage; SCIM can't create or change that account`, "uniqueness");
}
