/** What a CLI run may touch, injected so tests run it in-process with captured output. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean | undefined };
  stderr: { write(text: string): unknown; isTTY?: boolean | undefined; columns?: number | undefined };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The whole of standard input (`plume lint --stdin`), as bytes: the linter decodes it. */
  readStdin?: () => Promise<string | Uint8Array>;
}

export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}

/** An environment variable, with the empty string treated as unset (as CI secrets often are). */
export const envValue = (env: CliIo['env'], name: string): string | undefined => {
  const value = env[name]?.trim();
  return value ? value : undefined;
};
