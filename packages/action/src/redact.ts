/** Replaces every secret in `text` with `***`, so an error message never carries a key or token. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join('***');
  // Credentials embedded in a URL (https://user:token@host) are secrets whoever set them.
  return out.replace(/(\w+:\/\/)[^/\s:@]+:[^/\s@]+@/g, '$1***@');
}
