import { Marked } from 'marked';

// Yoast analyses the HTML a CMS would publish, so the Markdown body is rendered the way a
// static-site generator would (GFM, raw HTML passed through) after the front matter is cut.
const marked = new Marked({ gfm: true, async: false });

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function stripFrontMatter(markdown) {
  return markdown.replace(FRONT_MATTER, '');
}

/** The body of a Markdown article (front matter removed) rendered to HTML. */
export function articleHtml(markdown) {
  return marked.parse(stripFrontMatter(markdown));
}
