/**
 * Calendar files rendered in a worker thread. ical-generator allocates for each
 * character it folds; in the thread that holds the build (or the knowledge
 * base) the collection of that garbage keeps marking everything else too, so
 * the same calendars took twice as long at 10,000 items as in a thread that
 * holds only their events (bench/RESULTS.md, calendars). A worker has a heap of
 * its own, and renders on another core while the search index is built.
 */
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import type {PublishedFile} from '../published-files';
import type {CalendarFile} from './files';

export interface CalendarRenderRequest {
  baseUrl: string;
  files: readonly CalendarFile[];
  /** The build date, ISO: DTSTAMP of every event. */
  stamp: string;
}

export function renderCalendarFilesApart(baseUrl: string, files: readonly CalendarFile[], stamp: Date): Promise<PublishedFile[]> {
  const extension = path.extname(__filename);
  const request: CalendarRenderRequest = {baseUrl, files, stamp: stamp.toISOString()};
  const entry = path.join(__dirname, `worker${extension}`);
  // Run from the TypeScript sources (tests, benchmarks), the worker loads its entry through tsx.
  const [script, evaluated] = extension === '.ts' ? [`require('tsx/cjs'); require(${JSON.stringify(entry)});`, true] : [entry, false];
  // An event is in several files: the structured clone keeps it one object, so it is still folded once.
  const worker = new Worker(script, {eval: evaluated, workerData: request});
  return new Promise((resolve, reject) => {
    worker.once('message', (rendered: PublishedFile[]) => resolve(rendered));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the calendar worker stopped with exit code ${code}`));
    });
  });
}
