import { availableParallelism, cpus } from 'node:os';

interface CpuSample {
  at: number;
  /** Idle and total CPU time over all cores, in ms. */
  idle: number;
  total: number;
  /** This process's own CPU time (all its threads), in ms. */
  own: number;
}

function sample(): CpuSample {
  let idle = 0;
  let total = 0;
  for (const cpu of cpus()) {
    idle += cpu.times.idle;
    total += cpu.times.idle + cpu.times.user + cpu.times.sys + cpu.times.nice + cpu.times.irq;
  }
  const own = process.cpuUsage();
  return { at: performance.now(), idle, total, own: (own.user + own.system) / 1000 };
}

/** The shortest window worth reading: the kernel's CPU times tick every 10 ms. */
const MIN_WINDOW_MS = 60;
/** An older sample says little about now (a long-lived process linting again). */
const MAX_WINDOW_MS = 2000;

// Taken when the CLI starts, so that the first window covers its start-up and costs no waiting.
let since = sample();

/**
 * Cores that other processes leave free, measured since the last call or since this module was
 * loaded (over 60 ms to 2 s); the load average would lag by a minute. This process's own use
 * counts as free: a prestarted worker loading the engine is not competition.
 */
export async function freeCores(): Promise<number> {
  let age = performance.now() - since.at;
  if (age > MAX_WINDOW_MS) {
    since = sample();
    age = 0;
  }
  if (age < MIN_WINDOW_MS) await new Promise((resolve) => setTimeout(resolve, MIN_WINDOW_MS - age));
  const now = sample();
  const total = now.total - since.total;
  const free = now.idle - since.idle + (now.own - since.own);
  since = now;
  if (total <= 0) return availableParallelism();
  return Math.min(cpus().length, (free / total) * cpus().length);
}
