/** What decides whether the stylish report is coloured. */
export interface ColorInputs {
  /** `--color` (true) or `--no-color` (false); undefined when neither was given. */
  flag: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  /** Whether the report goes to a terminal (stdout is a TTY and there is no --output-file). */
  toTerminal: boolean;
}

/**
 * Colours as other command-line tools decide them: the flag first, then `FORCE_COLOR` (on unless
 * it is `0` or `false`, as Node and chalk read it), then `NO_COLOR` (off when set and not empty,
 * no-color.org), then a terminal that is not `TERM=dumb`.
 */
export function shouldColor({ flag, env, toTerminal }: ColorInputs): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return toTerminal && env.TERM !== 'dumb';
}
