// The article model exactly as the linter builds it (markdownlint's micromark tokens, one
// parse), for calibration scripts. Needs `pnpm --filter @plume/linter build` first.
import { lint } from 'markdownlint/sync';
import { buildArticle } from '../dist/article/article-builder.js';
import { parseFrontMatter } from '../dist/article/front-matter.js';

/** The article model exactly as the linter builds it: markdownlint's micromark tokens, one parse. */
export function articleOf(path, text) {
  let article;
  const frontMatter = parseFrontMatter(text);
  lint({
    strings: { [path]: text },
    config: { default: false, capture: true },
    customRules: [
      {
        names: ['capture'],
        description: 'capture the parse',
        tags: ['plume'],
        parser: 'micromark',
        function(params) {
          article = buildArticle({
            path,
            text,
            lang: 'fr',
            frontMatter,
            tokens: params.parsers.micromark.tokens,
            bodyLineOffset: params.frontMatterLines.length,
          });
        },
      },
    ],
  });
  return article;
}
