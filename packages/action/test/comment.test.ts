import { type FakeGitHub, startFakeGitHub } from '@plume/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER, upsertStickyComment } from '../src/comment.js';
import { createOctokit } from '../src/octokit.js';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const pull = { owner: 'o', repo: 'r', pullNumber: 5 };
const BOT = 'github-actions[bot]';

async function setup(options?: Parameters<typeof startFakeGitHub>[0]) {
  fake = await startFakeGitHub(options);
  return { fake, octokit: createOctokit('ghs_x', { baseUrl: fake.apiUrl, retryDelayMs: 1 }) };
}

describe('the sticky PR comment', () => {
  it('creates one comment starting with the hidden marker', async () => {
    const { fake, octokit } = await setup();
    expect(await upsertStickyComment(octokit, pull, BOT, 'Rapport 1')).toMatchObject({ kind: 'created' });
    expect(fake.comments('o/r', 5).map((c) => c.body)).toEqual([`${COMMENT_MARKER}\nRapport 1`]);
  });

  it('updates its own comment in place on the next run instead of adding a second one', async () => {
    const { fake, octokit } = await setup();
    const first = await upsertStickyComment(octokit, pull, BOT, 'Rapport 1');
    const second = await upsertStickyComment(octokit, pull, BOT, 'Rapport 2');
    expect(second).toEqual({ kind: 'updated', id: first.kind === 'created' ? first.id : -1 });
    expect(fake.comments('o/r', 5).map((c) => c.body)).toEqual([`${COMMENT_MARKER}\nRapport 2`]);
  });

  it("finds its comment past the first page and never edits a human's comment quoting the marker", async () => {
    const { fake, octokit } = await setup();
    const human = fake.addComment('o/r', 5, `${COMMENT_MARKER}\nquoted by a person`, 'octocat');
    for (let i = 0; i < 120; i++) fake.addComment('o/r', 5, `discussion ${i}`, 'octocat');
    const mine = fake.addComment('o/r', 5, `${COMMENT_MARKER}\nold report`, BOT);
    expect(await upsertStickyComment(octokit, pull, BOT, 'new report')).toEqual({
      kind: 'updated',
      id: mine.id,
    });
    expect(human.body).toBe(`${COMMENT_MARKER}\nquoted by a person`);
    expect(fake.comments('o/r', 5)).toHaveLength(122);
  });

  it('ignores a comment by the bot that only mentions the marker further down', async () => {
    const { fake, octokit } = await setup();
    fake.addComment('o/r', 5, `Another tool says: ${COMMENT_MARKER}`, BOT);
    expect(await upsertStickyComment(octokit, pull, BOT, 'report')).toMatchObject({ kind: 'created' });
  });

  it('matches the configured author, e.g. an App bot', async () => {
    const { fake, octokit } = await setup({
      tokens: { ghs_x: { login: 'plume-app[bot]', access: 'write' } },
    });
    await upsertStickyComment(octokit, pull, 'plume-app[bot]', 'one');
    await upsertStickyComment(octokit, pull, 'plume-app[bot]', 'two');
    expect(fake.comments('o/r', 5).map((c) => [c.user.login, c.body])).toEqual([
      ['plume-app[bot]', `${COMMENT_MARKER}\ntwo`],
    ]);
  });

  it('creates nothing when told there is nothing to report, but still updates an earlier report', async () => {
    const { fake, octokit } = await setup();
    expect(await upsertStickyComment(octokit, pull, BOT, 'nothing', { create: false })).toEqual({
      kind: 'skipped',
    });
    expect(fake.comments('o/r', 5)).toEqual([]);
    const mine = fake.addComment('o/r', 5, `${COMMENT_MARKER}\nold report`, BOT);
    expect(await upsertStickyComment(octokit, pull, BOT, 'nothing', { create: false })).toEqual({
      kind: 'updated',
      id: mine.id,
    });
    expect(mine.body).toBe(`${COMMENT_MARKER}\nnothing`);
  });

  it('reports a read-only token as forbidden instead of throwing', async () => {
    const { fake, octokit } = await setup({ tokens: { ghs_x: { login: BOT, access: 'read' } } });
    const outcome = await upsertStickyComment(octokit, pull, BOT, 'report');
    expect(outcome).toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/403.*pull-requests: write/),
    });
    expect(fake.comments('o/r', 5)).toEqual([]);
  });

  it('retries a transient 502 and still posts once', async () => {
    const { fake, octokit } = await setup();
    fake.fault({ method: 'POST', path: /comments$/, status: 502, times: 1 });
    expect(await upsertStickyComment(octokit, pull, BOT, 'report')).toMatchObject({ kind: 'created' });
    expect(fake.comments('o/r', 5)).toHaveLength(1);
  });

  it('reports a lasting outage as a failure value', async () => {
    const { fake, octokit } = await setup();
    fake.fault({ method: 'GET', path: /comments/, status: 500, times: 10 });
    expect(await upsertStickyComment(octokit, pull, BOT, 'report')).toMatchObject({ kind: 'failed' });
  });
});
