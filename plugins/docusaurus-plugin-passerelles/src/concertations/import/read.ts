/**
 * Reads a concertation report as a basin publishes it (a .md or .txt file),
 * or says why it cannot: missing, unreadable, binary, not UTF-8, empty.
 */
import {readFile} from 'node:fs/promises';
import {decodeText} from '../../content/text';

export type ReportReadFailure =
  | {rule: 'import-missing'}
  | {rule: 'import-unreadable'; detail: string}
  | {rule: 'import-binary'}
  | {rule: 'import-encoding'; line: number}
  | {rule: 'import-empty'};

export type ReportRead = {text: string} | {failure: ReportReadFailure};

export function decodeReport(bytes: Uint8Array): ReportRead {
  const decoded = decodeText(bytes);
  if ('text' in decoded) return {text: decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')};
  const {failure} = decoded;
  switch (failure.reason) {
    case 'binary':
      return {failure: {rule: 'import-binary'}};
    case 'encoding':
      return {failure: {rule: 'import-encoding', line: failure.line}};
    case 'empty':
      return {failure: {rule: 'import-empty'}};
  }
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
