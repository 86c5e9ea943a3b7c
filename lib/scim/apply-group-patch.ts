import { ignoreUnknownPath } from "./ignore-unknown-path";
import type { PatchOperation } from "./parse-patch-op";
import { ScimError } from "./scim-error";
import { memberListSchema, type ScimGroupState } from "./scim-group-state";

// Okta removes one member with `members[value eq "<user id>"]` (RFC 7644 §3.5.2.2 value filter).
const MEMBER_FILTER = /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i;

/**
 * Applies PatchOp operations to a group: rename (`displayName`, or Okta's path-less
 * `{"op":"replace","value":{"id":…,"displayName":…}}`), and members add / remove / replace.
 */
export function applyGroupPatch(current: ScimGroupState, operations: PatchOperation[]): ScimGroupState {
  const next = { ...current, members: [...current.members] };
  for (const { op, path, value } of operations) {
    if (path) {
      apply(next, op, path, value);
    } else if (op !== "remove" && typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [key, part] of Object.entries(value)) apply(next, op, key, part);
    } else {
      throw new ScimError(400, `A '${op}' operation without a path needs an object value of attributes`, op === "remove" ? "noTarget" : "invalidValue");
    }
  }
  return next;
}

function apply(group: ScimGroupState, op: PatchOperation["op"], path: string, value: unknown): void {
  const member = MEMBER_FILTER.exec(path.trim());
  if (member) {
    if (op !== "remove") throw new ScimError(400, `Only 'remove' is supported on '${path}'`, "invalidPath");
    group.members = group.members.filter((id) => id !== member[1]);
    return;
  }
  switch (path.toLowerCase()) {
    case "id":
      // Okta echoes the id in its rename operation; it can't change.
      return;
    case "displayname":
      if (op === "remove" || typeof value !== "string" || !value.trim()) throw new ScimError(400, "displayName must be a non-empty string", "invalidValue");
      group.displayName = value.trim();
      return;
    case "externalid":
      if (op !== "remove" && typeof value !== "string") throw new ScimError(400, "externalId must be a string", "invalidValue");
      group.externalId = op === "remove" ? null : (value as string).trim() || null;
      return;
    case "members": {
      const ids = op === "remove" && value === undefined ? group.members : memberIds(value);
      if (op === "replace") group.members = [...new Set(ids)];
      else if (op === "add") group.members = [...new Set([...group.members, ...ids])];
      else group.members = group.members.filter((id) => !ids.includes(id));
      return;
    }
  }
  // A member change the portal can't apply must not pass silently; other attributes are ignored.
  if (/^members\b/i.test(path))
    throw new ScimError(400, `Unsupported members path '${path.slice(0, 100)}' (supported: members, members[value eq "<user id>"])`, "invalidPath");
  ignoreUnknownPath("Group PATCH", path, ["schemas", "meta"]);
}

function memberIds(value: unknown): string[] {
  const parsed = memberListSchema.safeParse(value);
  if (!parsed.success) throw new ScimError(400, 'members must be an array of {"value": "<user id>"}', "invalidValue");
  return parsed.data.map((member) => member.value);
}
