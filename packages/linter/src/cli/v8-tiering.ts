import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

/**
 * How many calls make a function hot enough for TurboFan, V8's slowest and best compiler
 * (V8's default: 3000), once a big file has switched it on. Measured in bench/TUNING.md.
 */
export const TURBOFAN_INVOCATIONS = 20_000;

/**
 * From this many bytes, a file keeps one thread busy long enough for TurboFan's code to repay
 * its compile (bench/TUNING.md). The corpus's largest article is 30 kB.
 */
export const TURBOFAN_FILE_BYTES = 1024 * 1024;

/**
 * Called by a CLI before it starts any thread: V8's flags are per process, and a worker takes
 * them when it starts. (Worker `execArgv` accepts no V8 flags.)
 *
 * A lint of ordinary articles runs on Maglev alone: each thread would otherwise compile the
 * parser, the rules and the French model again with TurboFan, whose compile threads then take
 * CPU from the lint threads on a busy machine. Scavenges run serially for the same reason: a
 * parallel one waits for V8's helper threads, which wait for a core. `turbofanForFile` switches
 * TurboFan back on for a big file. The figures behind each flag are in bench/TUNING.md.
 */
export function tuneV8ForLintRun(): void {
  setFlagsFromString('--no-turbofan');
  setFlagsFromString('--no-parallel-scavenge');
  setFlagsFromString(`--invocation-count-for-turbofan=${TURBOFAN_INVOCATIONS}`);
}

let turbofanOn = false;

/**
 * Before linting a file of `bytes`: a big one switches TurboFan on for the rest of the process
 * (all threads; V8 reads the flag whenever it picks a compiler). Where no CLI switched it off,
 * this only restates V8's default.
 */
export function turbofanForFile(bytes: number): void {
  if (turbofanOn || bytes < TURBOFAN_FILE_BYTES) return;
  turbofanOn = true;
  setFlagsFromString('--turbofan');
}

/** Before a lint run: TurboFan on when one of the files to lint is big (an unreadable file counts as small). */
export function turbofanForFiles(jobs: readonly { absolutePath: string }[]): void {
  for (const job of jobs) {
    if (turbofanOn) return;
    try {
      turbofanForFile(statSync(job.absolutePath).size);
    } catch {
      // The runner reports the file; its size changes nothing here.
    }
  }
}
