import { runLintCli } from '@plume/linter';
import { redact } from '../redact.js';
import { type CliIo, envValue } from './io.js';
import { coreVersion, runRewriteCli } from './rewrite-cli.js';

export const HELP = `Usage: plume <command> [options]

Commands:
  lint [paths...]      lint Markdown articles (plume lint --help)
  rewrite [paths...]   rewrite seeds into articles through an LLM (plume rewrite --help)

Options:
  -h, --help           this help
  -v, --version        print the version
`;

/** The `plume` command: dispatches to the linter's CLI or the rewriter's. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'rewrite':
      return runRewriteCli(rest, io);
    case 'lint':
      return runLintCli(rest, io);
    case '-v':
    case '--version':
      io.stdout.write(`${coreVersion()}\n`);
      return 0;
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      io.stdout.write(HELP);
      return 0;
    default:
      io.stderr.write(
        `plume: unknown command "${redact(command, [envValue(io.env, 'OPENAI_API_KEY')])}"\n${HELP}`,
      );
      return 2;
  }
}
