import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runLintCli } from '../../src/cli/run-cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], cwd: string, stdin?: string, isTTY = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runLintCli(argv, {
    stdout: { write: (text: string) => (stdout += text), isTTY },
    stderr: { write: (text: string) => (stderr += text) },
    cwd,
    env: {},
    ...(stdin === undefined ? {} : { readStdin: async () => stdin }),
  });
  return { code, stdout, stderr };
}

/** A temporary project with the given files (string or bytes). */
export function project(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'plume-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export const goodArticle = (title = 'Un titre correct', extra = ''): string => {
  const sentence = 'Le conseil municipal a voté le budget de la ville mardi soir après un long débat. ';
  const paragraph = `${sentence.repeat(9)}\n\n`;
  return `---
title: ${title}
description: "Le conseil municipal a adopté mardi le budget de la ville après un long débat public sur les impôts, les écoles et les transports."
${extra}---

${paragraph}## Le vote

${paragraph}${paragraph}## Les réactions

${paragraph}${paragraph}`;
};
