import { type LoadConfigOptions, readConfigInput } from '../config/config-file.js';
import type { ConfigResult } from '../config/resolve.js';
import { ConfigMemo } from '../run/config-memo.js';

/**
 * The CLI's configuration. With a cache location, the one an earlier run resolved from the same
 * file is taken as it is; otherwise the validation, and with it zod and the rules, is loaded now.
 */
export async function loadCliConfig(
  options: LoadConfigOptions,
  cacheLocation: string | undefined,
): Promise<ConfigResult> {
  const input = readConfigInput(options);
  if (!input.ok) return input;
  const memo = cacheLocation === undefined ? undefined : new ConfigMemo(cacheLocation);
  const recalled = memo?.recall(input);
  if (recalled) return { ok: true, config: recalled };
  const [{ config: configureZod }, { resolveConfigInput }] = await Promise.all([
    import('zod'),
    import('../config/load.js'),
  ]);
  // zod compiles a parser for each object schema (with `new Function`) the first time it parses
  // one: a run parses its configuration once, so compiling costs more than it saves.
  configureZod({ jitless: true });
  const result = resolveConfigInput(input);
  if (result.ok) memo?.remember(input, result.config);
  return result;
}
