import { redact } from '@plume/core';
import type { RunView } from './render.js';

/** The outcome as shown to people: every message that may quote a provider or git is redacted. */
export function redactedView(
  outcome: Omit<RunView, 'annotations' | 'runUrl' | 'unpushedArticles'> & {
    unpushed: RunView['unpushedArticles'];
  },
  secrets: (string | undefined)[],
  extra: Pick<RunView, 'annotations' | 'runUrl'>,
): RunView {
  const safe = (text: string) => redact(text, secrets);
  return {
    notices: outcome.notices.map(safe),
    rewrite: outcome.rewrite && {
      ...outcome.rewrite,
      seeds: outcome.rewrite.seeds.map((s) => ({
        ...s,
        error: s.error && safe(s.error),
        warnings: s.warnings.map(safe),
      })),
    },
    push:
      outcome.push?.kind === 'failed'
        ? { ...outcome.push, message: safe(outcome.push.message) }
        : outcome.push,
    lint: {
      ...outcome.lint,
      files: outcome.lint.files.map((f) => ({
        ...f,
        diagnostics: f.diagnostics.map((d) => ({ ...d, message: safe(d.message) })),
      })),
    },
    heldBack: outcome.heldBack,
    unpushedArticles: outcome.unpushed.map((a) => ({ ...a, text: safe(a.text) })),
    ...(outcome.blobBase ? { blobBase: outcome.blobBase } : {}),
    ...extra,
  };
}
