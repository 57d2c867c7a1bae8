import { setFlagsFromString } from 'node:v8';

/**
 * How many calls make a function hot enough for TurboFan, V8's slowest and best compiler
 * (V8's default: 3000). A lint run lasts seconds, and each thread compiles the parser, the rules
 * and the French model again: on the corpus, TurboFan's compile threads took more CPU than its
 * code saved. Maglev still optimises at V8's usual count; TurboFan keeps the hottest loops of a
 * long run. Measured by bench/lint-speed.mjs, interleaved: 6.4 s → 6.0 s wall, 11.4 s → 10.7 s CPU.
 * Without TurboFan at all the corpus ran 3–4 % faster again, but a 5 MB file took 24–25 s
 * instead of 20–21 s.
 */
export const TURBOFAN_INVOCATIONS = 20_000;

/**
 * Called by a CLI before it starts any thread: V8's flags are per process, and a worker takes
 * them when it starts. (Worker `execArgv` accepts no V8 flags.)
 */
export function tuneV8ForLintRun(): void {
  setFlagsFromString(`--invocation-count-for-turbofan=${TURBOFAN_INVOCATIONS}`);
}
