import { redirect } from "next/navigation";
import { ZodError } from "zod";
import { ApiError } from "@/lib/api/api-error";

/**
 * Runs a server action's work and redirects back to `path` with its outcome: the success message
 * as `notice`, or an expected failure (bad field, not found, conflict) as `error`, naming the field.
 */
export async function settleAction(path: string, work: () => Promise<string>): Promise<never> {
  let outcome: URLSearchParams;
  try {
    outcome = new URLSearchParams({ notice: await work() });
  } catch (error) {
    if (error instanceof ApiError) outcome = new URLSearchParams({ error: error.detail });
    else if (error instanceof ZodError) outcome = new URLSearchParams({ error: `${error.issues[0].path.join(".") || "Input"} ${error.issues[0].message}` });
    else throw error;
  }
  redirect(`${path}?${outcome}`);
}

/** Back to `path` with a message for its Notice. */
export function redirectWithNotice(path: string, notice: string): never {
  redirect(`${path}?${new URLSearchParams({ notice })}`);
}
