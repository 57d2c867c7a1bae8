/** The package version (kept equal to package.json by a test); part of the cache key. */
export const VERSION = '1.0.0';
