import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { ApiError } from "@/lib/api/api-error";
import { sealNotice } from "@/lib/sessions/seal-notice";

/**
 * Runs a server action's work and redirects back to `path` with its outcome: the success message
 * as `notice`, or an expected failure (bad field, not found, conflict) as `error`, naming the field;
 * both sealed for this session (see sealNotice).
 */
export async function settleAction(path: string, work: () => Promise<string>): Promise<never> {
  let outcome: { notice?: string; error?: string };
  try {
    outcome = { notice: await work() };
  } catch (error) {
    if (error instanceof ApiError) outcome = { error: error.detail };
    else if (error instanceof ZodError) outcome = { error: `${error.issues[0].path.join(".") || "Input"} ${error.issues[0].message}` };
    else throw error;
  }
  redirect(`${path}?${await sealNotice(outcome)}`);
}

/** Back to `path` with a message for its Notice (sealed, so links can't word one). */
export async function redirectWithNotice(path: string, notice: string): Promise<never> {
  redirect(`${path}?${await sealNotice({ notice })}`);
}
