/** "fetch failed" hides the reason in its cause (sometimes an AggregateError, one per address tried). */
export function describeFetchError(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current; depth++) {
    const { code, errors, cause, name } = current as { code?: string; errors?: unknown[]; cause?: unknown; name?: string };
    // AbortSignal.timeout's DOMException has a numeric legacy code; the name is what says "timeout".
    if (name === "TimeoutError") return "timed out";
    if (typeof code === "string") return code;
    current = errors?.[0] ?? cause;
  }
  return (error as Error)?.message ?? String(error);
}
