/** Progress lines of the benchmark: total elapsed time, size, variant, what is happening. */

const started = performance.now();

/** Milliseconds as `m:ss`. */
export function clock(ms: number): string {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Bytes as GiB with two decimals. */
export function gib(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

/** Time since the benchmark started. */
export function elapsed(): number {
  return performance.now() - started;
}

/** One progress line: total elapsed, size (and variant, where there are two), message. */
export function progress(size: number | undefined, message: string, variant?: string): void {
  const where = size ? ` ${size} Seiten${variant ? `, ${variant}` : ''} ·` : '';
  console.log(`[${clock(elapsed())}]${where} ${message}`);
}
