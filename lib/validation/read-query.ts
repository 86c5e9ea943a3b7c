import type { z } from "zod";
import { refuseNul } from "./refuse-nul";

/**
 * Parses URL search parameters with `schema`: a repeated key takes its first value, an empty value is
 * unset, and a NUL character anywhere is refused by the parameter's name.
 */
export function readQuery<Schema extends z.ZodType>(schema: Schema, params: URLSearchParams): z.infer<Schema> {
  refuseNul(params);
  const raw: Record<string, string> = {};
  for (const [key, value] of params) if (!(key in raw) && value !== "") raw[key] = value;
  return schema.parse(raw);
}
