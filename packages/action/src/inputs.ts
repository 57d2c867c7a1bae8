import { isAbsolute, normalize } from 'node:path';
import * as core from '@actions/core';
import { DEFAULTS, rewriteConfigSchema } from '@plume/core';
import { FILTER_MODES, type FilterMode } from './annotations.js';

export type FailOn = 'error' | 'warning' | 'never';

/** The Action's inputs (action.yml), validated. Empty optional strings become `undefined`. */
export interface ActionInputs {
  githubToken: string | undefined;
  apiKey: string | undefined;
  baseUrl: string | undefined;
  model: string | undefined;
  /** `undefined`: from the config, else the built-in defaults. */
  seeds: string[] | undefined;
  articles: string[] | undefined;
  outputDir: string;
  commit: boolean;
  comment: boolean;
  commentAuthor: string;
  failOn: FailOn;
  config: string | undefined;
  maxRepairs: number;
  concurrency: number;
  maxSeeds: number;
  /** Outside pull requests: rewrite the configured seeds through the Batch API (scheduled backfills). */
  batch: boolean;
  filterMode: FilterMode;
  pushOnError: boolean;
  /** Over the config's `rewrite` section: what a CI model needs stated (an Azure deployment's own name). */
  rewrite: RewriteInputs;
}

/** The `rewrite` settings the inputs state; an unset one leaves the config's value. */
export interface RewriteInputs {
  maxOutputTokens?: number;
  profile: {
    tokenParam?: TokenParam;
    temperature?: boolean;
    reasoning?: boolean;
    contextTokens?: number;
  };
}

// Core's schema owns the bounds and the choices: the inputs accept exactly what the config accepts.
const profileShape = rewriteConfigSchema.shape.profile.unwrap().shape;
const TOKEN_PARAMS = profileShape.tokenParam.unwrap().options;
type TokenParam = (typeof TOKEN_PARAMS)[number];
const MIN_OUTPUT_TOKENS = rewriteConfigSchema.shape.maxOutputTokens.unwrap().minValue ?? 1;
const MIN_CONTEXT_TOKENS = profileShape.contextTokens.unwrap().minValue ?? 1;

export type InputsResult = { ok: true; inputs: ActionInputs } | { ok: false; problems: string[] };

const optional = (name: string): string | undefined => core.getInput(name) || undefined;

/**
 * Reads and validates every input, collecting all problems at once so a user fixes their
 * workflow in one round rather than one error per run.
 */
export function readInputs(): InputsResult {
  const problems: string[] = [];

  const bool = (name: string, fallback: boolean): boolean => {
    if (core.getInput(name) === '') return fallback;
    try {
      return core.getBooleanInput(name);
    } catch {
      problems.push(`Input "${name}" must be true or false, got "${core.getInput(name)}".`);
      return fallback;
    }
  };

  const maybeBool = (name: string): boolean | undefined =>
    core.getInput(name) === '' ? undefined : bool(name, false);

  const maybeInt = (name: string, min: number): number | undefined =>
    core.getInput(name) === '' ? undefined : int(name, 0, min);

  const int = (name: string, fallback: number, min: number): number => {
    const raw = core.getInput(name);
    if (raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
      problems.push(`Input "${name}" must be an integer ≥ ${min}, got "${raw}".`);
      return fallback;
    }
    return value;
  };

  const globs = (name: string): string[] | undefined => {
    const list = core.getMultilineInput(name).filter((line) => line !== '');
    return list.length > 0 ? list : undefined;
  };

  const failOnRaw = core.getInput('fail-on') || 'error';
  const failOn = (['error', 'warning', 'never'] as const).find((v) => v === failOnRaw);
  if (!failOn) problems.push(`Input "fail-on" must be error, warning or never, got "${failOnRaw}".`);

  const filterRaw = core.getInput('filter-mode') || 'added';
  const filterMode = FILTER_MODES.find((v) => v === filterRaw);
  if (!filterMode)
    problems.push(`Input "filter-mode" must be ${FILTER_MODES.join(', ')}, got "${filterRaw}".`);

  const tokenRaw = optional('token-parameter');
  const tokenParam = TOKEN_PARAMS.find((v) => v === tokenRaw);
  if (tokenRaw !== undefined && !tokenParam)
    problems.push(`Input "token-parameter" must be ${TOKEN_PARAMS.join(' or ')}, got "${tokenRaw}".`);

  const apiKey = optional('api-key');
  // Masked before anything else can print it, even when another input is invalid.
  if (apiKey) core.setSecret(apiKey);
  const githubToken = optional('github-token');
  if (githubToken) core.setSecret(githubToken);

  const baseUrl = optional('base-url');
  if (baseUrl !== undefined && !URL.canParse(baseUrl)) {
    problems.push('Input "base-url" must be an absolute URL such as https://api.openai.com/v1.');
  }

  const outputDir = normalize(core.getInput('output-dir') || 'articles');
  if (isAbsolute(outputDir) || outputDir === '..' || outputDir.startsWith('../')) {
    problems.push(`Input "output-dir" must be a folder inside the repository, got "${outputDir}".`);
  } else if (outputDir.split(/[\\/]/).some((part) => part.toLowerCase() === '.git')) {
    // Files under .git are git's own (hooks run code); on case-insensitive disks .GIT is .git.
    problems.push(`Input "output-dir" must not be inside .git, got "${outputDir}".`);
  }

  const inputs: ActionInputs = {
    githubToken,
    apiKey,
    baseUrl,
    model: optional('model'),
    seeds: globs('seeds'),
    articles: globs('articles'),
    outputDir,
    commit: bool('commit', true),
    comment: bool('comment', true),
    commentAuthor: core.getInput('comment-author') || 'github-actions[bot]',
    failOn: failOn ?? 'error',
    config: optional('config'),
    maxRepairs: int('max-repairs', DEFAULTS.maxRepairs, 0),
    concurrency: int('concurrency', DEFAULTS.concurrency, 1),
    maxSeeds: int('max-seeds', 20, 0),
    batch: bool('batch', false),
    filterMode: filterMode ?? 'added',
    pushOnError: bool('push-on-error', true),
    rewrite: rewriteInputs({
      maxOutputTokens: maybeInt('max-output-tokens', MIN_OUTPUT_TOKENS),
      profile: {
        tokenParam,
        temperature: maybeBool('send-temperature'),
        reasoning: maybeBool('reasoning'),
        contextTokens: maybeInt('context-tokens', MIN_CONTEXT_TOKENS),
      },
    }),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, inputs };
}

/** Drops the unset settings, so the config's values show through. */
function rewriteInputs(read: {
  maxOutputTokens: number | undefined;
  profile: Record<keyof RewriteInputs['profile'], unknown>;
}): RewriteInputs {
  const profile = Object.fromEntries(Object.entries(read.profile).filter(([, v]) => v !== undefined));
  return {
    ...(read.maxOutputTokens === undefined ? {} : { maxOutputTokens: read.maxOutputTokens }),
    profile: profile as RewriteInputs['profile'],
  };
}
