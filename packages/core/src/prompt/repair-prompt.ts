import type { Diagnostic } from '../lint/types.js';
import type { ChatMessage } from './build-prompt.js';

/** Only what the repair needs to fix; warnings would cost tokens and fight the error fixes. */
export function formatProblems(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .filter((d) => d.severity === 'error')
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
        'Your article was checked and has these errors:',
        formatProblems(diagnostics),
        '',
        'Reply with the complete corrected article (front matter and whole body), fixing every error while keeping every rule of your instructions. Stay faithful to the source: fix a length problem by explaining the source more fully, never by adding facts or quotations.',
      ].join('\n'),
    },
  ];
}
