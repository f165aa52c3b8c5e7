/**
 * Work done in a worker thread, with a heap of its own. The build's thread
 * holds all of Docusaurus' state: there, collecting the garbage of a stage that
 * allocates for every character it writes (the calendars' line folding) also
 * marks everything else; at 10,000 items the calendars took twice their time
 * in the big heap. A worker also runs on another core meanwhile.
 */
import path from 'node:path';
import {Worker} from 'node:worker_threads';

/**
 * Starts the worker whose entry is `entry` (a path without its extension, next
 * to the calling module), gives it `data` by structured clone (which keeps an
 * object referenced twice one object), and resolves with the one message it posts.
 */
export function runInWorker<Result>(entry: string, data: unknown): Promise<Result> {
  const extension = path.extname(__filename);
  const file = `${entry}${extension}`;
  // Run from the TypeScript sources (tests, benchmarks), the worker loads its entry through tsx.
  const worker =
    extension === '.ts'
      ? new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, {eval: true, workerData: data})
      : new Worker(file, {workerData: data});
  return new Promise((resolve, reject) => {
    worker.once('message', (result: Result) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the worker ${path.basename(file)} stopped with exit code ${code}`));
    });
  });
}
