const KEY_SHAPED = /(?<![\w./\\-])sk-[A-Za-z0-9_*-]{16,}(?![A-Za-z0-9_*-]|\.[A-Za-z0-9])/g;

/**
 * Removes secrets from text bound for any output. Provider errors can echo the key (OpenAI
 * quotes a masked prefix of it) and git errors the token in a remote URL, so every message
 * shown to a user goes through here first.
 */
export function redact(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('***');
  }
  return (
    out
      // Key-shaped tokens that are not our key verbatim (masked or partial echoes). A key is long
      // and random (digits) or masked (`*`); a file name such as `seeds/sk-learning.txt` is neither.
      .replace(KEY_SHAPED, (token) => (/[0-9*]/.test(token.slice(3)) ? `${token.slice(0, 5)}***` : token))
      // Credentials embedded in a URL (https://user:token@host) are secrets whoever set them.
      .replace(/(\w+:\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1***@')
  );
}
