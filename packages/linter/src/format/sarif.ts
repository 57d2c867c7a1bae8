import { VERSION } from '../package/version.js';
import type { Diagnostic, LintReport } from '../report/types.js';
import { ruleById } from '../rules/index.js';

/** SARIF 2.1.0 for GitHub code scanning: one run, the rules seen, one result per diagnostic. */
export function formatSarif(report: LintReport): string {
  const seen = new Map<string, Diagnostic>();
  for (const file of report.files)
    for (const d of file.diagnostics) if (!seen.has(d.ruleId)) seen.set(d.ruleId, d);
  const ids = [...seen.keys()].sort();
  const index = new Map(ids.map((id, position) => [id, position]));
  const rules = ids.map((id) => {
    const rule = ruleById.get(id);
    const sample = seen.get(id);
    return {
      id,
      name: id,
      shortDescription: { text: rule?.meta.description ?? sample?.message.split(':')[0] ?? id },
      ...(sample?.url ? { helpUri: sample.url } : {}),
      defaultConfiguration: {
        level: rule
          ? rule.meta.defaultSeverity === 'error'
            ? 'error'
            : 'warning'
          : (sample?.severity ?? 'warning'),
      },
    };
  });
  const results = report.files.flatMap((file) =>
    file.diagnostics.map((d) => ({
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId) ?? 0,
      level: d.severity === 'error' ? 'error' : 'warning',
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(file.path.split('\\').join('/')) },
            region: {
              startLine: d.line,
              startColumn: d.column,
              endLine: d.endLine,
              // SARIF's endColumn is exclusive too; an empty range would be invalid.
              endColumn: d.endLine === d.line && d.endColumn <= d.column ? d.column + 1 : d.endColumn,
            },
          },
        },
      ],
    })),
  );
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Plume',
            version: VERSION,
            informationUri: 'https://www.npmjs.com/package/@plume/linter',
            rules,
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
