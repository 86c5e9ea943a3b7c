/** "fetch failed" hides the reason in its cause (sometimes an AggregateError, one per address tried). */
export function describeFetchError(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const { code, errors, cause, name } = current as { code?: string; errors?: unknown[]; cause?: unknown; name?: string };
    if (code) return code;
    if (name === "TimeoutError") return "timed out";
    current = errors?.[0] ?? cause;
  }
  return (error as Error)?.message ?? String(error);
}
