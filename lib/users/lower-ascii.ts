/**
 * Lower-cases ASCII letters only. String#toLowerCase() also folds look-alikes such as the Kelvin sign
 * (U+212A) into "k", which would let a different address equal a real one.
 */
export function lowerAscii(value: string): string {
  return value.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
}
