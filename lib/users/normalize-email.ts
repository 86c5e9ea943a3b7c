/**
 * The one spelling of an email the portal stores and compares: trimmed, ASCII letters lower-cased.
 * Only ASCII: String#toLowerCase() also folds look-alikes such as the Kelvin sign (U+212A) into "k",
 * which would let a different address sign in as, link to, or pass the domain check of a real one.
 */
export function normalizeEmail(raw: string): string {
  return raw.trim().replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}
