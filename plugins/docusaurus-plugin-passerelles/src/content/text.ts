/**
 * Bytes meant to be text, checked before any parser sees them: a binary file
 * (an image or a PDF saved under a text name), text in another encoding than
 * UTF-8, or nothing at all. Shared by the documents and the concertation import.
 */

export type TextFailure = {reason: 'binary'} | {reason: 'encoding'; line: number} | {reason: 'empty'};

const strictUtf8 = new TextDecoder('utf-8', {fatal: true});
const strictUtf8WithBom = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true});

/** The 1-based line of the first byte sequence that is not UTF-8, or undefined when all of it is. */
export function firstNonUtf8Line(bytes: Uint8Array): number | undefined {
  let start = 0;
  let line = 1;
  // A line feed is never part of a multi-byte UTF-8 sequence: each line can be decoded alone.
  while (start <= bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      strictUtf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (newline === -1) return undefined;
    start = newline + 1;
    line += 1;
  }
  return undefined;
}

/** A UTF-16 byte-order mark: Windows' "Unicode" text, whose NUL bytes would otherwise pass for a binary file. */
function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** The text of UTF-8 bytes as they are (byte-order mark and line endings kept), or what makes them no text. */
export function decodeText(bytes: Uint8Array): {text: string} | {failure: TextFailure} {
  if (isUtf16(bytes)) return {failure: {reason: 'encoding', line: 1}};
  if (bytes.includes(0)) return {failure: {reason: 'binary'}};
  let text: string;
  try {
    text = strictUtf8WithBom.decode(bytes);
  } catch {
    // Only then line by line, to say where.
    return {failure: {reason: 'encoding', line: firstNonUtf8Line(bytes) ?? 1}};
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') return {failure: {reason: 'empty'}};
  return {text};
}
