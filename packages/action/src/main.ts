import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { redact } from '@plume/core';
import type { LintReport, ResolvedConfig } from '@plume/linter';
import { annotate } from './annotations.js';
import { batchRun } from './batch-run.js';
import { upsertStickyComment } from './comment.js';
import { inlineCode } from './escape.js';
import { type ActionInputs, type FailOn, readInputs } from './inputs.js';
import { EMPTY_REPORT, lintPaths, loadLinterConfig, markdownReport } from './lint.js';
import { createOctokit, type Octokit } from './octokit.js';
import { listChangedFiles, type PullRef } from './pr-files.js';
import { type BranchTarget, fetchBranch, isPlumeCommit, type PushOutcome, pushFiles } from './push.js';
import { LINT_COMMENT_CHARS, LINT_SUMMARY_CHARS, type RunView, renderComment } from './render.js';
import type { RewriteReport } from './report-types.js';
import { DEFAULT_MODEL, rewriteSeeds } from './rewrite.js';
import { writeJobSummary } from './summary.js';

const DEFAULT_SEEDS = ['seeds/**/*.{txt,md}'];
const DEFAULT_ARTICLES = ['articles/**/*.md'];
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

interface PullRequestPayload {
  number: number;
  head: { ref: string; sha: string; repo: { full_name: string } | null };
  base: { repo: { full_name: string } };
}

/** What one run found, whatever the event: the parts every report is made of. */
interface Outcome {
  notices: string[];
  rewrite: RewriteReport | null;
  push: PushOutcome | null;
  lint: LintReport;
  written: string[];
  unpushed: { path: string; text: string }[];
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

function shouldFail(failOn: FailOn, errors: number, warnings: number): string | undefined {
  if (failOn === 'never') return undefined;
  if (errors > 0) return `Plume found ${errors} error(s) and ${warnings} warning(s).`;
  if (failOn === 'warning' && warnings > 0) return `Plume found ${warnings} warning(s) (fail-on: warning).`;
  return undefined;
}

function isPullRequest(payload: unknown): payload is PullRequestPayload {
  const pr = payload as Partial<PullRequestPayload> | undefined;
  return typeof pr?.number === 'number' && typeof pr.head?.ref === 'string' && typeof pr.base === 'object';
}

/**
 * Drops symlinks from the files a pull request changed: a link to a file outside the repository
 * (`/proc/self/environ`, a credentials file) must never be read into a public report.
 */
async function regularFiles(workspace: string, paths: string[], notices: string[]): Promise<string[]> {
  const kept: string[] = [];
  for (const path of paths) {
    const stat = await lstat(join(workspace, path)).catch(() => undefined);
    if (stat?.isFile()) kept.push(path);
    else if (stat) notices.push(`${inlineCode(path)} is not a regular file (a symlink?): not linted.`);
  }
  return kept;
}

async function readArticles(workspace: string, paths: string[]): Promise<{ path: string; text: string }[]> {
  return Promise.all(
    paths.map(async (path) => ({ path, text: await readFile(join(workspace, path), 'utf8') })),
  );
}

function commitMessage(rewrite: RewriteReport, written: string[]): string {
  const lines = rewrite.seeds
    .filter((s) => s.article && written.includes(s.article))
    .map((s) => `- ${s.seed} → ${s.article}`);
  return `Plume: rewrite ${written.length} seed(s) into articles\n\n${lines.join('\n')}\n\nModel: ${rewrite.model}`;
}

async function pullRequestRun(
  inputs: ActionInputs,
  workspace: string,
  config: ResolvedConfig,
  globs: { seeds: string[]; articles: string[] },
  pr: PullRequestPayload,
): Promise<Outcome> {
  const notices: string[] = [];
  const outcome: Outcome = {
    notices,
    rewrite: null,
    push: null,
    lint: EMPTY_REPORT,
    written: [],
    unpushed: [],
  };
  if (!inputs.githubToken)
    throw new UserError('Input "github-token" is empty: the pull request files cannot be listed.');
  const octokit = createOctokit(inputs.githubToken);
  const pull: PullRef = { ...context.repo, pullNumber: pr.number };
  const changed = await listChangedFiles(octokit, pull, globs).catch((error: unknown) => {
    throw new UserError(
      `Could not list the pull request files: ${error instanceof Error ? error.message : error}`,
    );
  });
  if (changed.truncated) {
    notices.push(
      `GitHub lists at most ${changed.listed} files of a pull request: files past those were not checked.`,
    );
  }
  core.info(`Changed seeds: ${changed.seeds.length}, changed articles: ${changed.articles.length}.`);

  const isFork = pr.head.repo?.full_name !== pr.base.repo.full_name;
  const canPush = inputs.commit && !isFork;
  const target: BranchTarget = {
    cwd: workspace,
    remote: 'origin',
    branch: pr.head.ref,
    auth: { serverUrl: context.serverUrl, token: inputs.githubToken },
  };

  let rewrite = changed.seeds.length > 0;
  if (rewrite && !inputs.apiKey && !inputs.baseUrl) {
    notices.push('Lint only: no `api-key` or `base-url` input, so the changed seeds were not rewritten.');
    rewrite = false;
  }
  if (rewrite && changed.seeds.length > inputs.maxSeeds) {
    notices.push(
      `${changed.seeds.length} seed(s) changed, more than \`max-seeds\` (${inputs.maxSeeds}): none was rewritten. ` +
        `Split the pull request or raise \`max-seeds\`. Seeds: ${changed.seeds.map(inlineCode).join(', ')}.`,
    );
    rewrite = false;
  }
  if (rewrite && canPush) {
    const head = await fetchBranch(target);
    if (head.ok && (await isPlumeCommit(workspace, head.sha))) {
      notices.push("The latest commit is Plume's own: the seeds were not rewritten again.");
      rewrite = false;
    }
  }

  if (rewrite) {
    const model = inputs.model ?? DEFAULT_MODEL;
    if (!inputs.model) notices.push(`No \`model\` input: used ${DEFAULT_MODEL}.`);
    const result = await core.group('Rewrite the changed seeds', async () => {
      const report = await rewriteSeeds({
        workspace,
        config,
        seeds: changed.seeds,
        outputDir: inputs.outputDir,
        model,
        baseUrl: inputs.baseUrl,
        apiKey: inputs.apiKey,
        maxRepairs: inputs.maxRepairs,
        concurrency: inputs.concurrency,
      });
      for (const s of report.seeds)
        core.info(logLine(`Seed ${s.seed}: ${s.status}${s.error ? ` (${s.error})` : ''}`));
      return report;
    });
    outcome.rewrite = result;
    outcome.written = result.seeds
      .filter((s) => s.status === 'written' || s.status === 'written-with-errors')
      .flatMap((s) => (s.article ? [s.article] : []));
  }

  // Articles of the changed seeds are linted even when unchanged, so the report covers the seed.
  const seedArticles = (outcome.rewrite?.seeds ?? []).flatMap((s) => (s.article ? [s.article] : []));
  const toLint = [...new Set([...changed.articles, ...outcome.written, ...seedArticles])].sort();
  outcome.lint = await lintPaths(await regularFiles(workspace, toLint, notices), workspace, config);

  if (outcome.written.length > 0 && outcome.rewrite) {
    if (canPush) {
      outcome.push = await pushFiles(
        target,
        outcome.written,
        commitMessage(outcome.rewrite, outcome.written),
      );
      if (outcome.push.kind === 'failed') outcome.unpushed = await readArticles(workspace, outcome.written);
    } else if (isFork) {
      notices.push('Pull request from a fork: the articles are not pushed; they are below, ready to copy.');
      outcome.unpushed = await readArticles(workspace, outcome.written);
    } else {
      notices.push('`commit` is false: the articles are left in the workspace for later steps.');
    }
  }

  if (inputs.comment) {
    // A pull request that touches no seed or article gets no new comment, only an update of an old one.
    const create = changed.seeds.length > 0 || changed.articles.length > 0;
    outcome.commentTo = { octokit, pull, author: inputs.commentAuthor, create };
  }
  return outcome;
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
    unpushed: [],
  };
}

/** The outcome as shown to people: every message that may quote a provider or git is redacted. */
function view(
  outcome: Outcome,
  secrets: (string | undefined)[],
  extra: Pick<RunView, 'unannotated' | 'runUrl'>,
): RunView {
  const safe = (text: string) => redact(text, secrets);
  return {
    notices: outcome.notices.map(safe),
    rewrite: outcome.rewrite && {
      ...outcome.rewrite,
      seeds: outcome.rewrite.seeds.map((s) => ({
        ...s,
        error: s.error && safe(s.error),
        warnings: s.warnings.map(safe),
      })),
    },
    push:
      outcome.push?.kind === 'failed'
        ? { ...outcome.push, message: safe(outcome.push.message) }
        : outcome.push,
    lintMarkdown:
      outcome.lint.files.length === 0
        ? { comment: '', summary: '' }
        : {
            comment: safe(markdownReport(outcome.lint, LINT_COMMENT_CHARS)),
            summary: safe(markdownReport(outcome.lint, LINT_SUMMARY_CHARS)),
          },
    unpushedArticles: outcome.unpushed.map((a) => ({ ...a, text: safe(a.text) })),
    ...extra,
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
      inputs.seeds ?? fromRoot(workspace, config.baseDir, config.seeds.length ? config.seeds : DEFAULT_SEEDS),
    articles:
      inputs.articles ??
      fromRoot(workspace, config.baseDir, config.articles.length ? config.articles : DEFAULT_ARTICLES),
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
  const failure = shouldFail(inputs.failOn, errors, warnings);
  // The step's own failure and one operational warning (comment refused...) must stay visible.
  const unannotated = annotate(outcome.lint, core, { error: failure ? 1 : 0, warning: 1 });
  const shown = view(outcome, secrets, { unannotated, ...(runUrl ? { runUrl } : {}) });
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
  core.setOutput('articles', JSON.stringify(outcome.written));
  core.setOutput('errors', String(errors));
  core.setOutput('warnings', String(warnings));
  core.setOutput('report', reportPath);

  if (failure) core.setFailed(failure);
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
    else core.setFailed(`Plume failed unexpectedly: ${redact(message, secrets)}`);
  }
}
