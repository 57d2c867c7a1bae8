import { closest, distance } from 'fastest-levenshtein';

/**
 * The candidate a misspelt name most likely meant (`word-cont` → `word-count`, `Rules` →
 * `rules`, `minimum` → `min`), or undefined. Close means a few edits for the name's length, the
 * same name in another case, or one name containing the other.
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
  // A transposition (`modle`) is two edits; very short names get one, or everything is close.
  const length = Math.max(lower.length, best.length);
  const allowed = length <= 3 ? 1 : Math.max(2, Math.floor(length / 3));
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
