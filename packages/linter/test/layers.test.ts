import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of src/ from the lowest layer to the highest: a file may import from its own
 * folder, from a folder of its own layer, and from lower layers, never from a higher one (type
 * imports count: they are the same dependency for a reader). The root holds the entry points.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['package'], // the version
  ['report'], // the diagnostic shape and its toolbox
  ['text'], // words, sentences, quotes, normalisation
  ['markdown'], // Markdown tokens to rendered text
  ['article'], // the article model
  ['french'], // the French language tools
  ['faithfulness'], // matching an article against its source
  ['rules'], // the rule API and the rules
  ['fs'], // safe file reads and writes (the config file is read with them)
  ['config', 'presets'], // configuration and its presets
  ['lint'], // one text in, diagnostics out
  ['run'], // files, cache, threads
  ['format'], // reports as text
  ['cli'], // the executable: arguments, terminal, process tuning
  ['.'], // the package's entry points
];

/** Node modules a layer may not use: lint/ takes a text, it reads no file and starts no thread. */
const FORBIDDEN: Record<string, readonly string[]> = {
  lint: ['node:fs', 'node:fs/promises', 'node:worker_threads', 'node:os', 'node:v8', 'node:child_process'],
};
/** Only the CLI tunes the process. */
const PROCESS_TUNING = /\bsetFlagsFromString\b|\benableCompileCache\b/;

const src = join(import.meta.dirname, '..', 'src');
const rank = new Map(LAYERS.flatMap((folders, index) => folders.map((folder) => [folder, index])));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

const folderOf = (path: string): string => {
  const parts = path.split('/');
  return parts.length === 1 ? '.' : (parts[0] as string);
};

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g;

const files = sourceFiles(src).map((absolute) => {
  const path = relative(src, absolute).split('\\').join('/');
  const text = readFileSync(absolute, 'utf8');
  const specifiers = [...text.matchAll(SPECIFIER)].map((match) => match[2] as string);
  return { path, text, specifiers };
});

describe('the layers of src/', () => {
  it('name every folder', () => {
    const unknown = [...new Set(files.map((file) => folderOf(file.path)))].filter(
      (folder) => !rank.has(folder),
    );
    expect(unknown, 'add each new folder of src/ to LAYERS in test/layers.test.ts').toEqual([]);
  });

  it('import only from their own layer or a lower one', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = folderOf(file.path);
      for (const specifier of file.specifiers) {
        if (!specifier.startsWith('.')) continue;
        const target = posix.normalize(posix.join(posix.dirname(file.path), specifier));
        const to = folderOf(target);
        if ((rank.get(to) ?? Number.POSITIVE_INFINITY) > (rank.get(from) ?? -1)) {
          upward.push(`${file.path} imports ${target} (${to}/ is above ${from}/)`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it('keep files, threads and process settings out of lint/, and process tuning in cli/', () => {
    const misplaced: string[] = [];
    for (const file of files) {
      const folder = folderOf(file.path);
      for (const specifier of file.specifiers) {
        if (FORBIDDEN[folder]?.includes(specifier)) misplaced.push(`${file.path} imports ${specifier}`);
      }
      if (folder !== 'cli' && PROCESS_TUNING.test(file.text))
        misplaced.push(`${file.path} tunes the process`);
    }
    expect(misplaced).toEqual([]);
  });
});
