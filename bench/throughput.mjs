// Messages per second of each counter over the corpus, measured side by side: interleaved rounds,
// each counter once per round in a rotating order, after a warm-up, reported as medians and spread.
import { performance } from 'node:perf_hooks';

/** Sorted-sample quantile by linear interpolation. */
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    samples: sorted.length,
  };
}

/** Runs whole passes over the corpus until `minimumMs` has gone by; returns messages per second. */
function timePasses(counter, messages, minimumMs, sink) {
  const { segmentsOf } = counter;
  let passes = 0;
  let total = 0;
  const started = performance.now();
  let elapsed = 0;
  do {
    for (let i = 0; i < messages.length; i++) total += segmentsOf(messages[i]);
    passes++;
    elapsed = performance.now() - started;
  } while (elapsed < minimumMs);
  sink.total += total;
  return (passes * messages.length) / (elapsed / 1000);
}

export function measureThroughput(counters, messages, { rounds = 15, minimumMs = 150, warmupMs = 300 } = {}) {
  const sink = { total: 0 };
  for (const counter of counters) timePasses(counter, messages, warmupMs, sink);
  const samples = new Map(counters.map((counter) => [counter.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < counters.length; k++) {
      const counter = counters[(round + k) % counters.length];
      samples.get(counter.name).push(timePasses(counter, messages, minimumMs, sink));
    }
  }
  return {
    rounds,
    minimumMs,
    checksum: sink.total,
    results: counters.map((counter) => ({ name: counter.name, label: counter.label, ...summarize(samples.get(counter.name)) })),
  };
}
