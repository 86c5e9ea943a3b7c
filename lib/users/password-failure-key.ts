/**
 * The LoginFailure row for one account tried from one client address: failures from one address
 * lock only that address out, so nobody can lock the bootstrap admin out from elsewhere. Keyed by
 * the typed email, so unknown and known accounts are counted (and answered) alike.
 */
export function passwordFailureKey(email: string, ip: string | null): string {
  return `${email}|${ip ?? "unknown"}`;
}
