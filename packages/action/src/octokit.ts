import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitOptions {
  /** Defaults to `GITHUB_API_URL` (GitHub Enterprise, tests). */
  baseUrl?: string;
  /** Base delay between retries of a 5xx, in milliseconds (tests shorten it). */
  retryDelayMs?: number;
}

/**
 * An authenticated client that retries GitHub's transient 5xx answers a few times, so a
 * momentary 502 does not cost the writer a whole run.
 */
export function createOctokit(token: string, options: OctokitOptions = {}): Octokit {
  return getOctokit(
    token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      retry: { retries: 3, retryAfterBaseValue: options.retryDelayMs ?? 1000 },
    },
    retry,
  );
}
