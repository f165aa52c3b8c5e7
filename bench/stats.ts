/** Small measuring helpers for the benchmarks: timings, percentiles, sizes. */
import {gzipSync} from 'node:zlib';

export function time<T>(run: () => T): {value: T; ms: number} {
  const start = process.hrtime.bigint();
  const value = run();
  return {value, ms: Number(process.hrtime.bigint() - start) / 1e6};
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
