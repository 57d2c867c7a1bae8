import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/package/version.js';
import { REPOSITORY_URL } from '../../src/rules/index.js';
import { cli, goodArticle, project } from '../cli/helpers.js';

// The SARIF 2.1.0 JSON Schema (OASIS), as Microsoft's SARIF SDK ships it for validating logs.
const require = createRequire(import.meta.url);
const sarifSchema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// ajv-draft-04 is CommonJS with a default export: required, its class is `.default`.
type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };
const Ajv = (
  require('ajv-draft-04') as { default: new (options: object) => { compile(schema: object): Validate } }
).default;
const validateSarif = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(sarifSchema);

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
}
interface SarifRule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; rules: SarifRule[] } };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

// A paragraph with French typography problems (no no-break space before : and ?).
const typos = 'Le maire a déclaré: la ville avance. Qui paiera? Les habitants, selon lui.\n\n';

/** A repository (a `.git` folder) whose articles live in content/articles/. */
function repository(article: string): string {
  const root = project({
    'content/articles/budget.md': article,
    'content/articles/court.md': '# Court\n\nTrop court.\n',
  });
  mkdirSync(join(root, '.git'));
  return root;
}

async function sarifFrom(cwd: string, args: string[]): Promise<SarifLog> {
  const result = await cli([...args, '--format', 'sarif'], cwd);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as SarifLog;
}

const withTypos = goodArticle().replace('## Le vote', `${typos}## Le vote`);

describe('SARIF for code scanning', () => {
  it('is valid against the SARIF 2.1.0 schema', async () => {
    const root = repository(withTypos);
    const sarif = await sarifFrom(join(root, 'content'), ['articles/']);
    const valid = validateSarif(sarif);
    expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors?.slice(0, 3))).toEqual([]);
    expect(valid).toBe(true);
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
  });

  it('gives artifact URIs relative to the repository root, whatever the working directory', async () => {
    const root = repository(withTypos);
    const fromContent = await sarifFrom(join(root, 'content'), ['articles/']);
    const fromRoot = await sarifFrom(root, ['content/articles/']);
    const fromArticles = await sarifFrom(join(root, 'content', 'articles'), ['.']);
    for (const sarif of [fromContent, fromRoot, fromArticles]) {
      const run = sarif.runs[0];
      const uris = new Set(run?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
      expect([...uris].sort()).toEqual(['content/articles/budget.md', 'content/articles/court.md']);
      for (const result of run?.results ?? []) {
        expect(result.locations[0]?.physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      }
      // originalUriBaseIds: an absolute URI ending with a slash (SARIF §3.14.14).
      expect(run?.originalUriBaseIds['%SRCROOT%']?.uri).toBe(pathToFileURL(`${root}/`).href);
    }
  });

  it('meets GitHub code scanning’s documented requirements for rules and results', async () => {
    const root = repository(withTypos);
    const sarif = await sarifFrom(join(root, 'content'), ['articles/']);
    const run = sarif.runs[0];
    if (!run) throw new Error('no run');
    expect(run.tool.driver.name).toBe('Plume');
    expect(run.tool.driver.version).toBe(VERSION);
    // At most 25,000 rules and results per run (GitHub's upload limits).
    expect(run.results.length).toBeLessThanOrEqual(25_000);
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text, rule.id).toBeTruthy();
      expect(rule.fullDescription.text, rule.id).toBeTruthy();
      expect(rule.help.text, rule.id).toBeTruthy();
      expect(rule.help.markdown, rule.id).toBeTruthy();
      expect(rule.helpUri, rule.id).toMatch(/^https:\/\//);
    }
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
      expect(result.message.text).toBeTruthy();
      expect(result.locations).toHaveLength(1);
      const location = result.locations[0]?.physicalLocation;
      expect(location?.region.startLine).toBeGreaterThanOrEqual(1);
      expect(location?.artifactLocation.uri).not.toMatch(/^(?:file:|\/)/);
      expect(Object.values(result.partialFingerprints)).toHaveLength(1);
    }
  });

  it('takes each Plume rule’s help from its docs page and links the page at this release', async () => {
    const root = repository(withTypos);
    const sarif = await sarifFrom(join(root, 'content'), ['articles/']);
    const wordCount = sarif.runs[0]?.tool.driver.rules.find((rule) => rule.id === 'word-count');
    const page = readFileSync(
      join(import.meta.dirname, '..', '..', 'docs', 'rules', 'word-count.md'),
      'utf8',
    );
    expect(wordCount?.help.markdown).toBe(page);
    expect(wordCount?.help.text).toContain('Articles have at least the minimum number of words');
    expect(wordCount?.help.text).not.toContain('**');
    expect(wordCount?.fullDescription.text).toBe(
      'Articles have at least the minimum number of words. Default: error.',
    );
    expect(wordCount?.helpUri).toBe(
      `${REPOSITORY_URL}/blob/v${VERSION}/packages/linter/docs/rules/word-count.md`,
    );
  });

  it('keeps partial fingerprints when unrelated lines are added above a result', async () => {
    const root = repository(withTypos);
    const before = await sarifFrom(root, ['content/articles/budget.md']);
    const edited = withTypos.replace(
      '---\n\n',
      '---\n\nUn paragraphe ajouté plus haut, sans rapport avec le reste.\n\n',
    );
    writeFileSync(join(root, 'content', 'articles', 'budget.md'), edited);
    const after = await sarifFrom(root, ['content/articles/budget.md']);
    const typography = (sarif: SarifLog) =>
      (sarif.runs[0]?.results ?? []).filter((r) => r.ruleId === 'french-typography');
    const first = typography(before);
    expect(first.length).toBeGreaterThanOrEqual(2);
    const fingerprints = (results: SarifResult[]) =>
      results.map((r) => Object.values(r.partialFingerprints)[0]);
    // The same problems moved two lines down: same fingerprints, other line numbers.
    const moved = typography(after).filter((r) =>
      fingerprints(first).includes(Object.values(r.partialFingerprints)[0]),
    );
    expect(moved).toHaveLength(first.length);
    expect(moved[0]?.locations[0]?.physicalLocation.region.startLine).toBe(
      (first[0]?.locations[0]?.physicalLocation.region.startLine ?? 0) + 2,
    );
    expect(new Set(fingerprints(typography(after))).size).toBe(typography(after).length);
  });
});
