import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);

// ../linter/dist/report/github-annotation.js
function githubAnnotation(path, d) {
  return {
    title: `Plume ${d.ruleId}`,
    file: path,
    startLine: d.line,
    endLine: d.endLine,
    ...d.line === d.endLine ? { startColumn: d.column, endColumn: Math.max(d.column, d.endColumn - 1) } : {}
  };
}

// ../linter/dist/format/github.js
var escapeData = (text) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (text) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
function formatGithub(report) {
  const lines = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const at = githubAnnotation(file.path, d);
      const properties = [`file=${escapeProperty(at.file)}`, `line=${at.startLine}`];
      if (at.startColumn !== void 0)
        properties.push(`col=${at.startColumn}`, `endColumn=${at.endColumn}`);
      properties.push(`endLine=${at.endLine}`, `title=${escapeProperty(at.title)}`);
      lines.push(`::${d.severity} ${properties.join(",")}::${escapeData(d.message)}`);
    }
  }
  return lines.length > 0 ? `${lines.join("\n")}
` : "";
}

export {
  githubAnnotation,
  formatGithub
};
