import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);

// ../linter/dist/format/json.js
function formatJson(report) {
  const clean = {
    version: 1,
    files: report.files,
    errorCount: report.errorCount,
    warningCount: report.warningCount
  };
  return `${JSON.stringify(clean, null, 2)}
`;
}

export {
  formatJson
};
