// The Action's policy, as pure functions of what the run knows: which seeds to rewrite, which
// articles to lint, push and show, and why. main.ts gathers the facts and carries the plan out.
import { inlineCode } from './escape.js';
import type { FailOn } from './inputs.js';
import { truncationNotice } from './pr-files.js';

export interface PullFacts {
  changedSeeds: string[];
  changedArticles: string[];
  /** GitHub listed its maximum number of files: some may be missing. */
  listTruncated: boolean;
  listed: number;
  /** The payload's `pull_request.changed_files`: the true count, where the listing stops. */
  changedFiles?: number | undefined;
  isFork: boolean;
  /** The head branch's latest commit is Plume's own push (undefined: not checked). */
  headIsPlume: boolean | undefined;
}

export interface PlanInputs {
  hasEndpoint: boolean;
  model: string | undefined;
  defaultModel: string;
  maxSeeds: number;
  commit: boolean;
  comment: boolean;
}

export interface RunPlan {
  /** Seeds to rewrite, with the model; null when nothing is rewritten (the notices say why). */
  rewrite: { seeds: string[]; model: string } | null;
  /** Whether articles may be pushed to the head branch at all. */
  canPush: boolean;
  /** null: no comment; `create: false`: only an earlier comment is brought up to date. */
  comment: { create: boolean } | null;
  notices: string[];
}

/** Whether the head commit must be read for the loop guard: only when a rewrite would push. */
export const needsHeadCheck = (facts: Omit<PullFacts, 'headIsPlume'>, inputs: PlanInputs) =>
  inputs.commit && !facts.isFork && facts.changedSeeds.length > 0;

/** What a pull request run does before any rewrite. */
export function planPullRequest(facts: PullFacts, inputs: PlanInputs): RunPlan {
  const notices: string[] = [];
  if (facts.listTruncated) notices.push(truncationNotice(facts.changedFiles));
  const canPush = inputs.commit && !facts.isFork;
  const seeds = facts.changedSeeds;
  let rewrite: RunPlan['rewrite'] = null;
  if (seeds.length === 0) {
    // Nothing to rewrite, nothing to say about it.
  } else if (!inputs.hasEndpoint) {
    notices.push('Lint only: no `api-key` or `base-url` input, so the changed seeds were not rewritten.');
  } else if (seeds.length > inputs.maxSeeds) {
    notices.push(
      `${seeds.length} seed(s) changed, more than \`max-seeds\` (${inputs.maxSeeds}): none was rewritten. ` +
        `Split the pull request or raise \`max-seeds\`. Seeds: ${seeds.map(inlineCode).join(', ')}.`,
    );
  } else if (canPush && facts.headIsPlume) {
    notices.push("The latest commit is Plume's own: the seeds were not rewritten again.");
  } else {
    if (!inputs.model) notices.push(`No \`model\` input: used ${inputs.defaultModel}.`);
    rewrite = { seeds, model: inputs.model ?? inputs.defaultModel };
  }
  // A pull request that touches no seed or article gets no new comment, only an update of an old one.
  const create = seeds.length > 0 || facts.changedArticles.length > 0;
  return { rewrite, canPush, comment: inputs.comment ? { create } : null, notices };
}

export interface RewrittenSeed {
  status: string;
  article: string | null;
}

/** The articles whose files this run wrote. */
export const writtenArticles = (seeds: readonly RewrittenSeed[]): string[] =>
  seeds
    .filter((s) => s.status === 'written' || s.status === 'written-with-errors')
    .flatMap((s) => (s.article ? [s.article] : []));

/** The articles to lint: the changed ones, and every changed seed's article even when unchanged. */
export function lintTargets(changedArticles: readonly string[], seeds: readonly RewrittenSeed[]): string[] {
  const ofSeeds = seeds.flatMap((s) => (s.article ? [s.article] : []));
  return [...new Set([...changedArticles, ...ofSeeds])].sort();
}

export interface PushPlan {
  /** Articles to commit to the head branch. */
  push: string[];
  /** Written with lint errors and held back (`push-on-error: false`). */
  heldBack: string[];
  /** Articles shown in full in the comment, because the writer cannot get them any other way. */
  showInFull: string[];
  notices: string[];
}

/** What becomes of the written articles, given their lint errors. */
export function planPush(
  written: readonly string[],
  errorsOf: (path: string) => number,
  options: { canPush: boolean; isFork: boolean; pushOnError: boolean },
): PushPlan {
  const plan: PushPlan = { push: [], heldBack: [], showInFull: [], notices: [] };
  if (written.length === 0) return plan;
  if (options.isFork) {
    plan.notices.push(
      'Pull request from a fork: the articles are not pushed; they are below, ready to copy.',
    );
    plan.showInFull.push(...written);
    return plan;
  }
  if (!options.canPush) {
    plan.notices.push('`commit` is false: the articles are left in the workspace for later steps.');
    return plan;
  }
  for (const path of written) {
    if (!options.pushOnError && errorsOf(path) > 0) plan.heldBack.push(path);
    else plan.push.push(path);
  }
  if (plan.heldBack.length > 0) {
    plan.notices.push(
      `${plan.heldBack.length} article(s) still have lint errors and were not pushed (\`push-on-error: false\`): ${plan.heldBack.map(inlineCode).join(', ')}.`,
    );
  }
  return plan;
}

/** Why the step fails, per `fail-on`; undefined when it passes. */
export function failure(failOn: FailOn, errors: number, warnings: number): string | undefined {
  if (failOn === 'never') return undefined;
  if (errors > 0) return `Plume found ${errors} error(s) and ${warnings} warning(s).`;
  if (failOn === 'warning' && warnings > 0) return `Plume found ${warnings} warning(s) (fail-on: warning).`;
  return undefined;
}
