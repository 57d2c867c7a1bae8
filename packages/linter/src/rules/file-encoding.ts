import { z } from 'zod';
import { defineRule, type FileProblem } from './rule.js';

const MESSAGES: { [Kind in FileProblem['kind']]: (problem: Extract<FileProblem, { kind: Kind }>) => string } =
  {
    unreadable: ({ reason }) => `The file could not be read (${reason}).`,
    binary: ({ reason }) => `Not a text file: ${reason}; it was not linted.`,
    'not-utf8': () => 'The file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8.',
    unwritable: ({ reason }) => `Fixes could not be written (${reason}).`,
  };

/**
 * Files are UTF-8 text: the runner tells the rule when a file is binary (NUL bytes), not UTF-8
 * (then read as Windows-1252 and linted, so only a warning), or could not be read or written.
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
    report(problem.kind === 'not-utf8' ? { message, severity: 'warning' } : { message });
  },
});
