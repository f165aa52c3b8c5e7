/** Calendar files rendered in a worker thread (see threads.ts): ical-generator allocates for each character it folds. */
import path from 'node:path';
import type {PublishedFile} from '../published-files';
import {runInWorker} from '../threads';
import type {CalendarFile} from './files';

export interface CalendarRenderRequest {
  baseUrl: string;
  /** An event is in several files: the structured clone keeps it one object, so it is still folded once. */
  files: readonly CalendarFile[];
  /** The build date, ISO: DTSTAMP of every event. */
  stamp: string;
}

/**
 * The rendered files as the worker sends them back: their UTF-8 bytes in one buffer, moved to the
 * build's thread rather than copied, and each file's place in it. The build's thread then holds no
 * calendar text in its heap (tens of megabytes at 10,000 items), only bytes for postBuild to write.
 */
export interface PackedFiles {
  bytes: Uint8Array<ArrayBuffer>;
  files: {segments: readonly string[]; start: number; end: number}[];
}

export function packFiles(files: readonly PublishedFile[]): PackedFiles {
  const lengths = files.map(({content}) => (typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength));
  // A buffer of its own: a transferred buffer leaves this thread, so it must not be a slice of Node's shared pool.
  const bytes = new Uint8Array(lengths.reduce((total, length) => total + length, 0));
  const writer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = 0;
  const placed = files.map(({segments, content}, index) => {
    const start = end;
    end = start + (lengths[index] ?? 0);
    if (typeof content === 'string') writer.write(content, start, 'utf8');
    else bytes.set(content, start);
    return {segments, start, end};
  });
  return {bytes, files: placed};
}

export function unpackFiles({bytes, files}: PackedFiles): PublishedFile[] {
  return files.map(({segments, start, end}) => ({segments, content: bytes.subarray(start, end)}));
}

export async function renderCalendarFilesApart(baseUrl: string, files: readonly CalendarFile[], stamp: Date): Promise<PublishedFile[]> {
  const request: CalendarRenderRequest = {baseUrl, files, stamp: stamp.toISOString()};
  return unpackFiles(await runInWorker<PackedFiles>(path.join(__dirname, 'worker'), request));
}
