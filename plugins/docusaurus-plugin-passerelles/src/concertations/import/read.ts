/**
 * Reads a concertation report as a basin publishes it (a .md or .txt file),
 * or says why it cannot: missing, unreadable, binary, not UTF-8, empty.
 */
import {readFile} from 'node:fs/promises';

export type ReportReadFailure =
  | {rule: 'import-missing'}
  | {rule: 'import-unreadable'; detail: string}
  | {rule: 'import-binary'}
  | {rule: 'import-encoding'; line: number}
  | {rule: 'import-empty'};

export type ReportRead = {text: string} | {failure: ReportReadFailure};

const strictUtf8 = new TextDecoder('utf-8', {fatal: true});

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

export function decodeReport(bytes: Uint8Array): ReportRead {
  if (bytes.includes(0)) return {failure: {rule: 'import-binary'}};
  const badLine = firstNonUtf8Line(bytes);
  if (badLine !== undefined) return {failure: {rule: 'import-encoding', line: badLine}};
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return {failure: {rule: 'import-empty'}};
  return {text};
}

export async function readReport(file: string): Promise<ReportRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return {failure: {rule: 'import-missing'}};
    return {failure: {rule: 'import-unreadable', detail: code ?? (error as Error).message}};
  }
  return decodeReport(bytes);
}
