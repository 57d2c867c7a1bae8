import { access, writeFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { findSeeds, statePathFor } from '@plume/core';
import type { LintReport, ResolvedConfig } from '@plume/linter';
import { inlineCode } from './escape.js';
import type { ActionInputs } from './inputs.js';
import { EMPTY_REPORT, lintPaths } from './lint.js';
import { planPush } from './plan.js';
import { isPlumeCommit, type PushOutcome, pushFiles } from './push.js';
import type { RewriteReport } from './report-types.js';
import { DEFAULT_MODEL, rewriteSeeds } from './rewrite.js';

/** What a batch run found; a pull-request run (main.ts) adds its diff and comment target. */
export interface BatchOutcome {
  notices: string[];
  rewrite: RewriteReport | null;
  push: PushOutcome | null;
  lint: LintReport;
  written: string[];
  /** Written with lint errors and not committed (`push-on-error: false`); the next run rewrites them. */
  heldBack: string[];
  unpushed: { path: string; text: string }[];
  /** A backfill has no pull request to comment on: the job summary holds the report. */
  commentTo?: undefined;
}

/** What the state file holds when nothing is in flight: committed, so git records that too. */
const EMPTY_STATE = `${JSON.stringify({ version: 1, seeds: {}, batches: [] })}\n`;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

function commitMessage(rewrite: RewriteReport, written: string[]): string {
  const submitted = rewrite.seeds.filter((s) => s.status === 'submitted').length;
  const lines = rewrite.seeds
    .filter((s) => s.article && written.includes(s.article))
    .map((s) => `- ${s.seed} → ${s.article}`);
  return [
    `Plume: batch backfill, ${written.length} article(s) written, ${submitted} seed(s) in flight`,
    '',
    ...lines,
    '',
    `Model: ${rewrite.model}`,
  ].join('\n');
}

/**
 * `batch: true` outside pull requests (a scheduled backfill): every configured seed that needs an
 * article goes through the provider's Batch API. The run never waits for a batch: it collects
 * the finished ones, submits the next round, and commits the articles with the state file that
 * lets the next scheduled run pick up where this one stopped.
 */
export async function batchRun(
  inputs: ActionInputs,
  workspace: string,
  config: ResolvedConfig,
  seedGlobs: string[],
): Promise<BatchOutcome> {
  const notices: string[] = [];
  const outcome: BatchOutcome = {
    notices,
    rewrite: null,
    push: null,
    lint: EMPTY_REPORT,
    written: [],
    heldBack: [],
    unpushed: [],
  };
  if (!inputs.apiKey && !inputs.baseUrl) {
    notices.push('`batch: true` without an `api-key` or `base-url` input: nothing was submitted.');
    return outcome;
  }
  // A push made with an App token triggers workflows: the backfill's own commit must not start another.
  const sha = process.env.GITHUB_SHA;
  if (context.eventName === 'push' && sha && (await isPlumeCommit(workspace, sha))) {
    notices.push("The pushed commit is Plume's own: no batch run.");
    return outcome;
  }
  const seeds = await findSeeds(seedGlobs, workspace, config.baseDir);
  if (seeds.length > inputs.maxSeeds) {
    notices.push(
      `${seeds.length} seed(s) match, more than \`max-seeds\` (${inputs.maxSeeds}): nothing was submitted. Raise \`max-seeds\` for a backfill.`,
    );
    return outcome;
  }
  const model = inputs.model ?? DEFAULT_MODEL;
  if (!inputs.model) notices.push(`No \`model\` input: used ${DEFAULT_MODEL}.`);

  const statePath = statePathFor(resolve(workspace, inputs.outputDir));
  const stateFile = relative(workspace, statePath).split(sep).join('/');
  const hadState = await exists(statePath);
  const report = await core.group('Submit and collect batches', () =>
    rewriteSeeds({
      workspace,
      config,
      seeds: seeds.map((s) => relative(workspace, s.absolutePath).split(sep).join('/')),
      model,
      inputs,
      batch: true,
    }),
  );
  outcome.rewrite = report;
  outcome.written = report.seeds
    .filter((s) => s.status === 'written' || s.status === 'written-with-errors')
    .flatMap((s) => (s.article ? [s.article] : []));
  const submitted = report.seeds.filter((s) => s.status === 'submitted').length;
  notices.push(
    `Batch run: ${outcome.written.length} article(s) written, ${submitted} seed(s) in a batch that is not finished yet (the next run collects them).`,
  );
  outcome.lint = await lintPaths(outcome.written, workspace, config);

  // The state file is what stops the next run from paying for the same batches again.
  const hasState = await exists(statePath);
  if (!hasState && hadState) await writeFile(statePath, EMPTY_STATE);
  const files = [...outcome.written, ...(hasState || hadState ? [stateFile] : [])];
  if (files.length === 0) return outcome;
  const branch = context.ref?.startsWith('refs/heads/') ? context.ref.slice('refs/heads/'.length) : undefined;
  if (!inputs.commit || !branch) {
    notices.push(
      `${inputs.commit ? `\`${context.ref}\` is not a branch` : '`commit` is false'}: the articles and ${inlineCode(stateFile)} are left in the workspace; keep ${inlineCode(stateFile)} for the next run, or it submits the batches again.`,
    );
    return outcome;
  }
  // As on pull requests: with `push-on-error: false` an article with errors stays out of the branch,
  // and its seed, no longer in the state file's batches, is submitted again by the next run.
  const errorsOf = (path: string) => outcome.lint.files.find((f) => f.path === path)?.errorCount ?? 0;
  const pushPlan = planPush(outcome.written, errorsOf, {
    canPush: true,
    isFork: false,
    pushOnError: inputs.pushOnError,
  });
  outcome.heldBack = pushPlan.heldBack;
  notices.push(...pushPlan.notices);
  const toPush = files.filter((path) => !pushPlan.heldBack.includes(path));
  if (toPush.length === 0) return outcome;
  outcome.push = await pushFiles(
    {
      cwd: workspace,
      remote: 'origin',
      branch,
      ...(inputs.githubToken ? { auth: { serverUrl: context.serverUrl, token: inputs.githubToken } } : {}),
    },
    toPush,
    commitMessage(report, pushPlan.push),
  );
  if (outcome.push.kind === 'failed' && (hasState || hadState)) {
    core.setFailed(
      `The batch state ${stateFile} could not be pushed, so the next run cannot find the batches in flight: ${outcome.push.message}`,
    );
  }
  return outcome;
}
