import { didYouMean, runLintCli } from '@plume/linter';
import { redact } from '../redact.js';
import { type CliIo, envValue } from './io.js';
import { coreVersion, REWRITE_HELP, runRewriteCli } from './rewrite-cli.js';

export const HELP = `Usage: plume <command> [options]

Commands:
  lint [paths...]      lint Markdown articles (plume help lint)
  rewrite [paths...]   rewrite seeds into articles through an LLM (plume help rewrite)
  help [command]       this help, or a command's

Options:
  -h, --help           this help
  -v, --version        print the version
`;

/** The `plume` command: dispatches to the linter's CLI or the rewriter's. */
const COMMANDS = ['lint', 'rewrite', 'help'];

/** The `plume` command: dispatches to the linter's CLI or the rewriter's. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  const unknown = (name: string) => {
    const shown = redact(name, [envValue(io.env, 'OPENAI_API_KEY')]);
    io.stderr.write(`plume: unknown command "${shown}"${didYouMean(name, COMMANDS)}\n${HELP}`);
    return 2;
  };
  switch (command) {
    case 'rewrite':
      return runRewriteCli(rest, io);
    case 'lint':
      return runLintCli(rest, { ...io, command: 'plume lint' });
    case '-v':
    case '--version':
      io.stdout.write(`${coreVersion()}\n`);
      return 0;
    case 'help': {
      const [topic] = rest;
      if (topic === 'lint') return runLintCli(['--help'], { ...io, command: 'plume lint' });
      if (topic === 'rewrite') {
        io.stdout.write(REWRITE_HELP);
        return 0;
      }
      if (topic !== undefined && topic !== 'help') return unknown(topic);
      io.stdout.write(HELP);
      return 0;
    }
    case undefined:
    case '-h':
    case '--help':
      io.stdout.write(HELP);
      return 0;
    default:
      return unknown(command);
  }
}
