/** Small statistics for the benchmark: medians and percentiles of samples. */

function quantile(samples: readonly number[], q: number): number {
  const sorted = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);
export const p95 = (samples: readonly number[]): number => quantile(samples, 0.95);
export const max = (samples: readonly number[]): number => (samples.length ? Math.max(...samples) : NaN);

/** A figure with its samples, for the JSON file. */
export interface Figure {
  median: number;
  samples: number[];
}

export function figure(samples: number[]): Figure {
  return { median: median(samples), samples };
}
