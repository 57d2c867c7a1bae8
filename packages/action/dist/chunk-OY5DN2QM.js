import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  REPOSITORY_URL,
  VERSION,
  docsPage,
  ruleById
} from "./chunk-3AVOLLOX.js";

// ../linter/dist/format/sarif.js
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "plumeLineHash/v1";
function findRepositoryRoot(from) {
  let dir = resolve(from);
  for (; ; ) {
    if (existsSync(join(dir, ".git")))
      return dir;
    const parent = dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}
function readTextFromDisk(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
}
var toPosix = (path) => path.split(sep).join("/");
var uriOf = (relativePath) => toPosix(relativePath).split("/").map(encodeURIComponent).join("/");
var hash = (text) => createHash("sha256").update(text).digest("hex").slice(0, 16);
function fingerprintKey(d, lines) {
  const line = (lines?.[d.line - 1] ?? "").replace(/\s+/gu, " ").trim();
  const message = d.message.replace(/\d+(?:[.,]\d+)?/gu, "#");
  return hash(`${d.ruleId}\0${line}\0${message}`);
}
function plainText(markdown) {
  return markdown.replace(/^#{1,6}\s+/gmu, "").replace(/\[([^\]]+)\]\(([^)]+)\)/gu, "$1 ($2)").replace(/[*`]/gu, "").trim();
}
function firstParagraph(markdown) {
  const paragraphs = markdown.split(/\n\s*\n/u).map((block) => block.trim());
  const first = paragraphs.find((block) => block !== "" && !block.startsWith("#"));
  return first === void 0 ? void 0 : plainText(first).replace(/\s+/gu, " ");
}
function ruleDescriptor(id, sample) {
  const rule = ruleById.get(id);
  if (!rule) {
    const description = sample?.message.split(/:| \[/u)[0]?.trim() || id;
    const helpUri2 = sample?.url;
    const more = helpUri2 ? ` See ${helpUri2}` : "";
    return {
      id,
      name: id,
      shortDescription: { text: description },
      fullDescription: { text: `${description} (markdownlint rule ${id}).` },
      help: {
        text: `${description}.${more}`,
        markdown: helpUri2 ? `**${id}**: ${description}. [markdownlint's documentation](${helpUri2})` : description
      },
      ...helpUri2 ? { helpUri: helpUri2 } : {},
      defaultConfiguration: { level: sample?.severity === "error" ? "error" : "warning" },
      properties: { tags: ["markdownlint"] }
    };
  }
  const helpUri = sample?.url;
  const page = docsPage(id);
  const full = (page && firstParagraph(page)) ?? `${rule.meta.description}.`;
  const markdown = page ?? `${rule.meta.description}.`;
  return {
    id,
    name: id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: full },
    help: { text: plainText(markdown), markdown },
    ...helpUri ? { helpUri } : {},
    defaultConfiguration: {
      level: rule.meta.defaultSeverity === "error" ? "error" : rule.meta.defaultSeverity === "off" ? "none" : "warning"
    },
    properties: { tags: rule.meta.tags }
  };
}
function formatSarif(report, options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const root = resolve(options.repositoryRoot ?? findRepositoryRoot(cwd) ?? cwd);
  const readText = options.readText ?? readTextFromDisk;
  const seen = /* @__PURE__ */ new Map();
  for (const file of report.files)
    for (const d of file.diagnostics)
      if (!seen.has(d.ruleId))
        seen.set(d.ruleId, d);
  const ids = [...seen.keys()].sort();
  const index = new Map(ids.map((id, position) => [id, position]));
  const rules = ids.map((id) => ruleDescriptor(id, seen.get(id)));
  const results = report.files.flatMap((file) => {
    const absolute = isAbsolute(file.path) ? file.path : resolve(cwd, file.path);
    const inRoot = relative(root, absolute);
    const outside = inRoot.startsWith("..") || isAbsolute(inRoot);
    const artifactLocation = outside ? { uri: pathToFileURL(absolute).href } : { uri: uriOf(inRoot), uriBaseId: SRCROOT };
    const text = file.diagnostics.length > 0 ? readText(absolute) : void 0;
    const lines = text?.split(/\r?\n/u);
    const occurrences = /* @__PURE__ */ new Map();
    return file.diagnostics.map((d) => {
      const key = fingerprintKey(d, lines);
      const nth = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, nth);
      return {
        ruleId: d.ruleId,
        ruleIndex: index.get(d.ruleId) ?? 0,
        level: d.severity === "error" ? "error" : "warning",
        message: { text: d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation,
              region: {
                startLine: d.line,
                startColumn: d.column,
                endLine: d.endLine,
                // SARIF's endColumn is exclusive too; an empty range would be invalid.
                endColumn: d.endLine === d.line && d.endColumn <= d.column ? d.column + 1 : d.endColumn
              }
            }
          }
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: `${key}:${nth}` }
      };
    });
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Plume",
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules
          }
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(`${root}${sep}`).href } },
        results
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

export {
  SRCROOT,
  FINGERPRINT_KEY,
  findRepositoryRoot,
  formatSarif
};
