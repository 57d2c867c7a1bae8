import type { z } from 'zod';
import { didYouMean, listOf } from './suggest.js';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const shapeKeys = (inst: unknown): string[] => {
  const def = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def;
  return Object.keys(def?.shape ?? {});
};

/**
 * Messages for the configuration's zod issues that say what was expected: an unknown key is
 * named with the closest known one and the keys allowed; an enumeration lists its values.
 * Passed to `safeParse(…, { error: configErrorMap })`; other issues keep zod's own message.
 */
export const configErrorMap = (issue: RawIssue): string | undefined => {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = shapeKeys(issue.inst);
      const keys = issue.keys;
      const named = keys.map((key) => `"${key}"${didYouMean(key, known)}`).join(', ');
      const allowed = known.length > 0 ? `; expected ${listOf(known)}` : '';
      return `unknown ${keys.length > 1 ? 'keys' : 'key'} ${named}${allowed}`;
    }
    case 'invalid_value': {
      const got = issue.input;
      const hint = typeof got === 'string' ? didYouMean(got, issue.values.map(String)) : '';
      return `expected ${listOf(issue.values)}, got ${JSON.stringify(got)}${hint}`;
    }
    default:
      return undefined;
  }
};

/**
 * The issue to show for a failed union (a rule entry is a severity, or a list of a severity and
 * options): the branch that got furthest, so `"fatal"` reports the severities and
 * `["error", { "minimum": 1 }]` the options, instead of zod's bare "Invalid input".
 */
export function deepestIssue(issue: Issue): { path: PropertyKey[]; message: string } {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
    return { path: [...issue.path], message: issue.message };
  }
  const branches = issue.errors.filter((branch) => branch.length > 0);
  // A branch that failed only because the input has another type is not what the user meant.
  const typeMismatch = (branch: Issue[]) =>
    branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
  const meant = branches.filter((branch) => !typeMismatch(branch));
  const depth = (branch: Issue[]) => Math.max(...branch.map((inner) => inner.path.length));
  // The branch that got furthest into the input, then the one with the fewest complaints.
  const pick = (meant.length > 0 ? meant : branches).reduce((best, branch) =>
    depth(branch) > depth(best) || (depth(branch) === depth(best) && branch.length < best.length)
      ? branch
      : best,
  );
  const first = pick.find((inner) => inner.path.length === depth(pick)) ?? pick[0];
  if (first === undefined) return { path: [...issue.path], message: issue.message };
  const inner = deepestIssue(first);
  return { path: [...issue.path, ...inner.path], message: inner.message };
}
