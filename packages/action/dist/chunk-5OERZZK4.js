import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);

// ../linter/dist/format/markdown.js
var COMMENT_LIMIT = 65536;
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "@": "&#64;",
  "#": "&#35;"
};
function escapeMarkdown(text) {
  return text.replace(/[&<>@#\\`*_{}[\]()!|~]|\r?\n|\r/g, (char) => {
    if (char.startsWith("\r") || char === "\n")
      return " ";
    return ENTITIES[char] ?? `\\${char}`;
  });
}
var SEO_LABEL = {
  good: "\u2705 good",
  "needs-work": "\u26A0\uFE0F needs work",
  poor: "\u274C poor",
  "no-keyphrase": "\u274C no keyphrase"
};
var seoCells = (file) => file.seo ? `${file.seo.keyphrase === null ? "\u2014" : `\xAB ${escapeMarkdown(file.seo.keyphrase)} \xBB`} | ${SEO_LABEL[file.seo.verdict]}` : "\u2014 | \u2014";
var status = (file) => file.errorCount > 0 ? "\u274C" : file.warningCount > 0 ? "\u26A0\uFE0F" : "\u2705";
function details(file) {
  if (file.diagnostics.length === 0)
    return "";
  const rows = file.diagnostics.map((d) => `| ${d.line}:${d.column} | ${d.severity} | \`${d.ruleId}\` | ${escapeMarkdown(d.message)} |`);
  return [
    `<details><summary>${escapeMarkdown(file.path)} \u2014 ${file.errorCount} error(s), ${file.warningCount} warning(s)</summary>`,
    "",
    "| line | severity | rule | message |",
    "|---|---|---|---|",
    ...rows,
    "",
    "</details>",
    ""
  ].join("\n");
}
function formatMarkdown(report, options = {}) {
  const limit = options.limit ?? COMMENT_LIMIT;
  const head = [];
  if (options.header)
    head.push(options.header, "");
  head.push(`**Plume lint**: ${report.files.length} file(s), ${report.errorCount} error(s), ${report.warningCount} warning(s).`, "", "| file | words | H2s | description | keyphrase | SEO | errors | warnings | status |", "|---|---:|---:|---:|---|---|---:|---:|:---:|", ...report.files.map((file) => `| ${escapeMarkdown(file.path)} | ${file.metrics.words} | ${file.metrics.h2} | ${file.metrics.descriptionLength} | ${seoCells(file)} | ${file.errorCount} | ${file.warningCount} | ${status(file)} |`), "");
  const footer = options.footer ? `
${options.footer}
` : "";
  let body = `${head.join("\n")}
`;
  if (body.length + footer.length > limit) {
    const note = "\n_The table was truncated to fit in a comment; the full report is in the job summary._\n";
    body = `${body.slice(0, Math.max(0, limit - footer.length - note.length)).replace(/\n[^\n]*$/, "")}${note}`;
    return `${body}${footer}`.slice(0, limit);
  }
  const sections = report.files.map(details).filter(Boolean);
  let shown = 0;
  for (const section of sections) {
    const note = `
_${sections.length - shown} file(s) not shown: the comment is limited to ${limit} characters; see the job summary._
`;
    if (body.length + section.length + footer.length + note.length > limit) {
      body += note;
      break;
    }
    body += section;
    shown++;
  }
  return `${body}${footer}`;
}

export {
  COMMENT_LIMIT,
  escapeMarkdown,
  formatMarkdown
};
