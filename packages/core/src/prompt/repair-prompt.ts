import type { Diagnostic } from '../lint/types.js';
import type { ChatMessage } from './build-prompt.js';
import { isKeyphraseRule } from './keyphrase.js';

/**
 * What a repair must fix: errors, and keyphrase problems (warnings, but the keyphrase is what
 * makes the article SEO-ready). Other warnings would cost tokens and fight the error fixes.
 */
export const mustRepair = (d: Diagnostic): boolean => d.severity === 'error' || isKeyphraseRule(d.ruleId);

export function formatProblems(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .filter(mustRepair)
    .map((d) => `- line ${d.line}: [${d.ruleId}] ${d.message}`)
    .join('\n');
}

/**
 * The follow-up request: the original conversation, the previous draft as the assistant's turn
 * (as linted, so line numbers match), and the errors to fix.
 */
export function buildRepairPrompt(
  prompt: readonly ChatMessage[],
  previousDraft: string,
  diagnostics: readonly Diagnostic[],
): ChatMessage[] {
  return [
    ...prompt,
    { role: 'assistant', content: previousDraft },
    {
      role: 'user',
      content: [
        'Your article was checked and has these problems:',
        formatProblems(diagnostics),
        '',
        'Reply with the complete corrected article (front matter and whole body), fixing every problem while keeping every rule of your instructions. Stay faithful to the source: fix a length problem by explaining the source more fully, never by adding facts or quotations.',
      ].join('\n'),
    },
  ];
}
