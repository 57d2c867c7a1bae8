import { describe, expect, it } from 'vitest';
import {
  failure,
  lintTargets,
  needsHeadCheck,
  type PlanInputs,
  type PullFacts,
  planPullRequest,
  planPush,
  writtenArticles,
} from '../src/plan.js';

const facts = (extra: Partial<PullFacts> = {}): PullFacts => ({
  changedSeeds: ['seeds/a.txt'],
  changedArticles: [],
  listTruncated: false,
  listed: 1,
  isFork: false,
  headIsPlume: false,
  ...extra,
});

const inputs = (extra: Partial<PlanInputs> = {}): PlanInputs => ({
  hasEndpoint: true,
  model: 'gpt-test',
  defaultModel: 'gpt-5-mini',
  maxSeeds: 20,
  commit: true,
  comment: true,
  ...extra,
});

describe('planPullRequest: what to rewrite, and why not', () => {
  it.each<[string, Partial<PullFacts>, Partial<PlanInputs>, string[] | null, RegExp | undefined]>([
    ['rewrites the changed seeds', {}, {}, ['seeds/a.txt'], undefined],
    [
      'lints only without an endpoint',
      {},
      { hasEndpoint: false },
      null,
      /Lint only: no `api-key` or `base-url`/,
    ],
    [
      'lists, not rewrites, more seeds than max-seeds',
      { changedSeeds: ['s/1', 's/2', 's/3'] },
      { maxSeeds: 2 },
      null,
      /3 seed\(s\) changed, more than `max-seeds` \(2\)/,
    ],
    ['stops on its own commit (loop guard)', { headIsPlume: true }, {}, null, /latest commit is Plume's own/],
    [
      'rewrites a fork’s seeds even after a Plume commit (it cannot push there)',
      { isFork: true, headIsPlume: true },
      {},
      ['seeds/a.txt'],
      undefined,
    ],
    [
      'says which model it chose when none was given',
      {},
      { model: undefined },
      ['seeds/a.txt'],
      /No `model` input: used gpt-5-mini/,
    ],
    [
      'does nothing without a changed seed',
      { changedSeeds: [], changedArticles: ['articles/x.md'] },
      { hasEndpoint: false },
      null,
      undefined,
    ],
  ])('%s', (_name, f, i, seeds, notice) => {
    const plan = planPullRequest(facts(f), inputs(i));
    expect(plan.rewrite?.seeds ?? null).toEqual(seeds);
    if (notice) expect(plan.notices.join('\n')).toMatch(notice);
    else expect(plan.notices).toEqual([]);
  });

  it.each<[string, Partial<PullFacts>, Partial<PlanInputs>, boolean, { create: boolean } | null]>([
    ['same repository, commit on', {}, {}, true, { create: true }],
    ['fork', { isFork: true }, {}, false, { create: true }],
    ['commit off', {}, { commit: false }, false, { create: true }],
    ['comment off', {}, { comment: false }, true, null],
    [
      'nothing changed: only an earlier comment is updated',
      { changedSeeds: [] },
      {},
      true,
      { create: false },
    ],
  ])('push and comment: %s', (_name, f, i, canPush, comment) => {
    const plan = planPullRequest(facts(f), inputs(i));
    expect(plan.canPush).toBe(canPush);
    expect(plan.comment).toEqual(comment);
  });

  it('warns when GitHub listed only part of the files', () => {
    expect(planPullRequest(facts({ listTruncated: true, listed: 3000 }), inputs()).notices[0]).toMatch(
      /at most 3,000 files/,
    );
    // The payload's changed_files gives the true count: the notice says how many went unchecked.
    expect(
      planPullRequest(facts({ listTruncated: true, listed: 3000, changedFiles: 5000 }), inputs()).notices[0],
    ).toBe(
      'This pull request changes 5,000 files and GitHub lists at most 3,000: the other 2,000 were not checked.',
    );
  });

  it('reads the head commit only when a rewrite could push', () => {
    expect(needsHeadCheck(facts(), inputs())).toBe(true);
    expect(needsHeadCheck(facts({ isFork: true }), inputs())).toBe(false);
    expect(needsHeadCheck(facts({ changedSeeds: [] }), inputs())).toBe(false);
    expect(needsHeadCheck(facts(), inputs({ commit: false }))).toBe(false);
  });
});

describe('what to lint', () => {
  const seeds = [
    { status: 'written', article: 'articles/a.md' },
    { status: 'written-with-errors', article: 'articles/b.md' },
    { status: 'skipped-unchanged', article: 'articles/c.md' },
    { status: 'failed', article: null },
  ];
  it('lints the changed articles and every changed seed’s article, once each', () => {
    expect(lintTargets(['articles/z.md', 'articles/a.md'], seeds)).toEqual([
      'articles/a.md',
      'articles/b.md',
      'articles/c.md',
      'articles/z.md',
    ]);
    expect(writtenArticles(seeds)).toEqual(['articles/a.md', 'articles/b.md']);
  });
});

describe('planPush: what becomes of the written articles', () => {
  const written = ['articles/clean.md', 'articles/broken.md'];
  const errorsOf = (path: string) => (path === 'articles/broken.md' ? 2 : 0);
  it.each<
    [
      string,
      { canPush: boolean; isFork: boolean; pushOnError: boolean },
      string[],
      string[],
      string[],
      RegExp | undefined,
    ]
  >([
    [
      'pushes all, errors included, by default',
      { canPush: true, isFork: false, pushOnError: true },
      written,
      [],
      [],
      undefined,
    ],
    [
      'holds back an article with errors when push-on-error is false',
      { canPush: true, isFork: false, pushOnError: false },
      ['articles/clean.md'],
      ['articles/broken.md'],
      [],
      /1 article\(s\) still have lint errors and were not pushed \(`push-on-error: false`\): `articles\/broken.md`/,
    ],
    [
      'shows a fork’s articles in full instead of pushing',
      { canPush: false, isFork: true, pushOnError: true },
      [],
      [],
      written,
      /from a fork/,
    ],
    [
      'leaves them in the workspace when commit is false',
      { canPush: false, isFork: false, pushOnError: true },
      [],
      [],
      [],
      /`commit` is false/,
    ],
  ])('%s', (_name, options, push, heldBack, showInFull, notice) => {
    const plan = planPush(written, errorsOf, options);
    expect(plan).toMatchObject({ push, heldBack, showInFull });
    if (notice) expect(plan.notices.join('\n')).toMatch(notice);
    else expect(plan.notices).toEqual([]);
  });
});

describe('failure per fail-on', () => {
  it.each<[Parameters<typeof failure>[0], number, number, RegExp | undefined]>([
    ['error', 1, 0, /1 error\(s\)/],
    ['error', 0, 5, undefined],
    ['warning', 0, 5, /5 warning\(s\) \(fail-on: warning\)/],
    ['never', 3, 3, undefined],
  ])('fail-on %s with %i errors and %i warnings', (failOn, errors, warnings, expected) => {
    const result = failure(failOn, errors, warnings);
    if (expected) expect(result).toMatch(expected);
    else expect(result).toBeUndefined();
  });
});
