/** One detail of an audit event, ready to show: lists stay lists, nested objects become JSON. */
export interface AuditDetail {
  key: string;
  value: string | string[];
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/**
 * The stored details JSON as key/value pairs in their recorded order. A row that is not an object
 * (or not JSON at all, from an older version) still shows, as one "details" entry.
 */
export function readAuditDetails(json: string | null): AuditDetail[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [{ key: "details", value: json }];
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return [{ key: "details", value: toText(parsed) }];
  return Object.entries(parsed)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ key, value: Array.isArray(value) ? value.map(toText) : toText(value) }));
}
