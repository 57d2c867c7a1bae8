import { z } from 'zod';
import { defineRule } from './rule.js';

/**
 * Reported while reading the file, before any parse: a binary file (NUL bytes) or bytes that are
 * not UTF-8 (read as Windows-1252). The file reader emits it; there is nothing to check after.
 */
export const fileEncoding = defineRule({
  meta: {
    id: 'file-encoding',
    description: 'Files are UTF-8 text',
    defaultSeverity: 'error',
    options: z.object({}),
    tags: ['file'],
  },
  check() {},
});
