import { describeValue } from "./describe-value";
import type { PatchOperation } from "./parse-patch-op";
import { ignoreUnknownPath } from "./ignore-unknown-path";
import { parseEmail } from "./parse-email";
import { parseUserName } from "./parse-user-name";
import { pickPrimaryEmail } from "./pick-primary-email";
import { ScimError } from "./scim-error";
import { IGNORED_USER_ATTRIBUTES, type ScimUserState } from "./scim-user-state";

// `emails[type eq "work"].value` and the like: set the one address the portal keeps.
const EMAIL_VALUE_PATH = /^emails(\[[^\]]*\])?\.value$/;

/**
 * Applies PatchOp operations to a user's state: with a path (`active`, `name.givenName`, …) or
 * without one, as Okta deactivates: `{"op":"replace","value":{"active":false}}`.
 */
export function applyUserPatch(current: ScimUserState, operations: PatchOperation[]): ScimUserState {
  const next = { ...current };
  for (const operation of operations) {
    if (operation.path) {
      set(next, operation.path, operation.op === "remove" ? null : operation.value);
    } else if (operation.op !== "remove" && isObject(operation.value)) {
      for (const [path, value] of Object.entries(operation.value)) set(next, path, value);
    } else {
      throw new ScimError(
        400,
        `A '${operation.op}' operation without a path needs an object value of attributes`,
        operation.op === "remove" ? "noTarget" : "invalidValue",
      );
    }
  }
  return next;
}

function set(state: ScimUserState, path: string, value: unknown): void {
  const attribute = path.toLowerCase();
  if (attribute === "name") {
    if (value === null) return void Object.assign(state, { givenName: null, familyName: null });
    if (!isObject(value)) throw new ScimError(400, "name must be an object", "invalidValue");
    for (const [key, part] of Object.entries(value)) set(state, `name.${key}`, part);
    return;
  }
  switch (attribute) {
    case "active":
      state.active = toBoolean(value);
      return;
    case "username":
      state.userName = parseUserName(value);
      return;
    case "emails":
      state.email = pickPrimaryEmail(value);
      return;
    case "displayname":
      state.displayName = toText(value, path);
      return;
    case "externalid":
      state.externalId = toText(value, path);
      return;
    case "name.givenname":
      state.givenName = toText(value, path);
      return;
    case "name.familyname":
      state.familyName = toText(value, path);
      return;
    case "name.formatted":
      state.displayName = toText(value, path);
      return;
  }
  if (EMAIL_VALUE_PATH.test(attribute)) {
    state.email = parseEmail(value, path);
    return;
  }
  ignoreUnknownPath("User PATCH", path, IGNORED_USER_ATTRIBUTES);
}

function toBoolean(value: unknown): boolean {
  // Some clients send "True"/"False" strings; accept those, reject anything else.
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && ["true", "false"].includes(value.toLowerCase())) return value.toLowerCase() === "true";
  throw new ScimError(400, `active must be true or false (got ${describeValue(value)})`, "invalidValue");
}

function toText(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string" || value.length > 500) throw new ScimError(400, `${path} must be a string of at most 500 characters`, "invalidValue");
  return value.trim() || null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
