import { lowerAscii } from "./lower-ascii";

/**
 * The one spelling of an email the portal stores and compares: trimmed, ASCII letters lower-cased
 * (never Unicode case folding: a look-alike must not sign in as, link to, or match a real address).
 */
export function normalizeEmail(raw: string): string {
  return lowerAscii(raw.trim());
}
