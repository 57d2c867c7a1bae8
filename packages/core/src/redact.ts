/**
 * Removes secrets from text bound for any output. Provider errors can echo the key (OpenAI
 * quotes a masked prefix of it), so error messages go through here before they are kept.
 */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('***');
  }
  // Key-shaped tokens that are not our key verbatim (masked or partial echoes).
  return out.replace(/\b(sk-[A-Za-z0-9_-]{2})[A-Za-z0-9_*.-]{6,}/g, '$1***');
}
