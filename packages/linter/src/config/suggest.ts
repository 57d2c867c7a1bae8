import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate a misspelt name most likely meant (`minimum` → `min` is not close enough;
 * `word-cont` → `word-count`, `Rules` → `rules` are), or undefined. Close means a few edits
 * for the name's length, or the same name in another case, or one name containing the other.
 */
export function closestName(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0 || input === '') return undefined;
  const lower = input.toLowerCase();
  const sameCase = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const best = closest(
    lower,
    candidates.map((candidate) => candidate.toLowerCase()),
  );
  const match = candidates.find((candidate) => candidate.toLowerCase() === best);
  if (match === undefined) return undefined;
  const edits = distance(lower, best);
  const allowed = Math.max(1, Math.floor(Math.max(lower.length, best.length) / 3));
  if (edits <= allowed) return match;
  if (lower.length >= 3 && (best.includes(lower) || lower.includes(best))) return match;
  return undefined;
}

/** ` (did you mean "x"?)`, or nothing when no candidate is close. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const match = closestName(input, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}

/** `"a", "b" or "c"`: an enumeration as messages list it. */
export function listOf(values: readonly unknown[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
