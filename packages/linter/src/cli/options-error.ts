import { closestName } from '../config/suggest.js';

/**
 * A readable message for an error of node:util's parseArgs: an unknown option is named with the
 * closest known one (`--fromat` → `--format`); other errors keep Node's text.
 */
export function argsErrorMessage(error: unknown, optionNames: readonly string[]): string {
  const { code, message } = error as { code?: string; message: string };
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return message;
  const option = /'([^']+)'/u.exec(message)?.[1] ?? message;
  if (!option.startsWith('--')) return `unknown option ${option}`;
  const name = option.slice(2).split('=')[0] ?? '';
  const match = closestName(name, optionNames);
  return `unknown option --${name}${match ? ` (did you mean --${match}?)` : ''}`;
}
