import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { RewriteConfigError, redact } from '@plume/core';
import { DEFAULT_ARTICLES, DEFAULT_SEEDS, type ResolvedConfig } from '@plume/linter';
import { annotate } from './annotations.js';
import { type BatchOutcome, batchRun } from './batch-run.js';
import { upsertStickyComment } from './comment.js';
import type { ChangedLines } from './diff-lines.js';
import { type ActionInputs, readInputs } from './inputs.js';
import type { BlobBase } from './links.js';
import { lintPaths, loadLinterConfig } from './lint.js';
import { createOctokit, type Octokit } from './octokit.js';
import { failure, lintTargets, needsHeadCheck, planPullRequest, planPush, writtenArticles } from './plan.js';
import { listChangedFiles, type PullRef } from './pr-files.js';
import {
  type BranchTarget,
  commitMessage,
  fetchBranch,
  isPlumeCommit,
  type PushOutcome,
  pushFiles,
} from './push.js';
import { redactedView } from './redacted-view.js';
import { renderComment } from './render.js';
import type { RewriteReport } from './report-types.js';
import { DEFAULT_MODEL, rewriteSeeds } from './rewrite.js';
import { writeJobSummary } from './summary.js';
import { readArticles, regularFiles } from './workspace-files.js';

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

interface PullRequestPayload {
  number: number;
  changed_files?: number;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  base: { repo: { full_name: string } };
}

/** What one run found, whatever the event: a batch run's parts, and what a pull request adds. */
interface Outcome extends Omit<BatchOutcome, 'commentTo'> {
  /** What the pull request changed, for the annotation filter; absent outside pull requests. */
  changedLines?: ChangedLines;
  blobBase?: BlobBase;
  /** Where the sticky comment goes; absent outside pull requests or with `comment: false`. */
  commentTo?: { octokit: Octokit; pull: PullRef; author: string; create: boolean };
}

/** A problem with the user's setup or GitHub's answers: the step fails with this message, no stack trace. */
class UserError extends Error {}

const toPosix = (path: string) => path.split(sep).join('/');

/** Globs relative to the config's directory, made relative to the repository root like PR file names. */
function fromRoot(workspace: string, baseDir: string, globs: string[]): string[] {
  const prefix = toPosix(relative(workspace, baseDir));
  return prefix === '' ? globs : globs.map((g) => `${prefix}/${g}`);
}

/**
 * A log line built from pull request data (file names, provider errors) on one line: the runner
 * reads any line starting with `::` as a workflow command, so a crafted name must not start one.
 */
function logLine(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/::/g, ': :');
}

/** The config's path as the repository knows it, not the runner's checkout folder. */
function workspaceRelative(message: string): string {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  return message.split(`${workspace}${sep}`).join('');
}

function isPullRequest(payload: unknown): payload is PullRequestPayload {
  const pr = payload as Partial<PullRequestPayload> | undefined;
  return typeof pr?.number === 'number' && typeof pr.head?.ref === 'string' && typeof pr.base === 'object';
}

async function pullRequestRun(
  inputs: ActionInputs,
  workspace: string,
  config: ResolvedConfig,
  globs: { seeds: string[]; articles: string[] },
  pr: PullRequestPayload,
): Promise<Outcome> {
  if (!inputs.githubToken)
    throw new UserError('Input "github-token" is empty: the pull request files cannot be listed.');
  const octokit = createOctokit(inputs.githubToken);
  const pull: PullRef = { ...context.repo, pullNumber: pr.number };
  const changed = await listChangedFiles(octokit, pull, globs).catch((error: unknown) => {
    throw new UserError(
      `Could not list the pull request files: ${error instanceof Error ? error.message : error}`,
    );
  });
  core.info(`Changed seeds: ${changed.seeds.length}, changed articles: ${changed.articles.length}.`);

  const target: BranchTarget = {
    cwd: workspace,
    remote: 'origin',
    branch: pr.head.ref,
    auth: { serverUrl: context.serverUrl, token: inputs.githubToken },
  };
  const facts = {
    changedSeeds: changed.seeds,
    changedArticles: changed.articles,
    listTruncated: changed.truncated,
    listed: changed.listed,
    changedFiles: pr.changed_files,
    isFork: pr.head.repo?.full_name !== pr.base.repo.full_name,
  };
  const planInputs = {
    hasEndpoint: Boolean(inputs.apiKey || inputs.baseUrl),
    model: inputs.model,
    defaultModel: DEFAULT_MODEL,
    maxSeeds: inputs.maxSeeds,
    commit: inputs.commit,
    comment: inputs.comment,
  };
  let headIsPlume: boolean | undefined;
  if (needsHeadCheck(facts, planInputs)) {
    const head = await fetchBranch(target);
    headIsPlume = head.ok && (await isPlumeCommit(workspace, head.sha));
  }
  const plan = planPullRequest({ ...facts, headIsPlume }, planInputs);
  const notices = [...plan.notices];

  let rewrite: RewriteReport | null = null;
  if (plan.rewrite) {
    const { seeds, model } = plan.rewrite;
    rewrite = await core.group('Rewrite the changed seeds', async () => {
      const report = await rewriteSeeds({
        workspace,
        config,
        seeds,
        model,
        inputs,
      });
      for (const s of report.seeds)
        core.info(logLine(`Seed ${s.seed}: ${s.status}${s.error ? ` (${s.error})` : ''}`));
      return report;
    });
  }
  const rewritten = rewrite?.seeds ?? [];
  const written = writtenArticles(rewritten);
  const toLint = lintTargets(changed.articles, rewritten);
  const lint = await lintPaths(await regularFiles(workspace, toLint, notices), workspace, config);

  const errorsOf = (path: string) => lint.files.find((f) => f.path === path)?.errorCount ?? 0;
  const pushPlan = planPush(written, errorsOf, {
    canPush: plan.canPush,
    isFork: facts.isFork,
    pushOnError: inputs.pushOnError,
  });
  notices.push(...pushPlan.notices);
  let push: PushOutcome | null = null;
  let unpushed = pushPlan.showInFull;
  if (pushPlan.push.length > 0 && rewrite) {
    push = await pushFiles(target, pushPlan.push, commitMessage(rewrite, pushPlan.push));
    if (push.kind === 'failed') unpushed = pushPlan.push;
  }

  // The files the pull request changed, and the articles this run wrote whole.
  const changedLines = new Map(changed.changedLines);
  for (const path of written) changedLines.set(path, 'all');
  const notAtHead = new Set([...unpushed, ...pushPlan.heldBack, ...(push ? [] : written)]);
  return {
    notices,
    rewrite,
    push,
    lint,
    written,
    heldBack: pushPlan.heldBack,
    unpushed: await readArticles(workspace, unpushed),
    changedLines,
    blobBase: {
      repositoryUrl: `${context.serverUrl}/${pr.head.repo?.full_name ?? pr.base.repo.full_name}`,
      sha: push?.kind === 'pushed' ? push.sha : pr.head.sha,
      absent: notAtHead,
    },
    ...(plan.comment ? { commentTo: { octokit, pull, author: inputs.commentAuthor, ...plan.comment } } : {}),
  };
}

async function configuredRun(
  workspace: string,
  config: ResolvedConfig,
  articles: string[],
): Promise<Outcome> {
  const eventName = context.eventName ?? 'unknown';
  return {
    notices: [`Event \`${eventName}\`: the configured articles are linted; no rewrite, no comment.`],
    rewrite: null,
    push: null,
    lint: await lintPaths(articles, workspace, config),
    written: [],
    heldBack: [],
    unpushed: [],
  };
}

async function execute(inputs: ActionInputs, secrets: (string | undefined)[]): Promise<void> {
  const workspace = resolve(process.env.GITHUB_WORKSPACE ?? process.cwd());
  const runUrl =
    process.env.GITHUB_RUN_ID && process.env.GITHUB_REPOSITORY
      ? `${context.serverUrl}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}`
      : undefined;

  const loaded = loadLinterConfig(workspace, inputs.config);
  if (!loaded.ok) throw new UserError(loaded.error);
  const config = loaded.config;
  const globs = {
    seeds:
      inputs.seeds ??
      fromRoot(workspace, config.baseDir, config.seeds.length ? config.seeds : [...DEFAULT_SEEDS]),
    articles:
      inputs.articles ??
      fromRoot(workspace, config.baseDir, config.articles.length ? config.articles : [...DEFAULT_ARTICLES]),
  };

  const pr = context.payload.pull_request;
  const outcome =
    PULL_REQUEST_EVENTS.has(context.eventName) && isPullRequest(pr)
      ? await pullRequestRun(inputs, workspace, config, globs, pr)
      : inputs.batch
        ? await batchRun(inputs, workspace, config, globs.seeds)
        : await configuredRun(workspace, config, globs.articles);

  core.info(
    `Linted ${outcome.lint.files.length} article(s): ${outcome.lint.errorCount} error(s), ${outcome.lint.warningCount} warning(s).`,
  );
  const failedSeeds = (outcome.rewrite?.seeds ?? []).filter((s) => s.status === 'failed').length;
  const errors = outcome.lint.errorCount + failedSeeds;
  const warnings = outcome.lint.warningCount;
  // Articles that did not reach the branch are neither listed as written nor reported green.
  const pushFailed = outcome.push?.kind === 'failed';
  const failed =
    failure(inputs.failOn, errors, warnings) ??
    (pushFailed ? 'The rewritten articles could not be pushed to the pull request branch.' : undefined);
  // Only a pull request has a diff to filter by; other runs annotate anywhere.
  const changedLines = 'changedLines' in outcome ? outcome.changedLines : undefined;
  const filterMode = changedLines ? inputs.filterMode : 'nofilter';
  // The step's own failure and one operational warning (comment refused...) must stay visible.
  const annotated = annotate(
    outcome.lint,
    core,
    { mode: filterMode, changed: changedLines ?? new Map() },
    { error: failed ? 1 : 0, warning: 1 },
  );
  const shown = redactedView(outcome, secrets, {
    annotations: {
      mode: filterMode,
      annotated: annotated.annotated,
      overCap: annotated.overCap.length,
      filteredOut: annotated.filteredOut,
    },
    ...(runUrl ? { runUrl } : {}),
  });
  if (outcome.commentTo) {
    const { octokit, pull, author, create } = outcome.commentTo;
    const comment = await upsertStickyComment(octokit, pull, author, renderComment(shown), { create });
    if (comment.kind === 'forbidden' || comment.kind === 'failed')
      core.warning(redact(comment.message, secrets));
    else if (comment.kind === 'skipped') core.info('No seed or article changed: no comment.');
    else core.info(`Comment ${comment.kind} (id ${comment.id}).`);
  }

  const reportPath = join(process.env.RUNNER_TEMP ?? tmpdir(), 'plume', 'report.json');
  await mkdir(dirname(reportPath), { recursive: true });
  await writeFile(reportPath, `${JSON.stringify({ ...outcome.lint, rewrite: shown.rewrite }, null, 2)}\n`);

  const summary = await writeJobSummary(shown);
  if (summary.kind === 'failed') core.warning(summary.message);
  else if (summary.kind === 'skipped') core.info(summary.reason);
  core.setOutput('articles', JSON.stringify(pushFailed ? [] : outcome.written));
  core.setOutput('errors', String(errors));
  core.setOutput('warnings', String(warnings));
  core.setOutput('report', reportPath);

  if (failed) core.setFailed(failed);
}

/** The Action's entry point: every problem ends as a failed step with a message, never a crash. */
export async function run(): Promise<void> {
  const read = readInputs();
  if (!read.ok) {
    core.setFailed(read.problems.join('\n'));
    return;
  }
  const secrets = [read.inputs.apiKey, read.inputs.githubToken];
  try {
    await execute(read.inputs, secrets);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UserError) core.setFailed(redact(message, secrets));
    // The repository's `rewrite` section is the user's to fix: the message names the file and the key.
    else if (error instanceof RewriteConfigError)
      core.setFailed(redact(`Invalid rewrite settings: ${workspaceRelative(message)}`, secrets));
    else core.setFailed(`Plume failed unexpectedly: ${redact(message, secrets)}`);
  }
}
