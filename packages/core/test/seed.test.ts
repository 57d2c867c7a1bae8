import { describe, expect, it } from 'vitest';
import { parseInstruction } from '../src/seed/instruction.js';
import { MAX_SEED_BYTES, parseSeed } from '../src/seed/parse-seed.js';
import { isSeedError, type Seed } from '../src/seed/types.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

function ok(result: ReturnType<typeof parseSeed>): Seed {
  if (isSeedError(result)) throw new Error(`expected a seed, got ${result.message}`);
  return result;
}

describe('parseInstruction', () => {
  it('reads the project seeds’ instruction line into options', () => {
    const parsed = parseInstruction(
      'Make this article seo compatible,Let there be subheadings for the article, be in french, create at least 700 words',
    );
    expect(parsed).toEqual({
      options: { seo: true, subheadings: true, lang: 'fr', minWords: 700 },
      unknown: [],
    });
  });

  it('reports the parts it does not understand and keeps the rest', () => {
    const parsed = parseInstruction('Write in English, 1200 words, with a joke at the end');
    expect(parsed?.options).toEqual({ lang: 'en', minWords: 1200 });
    expect(parsed?.unknown).toEqual(['with a joke at the end']);
  });

  it('reads several directives in one part', () => {
    expect(parseInstruction('Write in French with subheadings, 1000 words')?.options).toEqual({
      lang: 'fr',
      subheadings: true,
      minWords: 1000,
    });
    expect(parseInstruction('Make this article SEO-friendly and at least 800 words long.')?.options).toEqual({
      seo: true,
      minWords: 800,
    });
  });

  it('treats a French first line as article text, even when it mentions SEO or a number', () => {
    expect(parseInstruction('Le SEO est important pour les medias')).toBeUndefined();
    expect(parseInstruction('Google et le SEO, 700 sites')).toBeUndefined();
    expect(parseInstruction('La Chine est « entrée dans une nouvelle ère » avec la Russie.')).toBeUndefined();
    expect(
      parseInstruction('Le SEO des médias français a changé en 2023, selon 700 rédactions.'),
    ).toBeUndefined();
    expect(parseInstruction('')).toBeUndefined();
  });
});

describe('parseSeed', () => {
  it('takes the instruction line out of the text and hashes the file bytes', () => {
    const seed = ok(
      parseSeed(utf8('Make this article seo compatible, be in french\nLe texte.\nSuite.\n'), 'seeds/a.txt'),
    );
    expect(seed.text).toBe('Le texte.\nSuite.\n');
    expect(seed.options).toEqual({ seo: true, lang: 'fr' });
    expect(seed.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(seed.warnings).toEqual([]);
  });

  it('keeps a first line with no directive as article text (seed 004 starts with an empty line)', () => {
    const seed = ok(
      parseSeed(utf8('\nLe chef du Kremlin Poutine souhaite approfondir la coopération.\n'), 'seeds/004.txt'),
    );
    expect(seed.text).toBe('Le chef du Kremlin Poutine souhaite approfondir la coopération.\n');
    expect(seed.options).toEqual({});
  });

  it('reads options from YAML front matter and warns about unknown keys', () => {
    const seed = ok(
      parseSeed(
        utf8('---\nlang: fr\nminWords: 500\nkeyphrase: coopération militaire\nauthor: x\n---\nTexte.\n'),
        's.md',
      ),
    );
    expect(seed.options).toEqual({ lang: 'fr', minWords: 500, keyphrase: 'coopération militaire' });
    expect(seed.text).toBe('Texte.\n');
    expect(seed.warnings).toEqual(['s.md: unknown front matter key "author" ignored']);
  });

  it('refuses front matter with a bad value, naming the file and the key', () => {
    const error = parseSeed(utf8('---\nminWords: many\n---\nTexte.\n'), 'seeds/bad.md');
    expect(error).toMatchObject({ kind: 'seed-error', code: 'bad-front-matter' });
    expect(isSeedError(error) && error.message).toMatch(/^seeds\/bad\.md: front matter key "minWords"/);
  });

  it('refuses broken YAML front matter', () => {
    expect(parseSeed(utf8('---\ntitle: [unclosed\n---\nTexte.\n'), 'b.md')).toMatchObject({
      code: 'bad-front-matter',
    });
  });

  it('refuses an empty or white-space-only seed', () => {
    expect(parseSeed(utf8(''), 'e.txt')).toMatchObject({
      code: 'empty',
      message: expect.stringContaining('e.txt'),
    });
    expect(parseSeed(utf8(' \n\t\r\n'), 'e.txt')).toMatchObject({ code: 'empty' });
    expect(parseSeed(utf8('Make this article seo compatible\n\n'), 'e.txt')).toMatchObject({ code: 'empty' });
  });

  it('refuses a binary file', () => {
    expect(
      parseSeed(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]), 'x.txt'),
    ).toMatchObject({
      code: 'binary',
    });
  });

  it('refuses a seed over 200 KB', () => {
    expect(parseSeed(new Uint8Array(MAX_SEED_BYTES + 1).fill(0x61), 'big.txt')).toMatchObject({
      code: 'too-large',
    });
  });

  it('decodes Latin-1 / Windows-1252 with a warning', () => {
    const bytes = new Uint8Array([
      ...utf8('Le pr'),
      0xe9,
      ...utf8('sident a d'),
      0xe9,
      ...utf8('clar'),
      0xe9,
      0x20,
      0x80,
    ]);
    const seed = ok(parseSeed(bytes, 'l.txt'));
    expect(seed.text).toBe('Le président a déclaré €\n');
    expect(seed.warnings[0]).toMatch(/^l\.txt: not valid UTF-8; decoded as Windows-1252/);
  });

  it('decodes UTF-16 with a byte order mark, both byte orders', () => {
    const text = 'Poutine a salué « la coopération ».';
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(ok(parseSeed(le, 'le.txt')).text).toBe(`${text}\n`);
    expect(ok(parseSeed(be, 'be.txt')).text).toBe(`${text}\n`);
    expect(ok(parseSeed(le, 'le.txt')).warnings[0]).toMatch(/UTF-16 LE/);
  });

  it('strips a UTF-8 byte order mark and normalises CRLF line ends', () => {
    const seed = ok(
      parseSeed(utf8('\uFEFFMake this article seo compatible\r\nLigne un.\r\nLigne deux.\r\n'), 'c.txt'),
    );
    expect(seed.text).toBe('Ligne un.\nLigne deux.\n');
    expect(seed.options).toEqual({ seo: true });
  });
});
