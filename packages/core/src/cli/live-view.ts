import type { SeedProgress } from '../rewrite/types.js';

/** A seed with a request open: since when, and which attempt. */
export interface InFlight {
  seed: string;
  attempt: number;
  startedAt: number;
}

const seconds = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
};

/** The live lines: one per seed in flight with its state, attempt and elapsed time. */
export function inFlightLines(
  seeds: readonly InFlight[],
  now: number,
  attemptsAllowed: number | undefined,
  progress: { done: number; total: number },
): string[] {
  const width = Math.max(0, ...seeds.map((s) => s.seed.length));
  const of = attemptsAllowed === undefined ? '' : `/${attemptsAllowed}`;
  return [
    ...seeds.map(
      (s) =>
        `  ${s.seed.padEnd(width)}  ${s.attempt === 1 ? 'drafting ' : 'repairing'}  attempt ${s.attempt}${of}  ${seconds(now - s.startedAt)}`,
    ),
    `  ${progress.done}/${progress.total} seeds done`,
  ];
}

export interface LiveStream {
  write(text: string): unknown;
  columns?: number | undefined;
}

// ECMA-48: cursor to the start of a previous line (CPL), then erase to the end of the screen (ED).
const up = (lines: number) => (lines > 0 ? `\x1b[${lines}F\x1b[J` : '');

/**
 * The in-flight lines at the bottom of a terminal, redrawn in place every second and on each
 * event. Finished seeds are printed once above them through `print`, so nothing is shown twice.
 */
export class LiveView {
  private readonly flying = new Map<string, InFlight>();
  private shown = 0;
  private done = 0;
  private readonly timer: ReturnType<typeof setInterval>;
  private readonly terminal: LiveStream;
  private readonly total: number;
  private readonly attemptsAllowed: number | undefined;
  private readonly now: () => number;

  constructor(
    terminal: LiveStream,
    total: number,
    attemptsAllowed: number | undefined,
    now: () => number = Date.now,
  ) {
    this.terminal = terminal;
    this.total = total;
    this.attemptsAllowed = attemptsAllowed;
    this.now = now;
    this.timer = setInterval(() => this.draw(), 1000);
    this.timer.unref?.();
    this.draw();
  }

  progress(event: SeedProgress): void {
    const known = this.flying.get(event.seed);
    this.flying.set(event.seed, {
      seed: event.seed,
      attempt: event.attempt,
      startedAt: known?.startedAt ?? this.now(),
    });
    this.draw();
  }

  /** A seed finished; `lines` (results now due) go above the live ones, once. */
  finish(seed: string, lines: string, out: LiveStream): void {
    this.flying.delete(seed);
    this.done++;
    this.terminal.write(up(this.shown));
    this.shown = 0;
    out.write(lines);
    this.draw();
  }

  /** Removes the live lines for good. */
  stop(): void {
    clearInterval(this.timer);
    this.terminal.write(up(this.shown));
    this.shown = 0;
  }

  private draw(): void {
    const columns = this.terminal.columns ?? 100;
    const lines = inFlightLines([...this.flying.values()], this.now(), this.attemptsAllowed, {
      done: this.done,
      total: this.total,
    }).map((l) => (l.length >= columns ? `${l.slice(0, columns - 2)}…` : l));
    this.terminal.write(`${up(this.shown)}${lines.join('\n')}\n`);
    this.shown = lines.length;
  }
}
