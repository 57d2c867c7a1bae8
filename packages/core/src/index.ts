export { type BatchApi, type BatchInfo, createBatchApi } from './batch/batch-api.js';
export { runBatchRewrite } from './batch/run-batch.js';
export { type BatchLimits, OPENAI_BATCH_LIMITS, splitRequests } from './batch/split-requests.js';
export { BatchStateError, STATE_FILE, statePathFor } from './batch/state.js';
export type { BatchRun } from './batch/types.js';
export { seedBlock, summaryLine, toJson, toText } from './cli/format.js';
export type { CliIo } from './cli/io.js';
export { main } from './cli/main.js';
export { runRewriteCli } from './cli/rewrite-cli.js';
export {
  type ConfigResult,
  loadProjectConfig,
  minWordsFor,
  type Thresholds,
  thresholdsFor,
} from './config.js';
export {
  batchPrice,
  batchPrices,
  DEFAULT_PRICES,
  estimateCost,
  type Price,
  priceFor,
  promptTokens,
} from './cost.js';
export { createDraftFixer, createLinterAdapter } from './lint/linter-adapter.js';
export type { Diagnostic, DraftFixer, DraftLinter, DraftLintResult } from './lint/types.js';
export {
  type Completion,
  createModelClient,
  type ModelClient,
  type ModelSettings,
  type Usage,
} from './model/client.js';
export { isLocalBaseURL } from './model/local-server.js';
export { type ModelProfile, profileFor } from './model/profiles.js';
export { buildPrompt, type ChatMessage, neutraliseSourceTags } from './prompt/build-prompt.js';
export { buildRepairPrompt } from './prompt/repair-prompt.js';
export { type ArticleSpec, resolveSpec } from './prompt/spec.js';
export { PROMPT_VERSION } from './prompt/version.js';
export { redact } from './redact.js';
export { finaliseArticle } from './reply/finalise.js';
export { parseReply, stripCodeFence } from './reply/parse-reply.js';
export { validateOutput } from './reply/validate-output.js';
export { runDraftLoop } from './rewrite/draft-loop.js';
export { findSeeds, type SeedFile } from './rewrite/find-seeds.js';
export {
  DEFAULT_MODEL,
  RewriteConfigError,
  type RewriteSeedsOptions,
  rewriteSeeds,
} from './rewrite/rewrite-seeds.js';
export { articlePathFor, type RewriteRun, runRewrite } from './rewrite/run-rewrite.js';
export type {
  BatchSummary,
  DryRunEstimate,
  RewriteReport,
  SeedProgress,
  SeedResult,
  SeedStatus,
} from './rewrite/types.js';
export {
  DEFAULTS,
  LOCAL_SERVER_DEFAULTS,
  parseRewriteConfig,
  type RewriteConfig,
  rewriteConfigSchema,
} from './rewrite-config.js';
export { parseSeed } from './seed/parse-seed.js';
export { readSeed } from './seed/read-seed.js';
export { isSeedError, type Seed, type SeedError, type SeedOptions } from './seed/types.js';
