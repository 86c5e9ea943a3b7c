// How a membership or a team came to be, in words; unknown values show as recorded.
const MEMBERSHIP: Record<string, string> = { okta: "Okta group mapping", manual: "Added by hand", scim: "Okta provisioning (SCIM)" };
const TEAM: Record<string, string> = { manual: "Created by hand", mapping: "Okta group mapping", scim: "Okta provisioning (SCIM)" };

/** The label of a membership source ("okta", "manual", "scim") or of a team source ("manual", "mapping", "scim"). */
export function sourceLabel(kind: "membership" | "team", source: string): string {
  return (kind === "team" ? TEAM : MEMBERSHIP)[source] ?? source;
}
