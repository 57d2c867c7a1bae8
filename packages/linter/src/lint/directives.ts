import type { MicromarkToken } from 'markdownlint';
import type { Diagnostic } from '../report/types.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-file';

/** An inline `<!-- plume-… -->` comment; `ids` empty means every rule. */
export interface Directive {
  kind: DirectiveKind;
  ids: string[];
  /** 1-based file line of the comment. */
  line: number;
}

// Ids are plain words, so a stray `<!-- plume-disable` without its `-->` fails fast (no backtracking).
const DIRECTIVE =
  /<!--[ \t]*plume-(disable-next-line|disable-file|disable|enable)((?:[ \t,]+[\w-]+)*)[ \t]*-->/g;

/** Inline directives found in HTML comments of the body (never inside code). */
export function collectDirectives(tokens: readonly MicromarkToken[], bodyLineOffset: number): Directive[] {
  const directives: Directive[] = [];
  const visit = (list: readonly MicromarkToken[]) => {
    for (const token of list) {
      if (token.type === 'htmlFlow' || token.type === 'htmlText') {
        if (!token.text.includes('plume-')) continue;
        for (const match of token.text.matchAll(DIRECTIVE)) {
          let newlines = 0;
          for (
            let i = token.text.indexOf('\n');
            i !== -1 && i < match.index;
            i = token.text.indexOf('\n', i + 1)
          ) {
            newlines++;
          }
          directives.push({
            kind: match[1] as DirectiveKind,
            ids: (match[2] ?? '').split(/[\s,]+/).filter(Boolean),
            line: token.startLine + bodyLineOffset + newlines,
          });
        }
      } else if (token.children.length > 0 && token.type !== 'codeFenced' && token.type !== 'codeIndented') {
        visit(token.children);
      }
    }
  };
  visit(tokens);
  return directives;
}

const covers = (directive: Directive, ruleId: string) =>
  directive.ids.length === 0 || directive.ids.includes(ruleId);

/** Is the diagnostic silenced by an inline directive? */
export function isSuppressed(
  diagnostic: Pick<Diagnostic, 'ruleId' | 'line'>,
  directives: readonly Directive[],
): boolean {
  let disabled = false;
  for (const directive of directives) {
    if (!covers(directive, diagnostic.ruleId)) continue;
    if (directive.kind === 'disable-file') return true;
    if (directive.kind === 'disable-next-line') {
      if (directive.line + 1 === diagnostic.line) return true;
    } else if (directive.line <= diagnostic.line) {
      disabled = directive.kind === 'disable';
    }
  }
  return disabled;
}
