/**
 * How an identifier is shown back to an author: never in full. Each word or
 * digit group keeps at most its first and last character, the rest becomes
 * "•"; separators (spaces, dots, "@", "-") are kept so the shape stays
 * recognisable ("0• 1•3 4• 6•", "j••n.d••••t@e•••••e.org").
 *
 * Shared by the build (Node) and the contribution form (browser): no Node imports.
 */
export const MASK = '•';

/** One word or digit group: "Dupont" → "D••••t", "45" → "••", "3" → "•". */
export function maskToken(token: string): string {
  const chars = Array.from(token);
  if (chars.length <= 2) return MASK.repeat(chars.length);
  return `${chars[0]}${MASK.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** Masks every run of letters or digits of `text`, keeping everything else. */
export function maskText(text: string): string {
  return text.replace(/[\p{L}\p{M}\p{N}]+/gu, maskToken);
}
