/** Small measuring helpers for the benchmarks: timings, percentiles, sizes. */
import {readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

export function time<T>(run: () => T): {value: T; ms: number} {
  const start = process.hrtime.bigint();
  const value = run();
  return {value, ms: Number(process.hrtime.bigint() - start) / 1e6};
}

/** Runs `run` `times` times and keeps the median duration: one cold run (JIT, page faults) says little. */
export function timeMedian<T>(run: () => T, times: number, between: () => void = () => undefined): {value: T; ms: number} {
  const runs: {value: T; ms: number}[] = [];
  for (let index = 0; index < times; index += 1) {
    between();
    runs.push(time(run));
  }
  const last = runs.at(-1);
  if (last === undefined) throw new Error('timeMedian needs at least one run');
  return {value: last.value, ms: median(runs.map((entry) => entry.ms))};
}

/** The middle value; with an even count, the mean of the two middle ones (of two runs, their mean, not the faster). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}

/** The nearest-rank percentile: a value that was measured, for p50 and p95 over many queries. */
export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

/** The value after `--name` on the command line, or `fallback`. */
export function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/**
 * The whole numbers after `--name`, separated by commas (`--sizes 500,2000`), or `fallback`'s.
 * Ends the run with a message naming the option when one is not a whole number of 1 or more:
 * a benchmark must not start a build of a "NaN-item" site.
 */
export function countsArgument(name: string, fallback: string): number[] {
  const text = argument(name, fallback);
  const counts = text.split(',').map((part) => part.trim());
  const wrong = counts.find((part) => !/^[1-9]\d*$/.test(part));
  if (wrong !== undefined) {
    process.stderr.write(`--${name} takes whole numbers of 1 or more separated by commas (e.g. --${name} ${fallback}); found "${wrong}" in "${text}".\n`);
    process.exit(2);
  }
  return counts.map(Number);
}

/** The one whole number after `--name` (`--rounds 2`), or `fallback`, checked as `countsArgument` does. */
export function countArgument(name: string, fallback: number): number {
  const [count, ...more] = countsArgument(name, String(fallback));
  if (count === undefined || more.length > 0) {
    process.stderr.write(`--${name} takes one whole number (e.g. --${name} ${fallback}); found "${argument(name, '')}".\n`);
    process.exit(2);
  }
  return count;
}

export function sizes(text: string): {raw: number; gzip: number} {
  return {raw: Buffer.byteLength(text), gzip: gzipSync(text).length};
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
export const ms = (value: number): string => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ms`);

/** The machine a run was measured on, for the first line of a results section. */
export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, load average ${os.loadavg()[0]?.toFixed(1)} at the start`;
}

/**
 * Replaces the section `name` of bench/RESULTS.md (between `<!-- name:start -->`
 * and `<!-- name:end -->`), or appends it: each script writes its own section only.
 */
export function writeResultsSection(name: string, body: string): string {
  const section = `<!-- ${name}:start -->\n${body}\n<!-- ${name}:end -->`;
  const resultsFile = path.join(__dirname, 'RESULTS.md');
  const previous = readFileSync(resultsFile, 'utf8');
  const pattern = new RegExp(`<!-- ${name}:start -->[\\s\\S]*<!-- ${name}:end -->`);
  writeFileSync(resultsFile, pattern.test(previous) ? previous.replace(pattern, () => section) : `${previous.trimEnd()}\n\n${section}\n`);
  return section;
}
