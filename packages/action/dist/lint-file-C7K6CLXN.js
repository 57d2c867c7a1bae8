import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  articleCounts,
  configRelative,
  docsUrl,
  fileOffsetOf,
  findQuotes,
  lintSync,
  renderBlocks,
  require_dist,
  roundedScore,
  ruleById,
  rules,
  settingsFor,
  splitSentences,
  tokenizeWords
} from "./chunk-O7TABLVA.js";
import "./chunk-GKVB7MBV.js";
import "./chunk-6HP3Q5PE.js";
import "./chunk-VZHSN62Y.js";
import {
  __toESM
} from "./chunk-A4GP3SDO.js";

// ../linter/dist/lint-file.js
import { readFileSync as readFileSync2, writeFileSync } from "node:fs";

// ../linter/dist/decode.js
var utf8 = new TextDecoder("utf-8", { fatal: true });
var windows1252 = new TextDecoder("windows-1252");
function decodeBytes(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    return { kind: "binary", reason: `binary file (NUL byte at offset ${nul})` };
  let text;
  let warning;
  try {
    text = utf8.decode(bytes);
  } catch {
    text = windows1252.decode(bytes);
    warning = "The file is not valid UTF-8; it was read as Windows-1252. Save it as UTF-8.";
  }
  return { kind: "text", text: stripBom(text), warning };
}
var stripBom = (text) => text.charCodeAt(0) === 65279 ? text.slice(1) : text;
function fileDiagnostic(ruleId, severity, message, url) {
  return {
    ruleId,
    severity,
    message,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fixable: false,
    ...url ? { url } : {}
  };
}

// ../linter/dist/lint-document.js
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

// ../linter/dist/article-builder.js
var NEWLINE = /\r\n?|\n/g;
function lineStartsOf(text) {
  const starts = [0];
  NEWLINE.lastIndex = 0;
  while (NEWLINE.test(text))
    starts.push(NEWLINE.lastIndex);
  return starts;
}
function positionFinder(lineStarts) {
  const lastLine = lineStarts.length - 1;
  let recent = 0;
  return (offset) => {
    if (lineStarts[recent] <= offset && (recent === lastLine || offset < lineStarts[recent + 1])) {
      return { line: recent + 1, column: offset - lineStarts[recent] + 1, offset };
    }
    let low = 0;
    let high = lastLine;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (lineStarts[mid] <= offset)
        low = mid;
      else
        high = mid - 1;
    }
    recent = low;
    return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
  };
}
var stringField = (data, key) => {
  const value = data?.[key];
  if (typeof value === "string")
    return value;
  if (typeof value === "number")
    return String(value);
  return void 0;
};
function buildArticle(input) {
  const { text, frontMatter, bodyLineOffset } = input;
  const lineStarts = lineStartsOf(text);
  const positionAt = positionFinder(lineStarts);
  const lastLine = lineStarts.length - 1;
  const offsetOf = (line, column) => {
    const index = Math.min(lastLine, Math.max(0, line - 1 + bodyLineOffset));
    return Math.min(text.length, lineStarts[index] + column - 1);
  };
  const blocks = renderBlocks(input.tokens, offsetOf);
  const span = (block, range) => ({
    text: block.text.slice(range.start, range.end),
    start: positionAt(fileOffsetOf(block, range.start)),
    end: positionAt(fileOffsetOf(block, range.end, true))
  });
  const sentenceSpan = (block, range, sentenceWords) => ({
    text: block.text.slice(range.start, range.end),
    start: positionAt(fileOffsetOf(block, range.start)),
    end: positionAt(fileOffsetOf(block, range.end, true)),
    words: sentenceWords
  });
  const headings = [];
  const paragraphs = [];
  const words = [];
  const sentences = [];
  const plain = [];
  const blockWords = [];
  const blockParagraph = [];
  for (const block of blocks) {
    const blockWordRanges = tokenizeWords(block.text, block.wordBreaks);
    const blockWordSpans = blockWordRanges.map((range) => span(block, range));
    const blockSentences = [];
    let w = 0;
    for (const range of splitSentences(block.text)) {
      const sentenceWords = [];
      while (w < blockWordRanges.length && blockWordRanges[w].start < range.end) {
        if (blockWordRanges[w].start >= range.start)
          sentenceWords.push(blockWordSpans[w]);
        w++;
      }
      blockSentences.push(sentenceSpan(block, range, sentenceWords));
    }
    for (const word of blockWordSpans)
      words.push(word);
    for (const sentence of blockSentences)
      sentences.push(sentence);
    plain.push(block.text);
    blockWords.push(blockWordSpans.length);
    const whole = span(block, { start: 0, end: block.text.length });
    if (block.kind === "heading") {
      headings.push({ ...whole, depth: block.depth ?? 1 });
      blockParagraph.push(void 0);
    } else if (block.kind === "paragraph") {
      const paragraph = { ...whole, sentences: blockSentences, words: blockWordSpans };
      paragraphs.push(paragraph);
      blockParagraph.push(paragraph);
    } else {
      blockParagraph.push(void 0);
    }
  }
  const sections = [{ heading: void 0, paragraphs: [], words: 0 }];
  let headingIndex = 0;
  blocks.forEach((block, index) => {
    if (block.kind === "heading") {
      const heading = headings[headingIndex++];
      if (block.depth === 2 && heading) {
        sections.push({ heading, paragraphs: [], words: 0 });
        return;
      }
      return;
    }
    const section = sections[sections.length - 1];
    section.words += blockWords[index] ?? 0;
    const paragraph = blockParagraph[index];
    if (paragraph)
      section.paragraphs.push(paragraph);
  });
  if (sections.length > 1 && sections[0]?.words === 0 && sections[0].paragraphs.length === 0)
    sections.shift();
  const data = frontMatter.data;
  let title;
  const fmTitle = stringField(data, "title");
  if (fmTitle !== void 0) {
    const line = frontMatter.keyLines.title ?? 1;
    const lineStart = lineStarts[line - 1] ?? 0;
    const lineText = text.slice(lineStart, lineStarts[line] ?? text.length).replace(/\r?\n$|\r$/, "");
    title = {
      text: fmTitle.trim(),
      start: positionAt(lineStart),
      end: positionAt(lineStart + lineText.length)
    };
  } else {
    const h1 = headings.find((heading) => heading.depth === 1);
    if (h1)
      title = { text: h1.text.trim(), start: h1.start, end: h1.end };
  }
  const isContent = (token) => token.type !== "lineEnding" && token.type !== "lineEndingBlank";
  const firstContent = input.tokens.find((token) => isContent(token) && !(token.type === "htmlFlow" && token.text.startsWith("<!--"))) ?? input.tokens.find(isContent);
  const bodyStart = firstContent ? positionAt(offsetOf(firstContent.startLine, 1)) : positionAt(lineStarts[Math.min(lastLine, bodyLineOffset)] ?? 0);
  let quotes;
  return {
    path: input.path,
    text,
    lang: stringField(data, "lang") ?? input.lang,
    frontMatter: {
      data: frontMatter.data,
      keyLines: frontMatter.keyLines,
      error: frontMatter.error,
      end: frontMatter.end
    },
    title,
    description: stringField(data, "description"),
    keyphrase: stringField(data, "keyphrase"),
    slug: stringField(data, "slug"),
    body: {
      start: bodyStart,
      headings,
      paragraphs,
      sections,
      words,
      sentences,
      plainText: plain.join("\n\n"),
      // Found when first read: only faithful-quotes reads them, and only with a source.
      get quotes() {
        quotes ??= blocks.flatMap((block) => findQuotes(block.text).map((range) => span(block, range)));
        return quotes;
      }
    },
    positionAt,
    blocks
  };
}

// ../linter/dist/directives.js
var DIRECTIVE = /<!--[ \t]*plume-(disable-next-line|disable-file|disable|enable)((?:[ \t,]+[\w-]+)*)[ \t]*-->/g;
function collectDirectives(tokens, bodyLineOffset) {
  const directives = [];
  const visit = (list) => {
    for (const token of list) {
      if (token.type === "htmlFlow" || token.type === "htmlText") {
        if (!token.text.includes("plume-"))
          continue;
        for (const match of token.text.matchAll(DIRECTIVE)) {
          let newlines = 0;
          for (let i = token.text.indexOf("\n"); i !== -1 && i < match.index; i = token.text.indexOf("\n", i + 1)) {
            newlines++;
          }
          directives.push({
            kind: match[1],
            ids: (match[2] ?? "").split(/[\s,]+/).filter(Boolean),
            line: token.startLine + bodyLineOffset + newlines
          });
        }
      } else if (token.children.length > 0 && token.type !== "codeFenced" && token.type !== "codeIndented") {
        visit(token.children);
      }
    }
  };
  visit(tokens);
  return directives;
}
var covers = (directive, ruleId) => directive.ids.length === 0 || directive.ids.includes(ruleId);
function isSuppressed(diagnostic, directives) {
  let disabled = false;
  for (const directive of directives) {
    if (!covers(directive, diagnostic.ruleId))
      continue;
    if (directive.kind === "disable-file")
      return true;
    if (directive.kind === "disable-next-line") {
      if (directive.line + 1 === diagnostic.line)
        return true;
    } else if (directive.line <= diagnostic.line) {
      disabled = directive.kind === "disable";
    }
  }
  return disabled;
}

// ../linter/dist/front-matter.js
var import_yaml = __toESM(require_dist(), 1);
var NEWLINE2 = /\r\n?|\n/g;
var isFence = (line) => line !== void 0 && line.trimEnd() === "---";
function parseFrontMatter(text) {
  const none = {
    data: void 0,
    keyLines: {},
    error: void 0,
    end: void 0,
    lineCount: 0
  };
  if (!text.startsWith("---"))
    return none;
  const firstBreak = text.search(/\r\n?|\n/);
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (!isFence(firstLine))
    return none;
  NEWLINE2.lastIndex = 0;
  let lineStart = 0;
  let line = 1;
  let yamlStart = -1;
  let closeStart = -1;
  let closeEnd = -1;
  for (; ; ) {
    const match = NEWLINE2.exec(text);
    const lineEnd = match ? match.index : text.length;
    const next = match ? match.index + match[0].length : text.length;
    if (line === 1) {
      yamlStart = next;
    } else if (isFence(text.slice(lineStart, lineEnd))) {
      closeStart = lineStart;
      closeEnd = next;
      break;
    }
    if (!match)
      break;
    lineStart = next;
    line++;
  }
  if (closeStart === -1) {
    return {
      ...none,
      error: { message: "Front matter is not closed: add a line with `---` after it.", line: 1 }
    };
  }
  const lineCount = line;
  const endPosition = { line: lineCount + 1, column: 1, offset: closeEnd };
  const yamlText = text.slice(yamlStart, closeStart).replace(/\r(?!\n)/g, "\n");
  const counter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    let errorOffset = firstError.pos[0];
    if ((0, import_yaml.isMap)(doc.contents)) {
      for (const pair of doc.contents.items) {
        const key = pair.key;
        const value = pair.value;
        if (key?.range && value?.range && value.range[0] <= errorOffset && errorOffset <= value.range[2]) {
          errorOffset = key.range[0];
        }
      }
    }
    const at = counter.linePos(errorOffset);
    const reason = firstError.message.split("\n")[0] ?? firstError.message;
    return {
      data: void 0,
      keyLines: {},
      error: { message: `Front matter is not valid YAML: ${reason}`, line: at.line + 1 },
      end: endPosition,
      lineCount
    };
  }
  if (doc.contents === null) {
    return { data: {}, keyLines: {}, error: void 0, end: endPosition, lineCount };
  }
  if (!(0, import_yaml.isMap)(doc.contents)) {
    return {
      data: void 0,
      keyLines: {},
      error: { message: "Front matter must be a mapping of keys to values (`title: \u2026`).", line: 2 },
      end: endPosition,
      lineCount
    };
  }
  const keyLines = {};
  for (const pair of doc.contents.items) {
    const key = pair.key;
    if (key && typeof key.value !== "object" && key.range) {
      keyLines[String(key.value)] = counter.linePos(key.range[0]).line + 1;
    }
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      data: void 0,
      keyLines,
      error: { message: `Front matter could not be read: ${error.message}`, line: 2 },
      end: endPosition,
      lineCount
    };
  }
  return { data, keyLines, error: void 0, end: endPosition, lineCount };
}

// ../linter/dist/markdown/markdownlint-config.js
var DEFAULT_MARKDOWNLINT = {
  default: false,
  MD001: true,
  MD011: true,
  MD024: { siblings_only: true },
  MD025: true,
  MD033: true,
  MD039: true,
  MD042: true,
  MD045: true,
  MD051: true,
  MD052: true
};
var ERROR_BY_DEFAULT = /* @__PURE__ */ new Set(["MD025"]);
var MD_ID = /^MD\d{3}$/;
function markdownlintSetup(user, rules2) {
  const config = "default" in user ? { ...user } : { ...DEFAULT_MARKDOWNLINT, ...user };
  const severities = /* @__PURE__ */ new Map();
  for (const [id, setting] of Object.entries(rules2)) {
    if (!MD_ID.test(id))
      continue;
    if (setting.severity === "off") {
      config[id] = false;
      continue;
    }
    if (!config[id])
      config[id] = true;
    severities.set(id, setting.severity);
  }
  return {
    config,
    severityOf: (name) => severities.get(name) ?? (ERROR_BY_DEFAULT.has(name) ? "error" : "warning")
  };
}

// ../linter/dist/metrics.js
function documentFleschFr(article) {
  return roundedScore(articleCounts(article)) ?? 0;
}
var WORDS_PER_MINUTE = 230;
var codePoints = (text) => text === void 0 ? 0 : Array.from(text.trim()).length;
function articleMetrics(article) {
  const words = article.body.words.length;
  return {
    words,
    h2: article.body.headings.filter((heading) => heading.depth === 2).length,
    titleLength: codePoints(article.title?.text),
    descriptionLength: codePoints(article.description),
    fleschFr: documentFleschFr(article),
    sentences: article.body.sentences.length,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE))
  };
}
var emptyMetrics = () => ({
  words: 0,
  h2: 0,
  titleLength: 0,
  descriptionLength: 0,
  fleschFr: 0,
  sentences: 0,
  readingMinutes: 0
});

// ../linter/dist/engine.js
var ENGINE_RULE = "plume-engine";
var markdownlintDocs = (page) => `https://github.com/DavidAnson/markdownlint/blob/v0.42.1/doc/${page}.md`;
function frontMatterAware(config, hasTitle) {
  const out = { ...config };
  const md025 = out.MD025 ?? out["single-title"] ?? out["single-h1"] ?? out.default ?? true;
  if (md025)
    out.MD025 = { ...typeof md025 === "object" ? md025 : {}, front_matter_title: "" };
  const md001 = out.MD001 ?? out["heading-increment"] ?? out.default ?? true;
  if (md001)
    out.MD001 = { ...typeof md001 === "object" ? md001 : {}, front_matter_title: "" };
  if (hasTitle) {
    out.MD041 = false;
    out["first-line-heading"] = false;
    out["first-line-h1"] = false;
  }
  return out;
}
function markdownlintFix(error, bodyLineOffset, text, lineStarts, eol) {
  const info = error.fixInfo;
  if (!info)
    return void 0;
  const line = (info.lineNumber ?? error.lineNumber) + bodyLineOffset;
  const lineStart = lineStarts[line - 1];
  if (lineStart === void 0)
    return void 0;
  const nextStart = lineStarts[line] ?? text.length;
  const lineEnd = text.slice(lineStart, nextStart).replace(/\r?\n$|\r$/, "").length + lineStart;
  if (info.deleteCount === -1)
    return { start: lineStart, end: nextStart, text: "" };
  const start = lineStart + (info.editColumn ?? 1) - 1;
  const end = Math.min(lineEnd, start + (info.deleteCount ?? 0));
  return { start, end, text: (info.insertText ?? "").replace(/\n/g, eol) };
}
function markdownlintMessage(error) {
  let message = error.ruleDescription;
  if (error.errorDetail)
    message += `: ${error.errorDetail}`;
  if (error.errorContext)
    message += ` [${error.errorContext}]`;
  return message;
}
function lintWithEngine(input) {
  const { text, settings, config } = input;
  const frontMatter = parseFrontMatter(text);
  const enabled = rules.filter((rule) => (settings.rules[rule.meta.id]?.severity ?? "off") !== "off");
  const md = markdownlintSetup(config.markdownlint, settings.rules);
  const reports = [];
  const bodyLineOffset = frontMatter.end ? frontMatter.lineCount : 0;
  const body = frontMatter.end ? text.slice(frontMatter.end.offset) : text;
  const hasTitle = frontMatter.data?.title !== void 0;
  const mdConfig = frontMatterAware(md.config, hasTitle);
  const crashes = [];
  let article;
  let directives = [];
  const engineRule = {
    names: [ENGINE_RULE],
    description: "Plume rules",
    tags: ["plume"],
    parser: "micromark",
    function(params) {
      const tokens = params.parsers.micromark?.tokens ?? [];
      const built = buildArticle({
        path: input.path,
        text,
        lang: settings.lang,
        frontMatter,
        tokens,
        bodyLineOffset
      });
      article = built;
      directives = collectDirectives(tokens, bodyLineOffset);
      const source = input.source?.(built);
      const project = input.project ?? { articles: [built] };
      for (const rule of enabled) {
        try {
          rule.check({
            article: built,
            options: settings.rules[rule.meta.id]?.options,
            source,
            project,
            words: config.words,
            report: (report) => reports.push({ rule, report })
          });
        } catch (error) {
          crashes.push({ rule, message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  };
  const results = lintSync({
    strings: { [input.path]: body },
    // markdownlint gets the body only: its own front-matter pattern costs a regex compile per file.
    frontMatter: null,
    config: { ...mdConfig, [ENGINE_RULE]: true },
    customRules: [engineRule],
    handleRuleFailures: false
  });
  const lineStarts = lineStartsOf(text);
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  const diagnostics = [...input.preDiagnostics ?? []];
  const fixes = [];
  const bodyStart = article?.body.start ?? { line: 1, column: 1, offset: 0 };
  for (const { rule, report } of reports) {
    const configured = settings.rules[rule.meta.id]?.severity;
    if (configured === void 0 || configured === "off")
      continue;
    const severity = report.severity === "warning" ? "warning" : configured;
    const at = report.at ?? bodyStart;
    const end = report.end ?? at;
    diagnostics.push({
      ruleId: rule.meta.id,
      severity,
      message: report.message,
      line: at.line,
      column: at.column,
      endLine: end.line,
      endColumn: end.column,
      fixable: report.fix !== void 0,
      url: docsUrl(rule.meta.id)
    });
    if (report.fix)
      fixes.push(report.fix);
  }
  for (const { rule, message } of crashes) {
    diagnostics.push({
      ruleId: rule.meta.id,
      severity: "error",
      message: `The rule failed on this file (a bug in Plume, please report it): ${message}`,
      line: bodyStart.line,
      column: bodyStart.column,
      endLine: bodyStart.line,
      endColumn: bodyStart.column,
      fixable: false,
      url: docsUrl(rule.meta.id)
    });
  }
  for (const error of results[input.path] ?? []) {
    const name = error.ruleNames[0] ?? "MD000";
    if (name === ENGINE_RULE)
      continue;
    const column = error.errorRange?.[0] ?? 1;
    const line = error.lineNumber + bodyLineOffset;
    const fix = markdownlintFix(error, bodyLineOffset, text, lineStarts, eol);
    diagnostics.push({
      ruleId: name,
      severity: md.severityOf(name),
      message: markdownlintMessage(error),
      line,
      column,
      endLine: line,
      endColumn: column + (error.errorRange?.[1] ?? 0),
      fixable: fix !== void 0,
      ...error.ruleInformation ? { url: error.ruleInformation } : {}
    });
    if (fix)
      fixes.push(fix);
  }
  const firstHeading = article?.body.headings[0];
  if (hasTitle && firstHeading && firstHeading.depth > 2 && mdConfig.MD001) {
    diagnostics.push({
      ruleId: "MD001",
      severity: md.severityOf("MD001"),
      message: `Heading levels should only increment by one level at a time: Expected: h2; Actual: h${firstHeading.depth}`,
      line: firstHeading.start.line,
      column: 1,
      endLine: firstHeading.start.line,
      endColumn: 1,
      fixable: false,
      url: markdownlintDocs("md001")
    });
  }
  if (hasTitle && article && mdConfig.MD025) {
    const reported = new Set(diagnostics.filter((d) => d.ruleId === "MD025").map((d) => d.line));
    for (const heading of article.body.headings) {
      if (heading.depth !== 1 || reported.has(heading.start.line))
        continue;
      diagnostics.push({
        ruleId: "MD025",
        severity: md.severityOf("MD025"),
        message: `Multiple top-level headings in the same document (the front-matter title is the first) [${heading.text}]`,
        line: heading.start.line,
        column: 1,
        endLine: heading.start.line,
        endColumn: 1,
        fixable: false,
        url: markdownlintDocs("md025")
      });
    }
  }
  const kept = diagnostics.filter((diagnostic) => !isSuppressed(diagnostic, directives)).sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
  const errorCount = kept.filter((diagnostic) => diagnostic.severity === "error").length;
  return {
    result: {
      path: input.path,
      metrics: article ? articleMetrics(article) : emptyMetrics(),
      diagnostics: kept,
      errorCount,
      warningCount: kept.length - errorCount
    },
    summary: summarize(input.path, article, settings.rules, directives),
    fixes,
    article
  };
}
function summarize(path, article, rules2, directives) {
  const summary = { path, fields: {}, uniqueSeverity: void 0 };
  const severity = rules2["unique-metadata"]?.severity;
  if (!article || severity === void 0 || severity === "off" || !ruleById.has("unique-metadata"))
    return summary;
  const probe = (line) => ({
    ruleId: "unique-metadata",
    severity,
    message: "",
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
    fixable: false
  });
  const { keyLines } = article.frontMatter;
  const values = {
    slug: article.slug,
    title: article.title?.text,
    description: article.description,
    keyphrase: article.keyphrase
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === void 0 || value.trim() === "")
      continue;
    const line = key === "title" && article.title ? article.title.start.line : keyLines[key] ?? 1;
    if (isSuppressed(probe(line), directives))
      continue;
    summary.fields[key] = { value: value.trim(), line };
  }
  summary.uniqueSeverity = severity;
  return summary;
}

// ../linter/dist/lint-document.js
var MAX_FIX_PASSES = 10;
function sourceLoader(input) {
  return (article) => {
    if (typeof input.source === "string")
      return { path: "(source)", text: input.source, lang: void 0 };
    if (input.source)
      return input.source;
    const named = article.frontMatter.data?.source;
    if (typeof named !== "string" || named.trim() === "")
      return void 0;
    const path = resolve(input.config.baseDir, named);
    try {
      return { path, text: stripBom(readFileSync(path, "utf8")), lang: void 0 };
    } catch {
      return void 0;
    }
  };
}
function lintDocument(input) {
  return lintWithEngine({
    path: input.path,
    text: stripBom(input.text),
    settings: settingsFor(input.config, configRelative(input.config, input.absolutePath ?? input.path)),
    config: input.config,
    source: sourceLoader(input),
    preDiagnostics: input.preDiagnostics ?? [],
    ...input.project ? { project: input.project } : {}
  });
}
function applyFixes(text, fixes) {
  const sorted = [...fixes].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let cursor = 0;
  for (const fix of sorted) {
    if (fix.start < cursor)
      continue;
    out += text.slice(cursor, fix.start) + fix.text;
    cursor = fix.end;
  }
  return out + text.slice(cursor);
}
function fixDocument(input) {
  let text = stripBom(input.text);
  let output = lintDocument({ ...input, text });
  for (let pass = 0; pass < MAX_FIX_PASSES && output.fixes.length > 0; pass++) {
    const next = applyFixes(text, output.fixes);
    if (next === text)
      break;
    text = next;
    output = lintDocument({ ...input, text });
  }
  return { text, output };
}
var encodingDiagnostic = (config, message) => {
  const severity = config.rules["file-encoding"]?.severity ?? "error";
  return severity === "off" ? void 0 : fileDiagnostic("file-encoding", severity, message, docsUrl("file-encoding"));
};

// ../linter/dist/v8-tiering.js
import { setFlagsFromString } from "node:v8";
var TURBOFAN_FILE_BYTES = 1024 * 1024;
var turbofanOn = false;
function turbofanForFile(bytes) {
  if (turbofanOn || bytes < TURBOFAN_FILE_BYTES)
    return;
  turbofanOn = true;
  setFlagsFromString("--turbofan");
}

// ../linter/dist/lint-file.js
var single = (path, diagnostic) => {
  const diagnostics = diagnostic ? [diagnostic] : [];
  const errorCount = diagnostics.filter((item) => item.severity === "error").length;
  return {
    result: {
      path,
      metrics: emptyMetrics(),
      diagnostics,
      errorCount,
      warningCount: diagnostics.length - errorCount
    },
    summary: { path, fields: {}, uniqueSeverity: void 0 },
    fixed: false
  };
};
function lintFile(job, config, fix) {
  let bytes;
  try {
    bytes = readFileSync2(job.absolutePath);
  } catch (error) {
    const reason = error.code ?? error.message;
    return single(job.path, encodingDiagnostic(config, `The file could not be read (${reason}).`));
  }
  turbofanForFile(bytes.length);
  const decoded = decodeBytes(bytes);
  if (decoded.kind === "binary") {
    return single(job.path, encodingDiagnostic(config, `Not a text file: ${decoded.reason}; it was not linted.`));
  }
  const warning = decoded.warning ? encodingDiagnostic(config, decoded.warning) : void 0;
  const preDiagnostics = warning ? [{ ...warning, severity: "warning" }] : [];
  const input = {
    path: job.path,
    absolutePath: job.absolutePath,
    text: decoded.text,
    config,
    preDiagnostics
  };
  try {
    return lintDecoded(job, input, decoded.text, fix);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return single(job.path, {
      ruleId: "internal-error",
      severity: "error",
      message: `Plume failed on this file (a bug, please report it): ${message}`,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      fixable: false
    });
  }
}
function lintDecoded(job, input, original, fix) {
  if (!fix) {
    const output2 = lintDocument(input);
    return { result: output2.result, summary: output2.summary, fixed: false };
  }
  const { text, output } = fixDocument(input);
  const fixed = text !== original;
  if (fixed) {
    try {
      writeFileSync(job.absolutePath, text);
    } catch (error) {
      return single(job.path, encodingDiagnostic(input.config, `Fixes could not be written (${error.code}).`));
    }
  }
  return { result: output.result, summary: output.summary, fixed };
}
export {
  lintFile
};
