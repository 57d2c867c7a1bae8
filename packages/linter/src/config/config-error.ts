/** A configuration error: the message names the file and the key. */
export class PlumeConfigError extends Error {
  override name = 'PlumeConfigError';
}
