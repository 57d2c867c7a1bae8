import { setFlagsFromString } from 'node:v8';

/**
 * How many calls make a function hot enough for TurboFan, V8's slowest and best compiler
 * (V8's default: 3000), once a big file has switched it on. Measured by bench/lint-speed.mjs,
 * interleaved, when TurboFan ran from the start: 6.4 s → 6.0 s wall, 11.4 s → 10.7 s CPU.
 */
export const TURBOFAN_INVOCATIONS = 20_000;

/**
 * From this many bytes, a file keeps one thread busy long enough for TurboFan's code to repay
 * its compile: a 5 MB file took 16.6 s with TurboFan and 18.7 s with Maglev alone (4
 * interleaved runs; the corpus's articles end to end). The corpus's largest article is 30 kB.
 */
export const TURBOFAN_FILE_BYTES = 1024 * 1024;

/**
 * Called by a CLI before it starts any thread: V8's flags are per process, and a worker takes
 * them when it starts. (Worker `execArgv` accepts no V8 flags.)
 *
 * A lint of ordinary articles runs on Maglev alone. Each thread would otherwise compile the
 * parser, the rules and the French model again with TurboFan, whose compile threads then take
 * CPU from the lint threads on a busy machine: on the corpus (10 interleaved runs) the lint took
 * 0.94× the time it took with TurboFan, and 0.96× on three copies of it (900 files, 5 runs).
 * `turbofanForFile` switches TurboFan back on for a big file.
 */
export function tuneV8ForLintRun(): void {
  setFlagsFromString('--no-turbofan');
  // A scavenge shared with V8's helper threads waits for them, and on a machine the lint threads
  // already fill they wait for a core: alone, each lint thread spent 9.12 s of CPU instead of
  // 9.49 s and took 0.97× the time (10 interleaved runs). The big file was unchanged.
  setFlagsFromString('--no-parallel-scavenge');
  setFlagsFromString(`--invocation-count-for-turbofan=${TURBOFAN_INVOCATIONS}`);
}

let turbofanOn = false;

/**
 * Before linting a file of `bytes`: a big one switches TurboFan on for the rest of the process
 * (all threads; V8 reads the flag whenever it picks a compiler). Where no CLI switched it off
 * (the library in another program), this only restates V8's default.
 */
export function turbofanForFile(bytes: number): void {
  if (turbofanOn || bytes < TURBOFAN_FILE_BYTES) return;
  turbofanOn = true;
  setFlagsFromString('--turbofan');
}
