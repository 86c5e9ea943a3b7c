import { z } from "zod";
import { SCIM } from "./scim-schemas";

const operationSchema = z.strictObject({
  // Some clients capitalise the op ("Replace"); RFC 7644 §3.5.2 values are case-insensitive.
  op: z
    .string()
    .transform((op) => op.toLowerCase())
    .pipe(z.enum(["add", "replace", "remove"], { message: "op must be add, replace or remove" })),
  path: z.string().trim().min(1).optional(),
  value: z.unknown().optional(),
});

const patchSchema = z.strictObject({
  schemas: z.array(z.string()).refine((schemas) => schemas.includes(SCIM.patchOp), `schemas must include ${SCIM.patchOp}`),
  Operations: z.array(operationSchema).min(1, "Operations must list at least one operation"),
});

export type PatchOperation = z.infer<typeof operationSchema>;

/** The operations of an RFC 7644 PatchOp request body. */
export function parsePatchOp(body: Record<string, unknown>): PatchOperation[] {
  return patchSchema.parse(body).Operations;
}
