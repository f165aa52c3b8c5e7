/** Small measuring helpers for the benchmarks: timings, percentiles, sizes. */
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
  return {value: last.value, ms: percentile(runs.map((entry) => entry.ms), 0.5)};
}

export function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

export function sizes(text: string): {raw: number; gzip: number} {
  return {raw: Buffer.byteLength(text), gzip: gzipSync(text).length};
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
export const ms = (value: number): string => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ms`);
