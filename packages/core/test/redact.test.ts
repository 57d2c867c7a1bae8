import { describe, expect, it } from 'vitest';
import { redact } from '../src/redact.js';

describe('redacting messages before they are shown', () => {
  it('replaces every occurrence of each secret', () => {
    expect(redact('key sk-abc123 then sk-abc123 and ghs_tok', ['sk-abc123', 'ghs_tok', undefined])).toBe(
      'key *** then *** and ***',
    );
  });

  it('hides key-shaped tokens a provider echoes, masked or partial', () => {
    expect(redact('Incorrect API key provided: sk-proj-********************cdef.', [])).not.toMatch(
      /sk-proj-\*+cdef/,
    );
  });

  it('hides a bare key the provider echoes, but not file names that start with sk-', () => {
    expect(redact('bad key sk-proj-4fQ9xZ2LmN8pRt6YvW1c.', [])).toBe('bad key sk-pr***.');
    const names = 'seeds/sk-learning-guide.txt, seeds/sk-le2024-tutorial-notes.md, sk-learning-2024-guide.md';
    expect(redact(names, [])).toBe(names);
  });

  it('hides credentials embedded in a URL', () => {
    expect(redact('fatal: https://x-access-token:zzz@github.com/o/r.git refused', [])).toBe(
      'fatal: https://***@github.com/o/r.git refused',
    );
  });

  it('leaves text without secrets alone, and ignores empty secrets', () => {
    expect(redact('« Poutine » a dit : rien.', ['', undefined])).toBe('« Poutine » a dit : rien.');
  });
});
