/** Dates as admins read them in tables: UTC, to the minute, so every admin sees the same value. */
export function formatDate(date: Date | null | undefined): string {
  return date ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—";
}
