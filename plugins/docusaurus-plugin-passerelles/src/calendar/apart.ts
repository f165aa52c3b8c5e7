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

export function renderCalendarFilesApart(baseUrl: string, files: readonly CalendarFile[], stamp: Date): Promise<PublishedFile[]> {
  const request: CalendarRenderRequest = {baseUrl, files, stamp: stamp.toISOString()};
  return runInWorker<PublishedFile[]>(path.join(__dirname, 'worker'), request);
}
