import { getGroupsClaimWarning } from "@/lib/sso/get-groups-claim-warning";

/** A small warning on the Overview while Okta sign-ins arrive without a usable groups claim. */
export async function GroupsClaimNotice() {
  const warning = await getGroupsClaimWarning();
  if (!warning) return null;
  const what = warning.reason === "groups_claim_malformed" ? "a groups claim that is not a list of group names" : "no groups claim";
  return (
    <p
      role="status"
      data-testid="groups-claim-notice"
      className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950 dark:text-amber-200"
    >
      Okta sent {what} at {warning.count} sign-in{warning.count === 1 ? "" : "s"} in the last 24 hours (last at{" "}
      {warning.lastAt.toISOString().slice(0, 16).replace("T", " ")} UTC), so their teams and admin rights were left unchanged. Add a groups claim to the Okta
      app (or authorization server) and see the audit log (sso.groups_claim_missing) and <code>npm run sso:doctor</code>.
    </p>
  );
}
