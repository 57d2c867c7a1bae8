import type { Price } from '../cost.js';
import type { DraftFixer, DraftLinter } from '../lint/types.js';
import type { ModelProfile } from '../model/profiles.js';
import type { SpecDefaults } from '../prompt/spec.js';
import type { SeedFile } from '../rewrite/find-seeds.js';
import type { SeedResult } from '../rewrite/types.js';
import type { BatchApi } from './batch-api.js';
import type { BatchLimits } from './split-requests.js';

export interface BatchRun {
  seeds: readonly SeedFile[];
  baseDir: string;
  outDir: string;
  /** See PrepareOptions.writeRoot: articles are written inside it, through real folders only. */
  writeRoot?: string | undefined;
  model: string;
  /** The model's profile with the config's overrides (token parameter, temperature, context). */
  profile?: ModelProfile;
  /** `rewrite.maxOutputTokens`: the reply's budget, reasoning included. */
  maxOutputTokens?: number;
  api: BatchApi;
  lint: DraftLinter;
  fix?: DraftFixer | undefined;
  defaultsFor: (articlePath: string) => SpecDefaults;
  maxRepairs: number;
  force: boolean;
  /** Between two looks at the open batches. */
  pollMs: number;
  /** False (`--no-wait`): submit what is due, collect what is done, and return. */
  wait: boolean;
  limits: BatchLimits;
  /** Synchronous prices; the report applies the batch discount. */
  prices: Readonly<Record<string, Price>>;
  statePath: string;
  onProgress?: ((message: string) => void) | undefined;
  onResult?: ((result: SeedResult, done: number, total: number) => void) | undefined;
  sleep?: ((ms: number) => Promise<void>) | undefined;
}
