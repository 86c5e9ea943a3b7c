import type { ZodError } from "zod";

/** How a message names what was wrong: a URL parameter, a SCIM attribute, or a console form field. */
export type InputNoun = "parameter" | "attribute" | "field";

/**
 * The first problem of a failed parse as one sentence naming what to fix: "Invalid parameter 'limit':
 * must be at least 1", "Invalid value for 'emails': …" (SCIM), or "name is required" (form fields,
 * whose messages are written to complete "<field> …"). Unknown keys: "Unknown parameter 'colour'".
 */
export function describeZodError(error: ZodError, noun: InputNoun = "parameter"): string {
  const issue = error.issues[0];
  if (issue.code === "unrecognized_keys") return `Unknown ${noun} '${[...issue.path, issue.keys[0]].join(".")}'`;
  const name = issue.path.join(".");
  if (noun === "field") return `${name || "Input"} ${issue.message}`;
  if (noun === "attribute") return `Invalid value for '${name || "body"}': ${issue.message}`;
  return `Invalid parameter '${name || "request"}': ${issue.message}`;
}
