import { z } from 'zod';
import { defineRule, type FileProblem } from './rule.js';

const MESSAGES: { [Kind in FileProblem['kind']]: (problem: Extract<FileProblem, { kind: Kind }>) => string } =
  {
    unreadable: ({ reason }) => `The file could not be read (${reason}).`,
    binary: ({ reason }) => `Not a text file: ${reason}; it was not linted.`,
    'not-utf8': () => 'The file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8.',
    utf16: () => 'The file is UTF-16; it was decoded as such. Save it as UTF-8.',
    refused: ({ reason }) => `The file ${reason}; it was not linted.`,
    'too-complex': ({ reason }) => `${reason}; it was not linted.`,
    'too-slow': ({ skipped }) =>
      `The file took too long to lint: ${skipped.length} rule(s) were skipped (${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''}).`,
    'not-fixed-encoding': () =>
      'The file is not valid UTF-8, so it was not fixed (writing it back would garble its accented letters). Save it as UTF-8 and run --fix again.',
    unwritable: ({ reason }) => `Fixes could not be written: the file ${reason}.`,
  };

/**
 * Files are UTF-8 text: the runner tells the rule when a file is binary (NUL bytes), not UTF-8
 * (then read as Windows-1252 or, with its byte-order mark, UTF-16, and linted: only a warning),
 * refused (a symlink, a FIFO, too large or too deeply nested to lint safely), or could not be
 * read, fixed or written.
 */
export const fileEncoding = defineRule({
  meta: {
    id: 'file-encoding',
    description: 'Files are UTF-8 text',
    defaultSeverity: 'error',
    options: z.strictObject({}),
    tags: ['file'],
  },
  checkFile({ problem, report }) {
    const message = (MESSAGES[problem.kind] as (problem: FileProblem) => string)(problem);
    const warning = problem.kind === 'not-utf8' || problem.kind === 'utf16';
    report(warning ? { message, severity: 'warning' } : { message });
  },
});
