import { z } from 'zod';
import { keySpan, lineEnd, lineStart } from './helpers.js';
import { defineRule } from './rule.js';

export const frontMatter = defineRule({
  meta: {
    id: 'front-matter',
    description: 'Articles start with valid YAML front matter holding a title and a description',
    defaultSeverity: 'error',
    options: z.strictObject({}),
    tags: ['seo', 'structure'],
  },
  check({ article, report }) {
    const fm = article.frontMatter;
    if (fm.error) {
      report({
        message: fm.error.message,
        at: lineStart(article, fm.error.line),
        end: lineEnd(article, fm.error.line),
      });
      return;
    }
    if (fm.data === undefined) {
      report({
        message: 'Expected YAML front matter (`---` lines) with a title and a description, found none.',
        at: lineStart(article, 1),
        end: lineEnd(article, 1),
      });
      return;
    }
    const description = fm.data.description;
    if (typeof description !== 'string' || description.trim() === '') {
      report({
        message:
          description === undefined
            ? 'Expected a `description` in the front matter (the meta description), found none.'
            : 'Expected `description` to be non-empty text.',
        ...keySpan(article, 'description'),
      });
    }
    const title = fm.data.title;
    const hasH1 = article.body.headings.some((heading) => heading.depth === 1);
    if (title === undefined && !hasH1) {
      report({
        message: 'Expected a `title` in the front matter or a `#` heading in the body, found neither.',
        ...keySpan(article, 'title'),
      });
    } else if (title !== undefined && (typeof title !== 'string' || title.trim() === '')) {
      report({ message: 'Expected `title` to be non-empty text.', ...keySpan(article, 'title') });
    }
  },
});
