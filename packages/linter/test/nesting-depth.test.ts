import { describe, expect, it } from 'vitest';
import { maxNestingDepth } from '../src/markdown/nesting-depth.js';

describe('maxNestingDepth', () => {
  it('counts blockquotes and list markers opened on one line', () => {
    expect(maxNestingDepth('Texte simple.\n\n## Titre\n')).toBe(0);
    expect(maxNestingDepth('> citation\n')).toBe(1);
    expect(maxNestingDepth('> > > x\n')).toBe(3);
    expect(maxNestingDepth('- a\n- b\n')).toBe(1);
    expect(maxNestingDepth('1. un\n2) deux\n')).toBe(1);
    expect(maxNestingDepth(`${'> '.repeat(100_000)}x\n`)).toBe(100_000);
    expect(maxNestingDepth(`${'- '.repeat(100_000)}x\n`)).toBe(100_000);
    expect(maxNestingDepth(`${'1. '.repeat(50)}x\n`)).toBe(50);
  });

  it('counts nesting by indentation', () => {
    expect(maxNestingDepth('- a\n  - b\n    - c\n')).toBe(3);
    expect(maxNestingDepth('\tcode\n        plus de code\n')).toBe(0);
  });

  it('does not take words, numbers or emphasis for markers', () => {
    expect(maxNestingDepth('-mot 2024 *gras* +1 3.5 %\n')).toBe(0);
  });

  it('stops early once the limit is passed', () => {
    expect(maxNestingDepth(`${'> '.repeat(10)}x\n${'> '.repeat(1000)}\n`, 5)).toBe(10);
  });
});
