import type { Diagnostic, DraftFixer, DraftLinter } from '../lint/types.js';
import type { ChatMessage } from '../prompt/build-prompt.js';
import { buildRepairPrompt, mustRepair } from '../prompt/repair-prompt.js';
import type { ArticleSpec } from '../prompt/spec.js';
import { redact } from '../redact.js';
import { finaliseArticle, type Provenance } from '../reply/finalise.js';
import { parseReply } from '../reply/parse-reply.js';
import { validateOutput } from '../reply/validate-output.js';
import type { Seed } from '../seed/types.js';

export interface Draft {
  /** The article file as it would be written. */
  text: string;
  words: number;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
}

export interface JudgeContext {
  seed: Seed;
  spec: ArticleSpec;
  provenance: Provenance;
  /** The article's path, for the linter's config overrides. */
  articlePath: string;
  lint: DraftLinter;
  fix?: DraftFixer | undefined;
  /** The seed's first request: every repair builds on it. */
  prompt: readonly ChatMessage[];
  /** The api key: removed from a reply that echoes it before the reply is used or written. */
  secrets?: readonly (string | undefined)[] | undefined;
}

/** What a repair request is built from: the previous reply and its errors. */
export interface RepairBasis {
  previous: string;
  diagnostics: Diagnostic[];
}

export type Judgement =
  /** Not an article at all: the repair asks for the format. */
  | { ok: false; failure: string; basis: RepairBasis; repair: ChatMessage[] }
  /** A draft; `repair` is set when it has errors or keyphrase problems left. */
  | { ok: true; draft: Draft; basis: RepairBasis | undefined; repair: ChatMessage[] | undefined };

/** The draft with fewer errors (then fewer warnings) wins. */
export const better = (a: Draft, b: Draft | undefined): boolean =>
  !b || a.errorCount < b.errorCount || (a.errorCount === b.errorCount && a.warningCount < b.warningCount);

const replyDiagnostic = (ruleId: string, message: string): Diagnostic => ({
  ruleId,
  severity: 'error',
  message,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  fixable: false,
});

/**
 * What one reply is worth, the same for the synchronous loop and the Batch API: parsed, fixed,
 * finalised and linted (faithfulness against the seed included), with the repair request its
 * errors call for.
 */
export async function judgeReply(reply: string, ctx: JudgeContext): Promise<Judgement> {
  // A key in the reply (an endpoint or a model echoing it) must not reach git history.
  const content = redact(reply, ctx.secrets ?? []);
  const removed =
    content === reply
      ? []
      : [
          replyDiagnostic(
            'secret-removed',
            'The reply held a secret (the API key); it was removed from the article.',
          ),
        ];
  const parsed = parseReply(content, ctx.spec.subheadings);
  if (!parsed.ok) {
    const basis = {
      previous: content,
      diagnostics: parsed.problems.map((problem) => replyDiagnostic('reply-format', problem)),
    };
    return {
      ok: false,
      failure: `the reply was not a usable article: ${parsed.problems.join(' ')}`,
      basis,
      repair: buildRepairPrompt(ctx.prompt, basis.previous, basis.diagnostics),
    };
  }
  const article = ctx.fix ? { ...parsed.reply, body: ctx.fix(parsed.reply.body) } : parsed.reply;
  const text = finaliseArticle(article, ctx.spec, ctx.provenance);
  const linted = await ctx.lint(text, {
    path: ctx.articlePath,
    sourcePath: ctx.provenance.source,
    sourceText: ctx.seed.text,
    minWords: ctx.seed.options.minWords,
  });
  const diagnostics = [...removed, ...validateOutput(text, ctx.seed.text), ...linted.diagnostics].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  const errorCount = diagnostics.filter((d) => d.severity === 'error').length;
  const draft: Draft = {
    text,
    words: linted.words,
    diagnostics,
    errorCount,
    warningCount: diagnostics.length - errorCount,
  };
  // Keyphrase problems are repaired too, although they are warnings (repair-prompt.ts).
  if (!diagnostics.some(mustRepair)) return { ok: true, draft, basis: undefined, repair: undefined };
  const basis = { previous: text, diagnostics };
  return { ok: true, draft, basis, repair: buildRepairPrompt(ctx.prompt, basis.previous, basis.diagnostics) };
}
