import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { captureIo, tempProject } from './helpers.js';

async function plume(argv: string[]) {
  const io = captureIo(await tempProject({}), {}, false);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('plume help and usage errors', () => {
  it('shows each command’s help under the command’s name', async () => {
    for (const argv of [
      ['lint', '--help'],
      ['help', 'lint'],
    ]) {
      const help = await plume(argv);
      expect(help.code).toBe(0);
      expect(help.out).toMatch(/^Usage: plume lint \[options\]/);
      expect(help.out).not.toContain('plume-lint');
    }
    for (const argv of [
      ['rewrite', '--help'],
      ['help', 'rewrite'],
    ]) {
      const help = await plume(argv);
      expect(help.code).toBe(0);
      expect(help.out).toMatch(/^Usage: plume rewrite /);
    }
    expect((await plume(['help'])).out).toMatch(/^Usage: plume <command>/);
  });

  it('suggests the closest command and option', async () => {
    const command = await plume(['lnt', 'articles/']);
    expect(command.code).toBe(2);
    expect(command.err).toContain('plume: unknown command "lnt" (did you mean "lint"?)');
    const topic = await plume(['help', 'rewirte']);
    expect(topic.code).toBe(2);
    expect(topic.err).toContain('unknown command "rewirte" (did you mean "rewrite"?)');
    const lintFlag = await plume(['lint', '--fromat', 'json']);
    expect(lintFlag.code).toBe(2);
    expect(lintFlag.err).toBe(
      'plume lint: unknown option --fromat (did you mean --format?)\nRun plume lint --help for usage.\n',
    );
    const rewriteFlag = await plume(['rewrite', '--modle', 'gpt-5-mini']);
    expect(rewriteFlag.code).toBe(2);
    expect(rewriteFlag.err).toContain('unknown option --modle (did you mean --model?)');
  });
});
