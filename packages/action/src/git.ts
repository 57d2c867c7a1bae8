import { execFile } from 'node:child_process';

const GIT_TIMEOUT_MS = 5 * 60_000;

/** The environment without the Action's inputs: git needs none of them, least of all the api key. */
function baseEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_')));
}

export interface GitResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface GitOptions {
  cwd: string;
  env?: Record<string, string>;
  input?: string;
}

/**
 * Runs git with an argument array (never a shell, so branch and file names from a pull request
 * are never interpreted) and returns its exit code instead of throwing: a rejected push is an
 * expected outcome the caller handles.
 */
export function git(args: string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      args,
      {
        cwd: options.cwd,
        env: { ...baseEnv(), GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
        // A hung fetch or push (network, credential prompt) must not hold the job until its timeout.
        timeout: GIT_TIMEOUT_MS,
        killSignal: 'SIGKILL',
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({
          code,
          stdout: stdout.toString(),
          stderr: stderr.toString() || (error && !stderr ? error.message : ''),
        });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** Like {@link git}, for steps that cannot fail unless the repository is broken. */
export async function gitOrThrow(args: string[], options: GitOptions): Promise<string> {
  const result = await git(args, options);
  if (result.code !== 0) throw new GitError(args, result);
  return result.stdout.trim();
}

export class GitError extends Error {
  readonly args: string[];
  readonly result: GitResult;

  constructor(args: string[], result: GitResult) {
    super(
      `git ${args[0]} failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`,
    );
    this.name = 'GitError';
    this.args = args;
    this.result = result;
  }
}
