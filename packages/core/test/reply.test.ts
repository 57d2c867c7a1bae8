import { describe, expect, it } from 'vitest';
import { resolveSpec } from '../src/prompt/spec.js';
import { PROMPT_VERSION } from '../src/prompt/version.js';
import { finaliseArticle, readArticleStamp, sha256 } from '../src/reply/finalise.js';
import { parseReply, stripCodeFence } from '../src/reply/parse-reply.js';
import { validateOutput } from '../src/reply/validate-output.js';
import { parseSeed } from '../src/seed/parse-seed.js';
import { isSeedError } from '../src/seed/types.js';

const REPLY = `---
title: "Li Shangfu à Moscou : une « nouvelle ère »"
description: "Le ministre chinois de la Défense a rencontré Vladimir Poutine."
keywords: [Chine, Russie]
---

Introduction.

## Une visite symbolique

Texte.
`;

describe('parseReply', () => {
  it('reads the title, description, keywords and body', () => {
    const parsed = parseReply(REPLY);
    expect(parsed).toEqual({
      ok: true,
      reply: {
        title: 'Li Shangfu à Moscou : une « nouvelle ère »',
        description: 'Le ministre chinois de la Défense a rencontré Vladimir Poutine.',
        keywords: ['Chine', 'Russie'],
        body: 'Introduction.\n\n## Une visite symbolique\n\nTexte.\n',
      },
    });
  });

  it('strips a wrapping code fence and a one-line preamble', () => {
    expect(parseReply(`\`\`\`markdown\n${REPLY}\`\`\`\n`).ok).toBe(true);
    expect(parseReply(`Voici l’article :\n${REPLY}`).ok).toBe(true);
    expect(stripCodeFence('no fence')).toBe('no fence');
  });

  it('drops a leading H1 that repeats the title, keeping the body’s subheadings', () => {
    const parsed = parseReply(REPLY.replace('\nIntroduction.', '\n# Li Shangfu à Moscou\n\nIntroduction.'));
    expect(parsed.ok && parsed.reply.body).toBe('Introduction.\n\n## Une visite symbolique\n\nTexte.\n');
  });

  it('lists every missing part as a problem', () => {
    expect(parseReply('Just some text')).toEqual({
      ok: false,
      problems: [expect.stringMatching(/YAML front matter/)],
    });
    const parsed = parseReply('---\ntitle: T\n---\nNo subheading here.\n');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems).toEqual([
      'The front matter has no "description".',
      'The front matter has no "keywords" list.',
      'The body has no "## " subheading.',
    ]);
  });
});

describe('finaliseArticle', () => {
  it('sets slug, lang, source, hashes, prompt version and model in code', () => {
    const seed = parseSeed(new TextEncoder().encode('Texte.\n'), 'seeds/x.txt');
    if (isSeedError(seed)) throw new Error(seed.message);
    const parsed = parseReply(REPLY);
    if (!parsed.ok) throw new Error('fixture');
    const text = finaliseArticle(parsed.reply, resolveSpec(seed), {
      source: 'seeds/x.txt',
      sourceSha256: seed.sha256,
      model: 'm',
    });
    const stamp = readArticleStamp(text);
    expect(stamp?.fields).toMatchObject({
      title: 'Li Shangfu à Moscou : une « nouvelle ère »',
      // No keyphrase proposed, no keyword in the title: the title's first two content words.
      keyphrase: 'li shangfu',
      slug: 'li-shangfu-a-moscou-une-nouvelle-ere',
      lang: 'fr',
      source: 'seeds/x.txt',
      source_sha256: seed.sha256,
      plume_prompt: PROMPT_VERSION,
      model: 'm',
      body_sha256: sha256(parsed.reply.body),
    });
    expect(stamp?.body).toBe(parsed.reply.body);
  });
});

describe('validateOutput', () => {
  it('flags links and HTML that the source does not have', () => {
    const article =
      '---\ntitle: T\n---\n\nVoir [ici](https://evil.example/x) et <script>alert(1)</script>.\n';
    const diagnostics = validateOutput(article, 'Le texte source.');
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.severity])).toEqual([
      ['source-links', 5, 'error'],
      ['source-html', 5, 'error'],
      ['source-html', 5, 'error'],
    ]);
    expect(diagnostics[0]?.message).toContain('https://evil.example/x');
  });

  it('accepts a link the source already holds', () => {
    expect(validateOutput('Voir https://euronews.com/a.', 'Selon https://euronews.com/a le…')).toEqual([]);
  });
});
