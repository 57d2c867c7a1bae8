import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  articleCounts,
  configRelative,
  docsUrl,
  fileOffsetOf,
  findQuotes,
  isProseBlock,
  keepProseFixes,
  lintSync,
  nonProseRanges,
  renderBlocks,
  require_dist,
  roundedScore,
  rules,
  settingsFor,
  splitSentences,
  tokenizeWords
} from "./chunk-O7TABLVA.js";
import {
  __toESM
} from "./chunk-A4GP3SDO.js";

// ../linter/dist/report/diagnostic.js
var FILE_START = { line: 1, column: 1 };
function makeDiagnostic(fields) {
  const end = fields.end ?? fields.at;
  return {
    ruleId: fields.ruleId,
    severity: fields.severity,
    message: fields.message,
    line: fields.at.line,
    column: fields.at.column,
    endLine: end.line,
    endColumn: end.column,
    fixable: fields.fixable ?? false,
    ...fields.url === void 0 ? {} : { url: fields.url }
  };
}
var compareDiagnostics = (a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
var sortDiagnostics = (diagnostics) => [...diagnostics].sort(compareDiagnostics);
function countDiagnostics(diagnostics) {
  let errorCount = 0;
  for (const diagnostic of diagnostics)
    if (diagnostic.severity === "error")
      errorCount++;
  return { errorCount, warningCount: diagnostics.length - errorCount };
}

// ../linter/dist/report/make-report.js
function fileResult(path, metrics, diagnostics) {
  const sorted = sortDiagnostics(diagnostics);
  return { path, metrics, diagnostics: sorted, ...countDiagnostics(sorted) };
}
function withDiagnostics(result, extra) {
  if (extra.length === 0)
    return result;
  return fileResult(result.path, result.metrics, [...result.diagnostics, ...extra]);
}
function makeReport(files) {
  let errorCount = 0;
  let warningCount = 0;
  for (const file of files) {
    errorCount += file.errorCount;
    warningCount += file.warningCount;
  }
  return { version: 1, files, errorCount, warningCount };
}

// ../linter/dist/lint/metrics.js
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

// ../linter/dist/text/bom.js
var stripBom = (text) => text.charCodeAt(0) === 65279 ? text.slice(1) : text;

// ../linter/dist/article/article-builder.js
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
  const sentenceSpan = (block, range, sentenceWords, prose) => ({
    text: block.text.slice(range.start, range.end),
    start: positionAt(fileOffsetOf(block, range.start)),
    end: positionAt(fileOffsetOf(block, range.end, true)),
    words: sentenceWords,
    prose
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
    const prose = isProseBlock(block, blockWordRanges.length);
    let w = 0;
    for (const range of splitSentences(block.text)) {
      const sentenceWords = [];
      while (w < blockWordRanges.length && blockWordRanges[w].start < range.end) {
        if (blockWordRanges[w].start >= range.start)
          sentenceWords.push(blockWordSpans[w]);
        w++;
      }
      blockSentences.push(sentenceSpan(block, range, sentenceWords, prose));
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
  let nonProse;
  const lang = stringField(data, "lang") ?? input.lang;
  return {
    path: input.path,
    text,
    lang,
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
    // Found when first read: only the typography rule and the fixer read them.
    get nonProse() {
      nonProse ??= nonProseRanges(text, input.tokens, offsetOf, frontMatter.end?.offset ?? 0, lang.toLowerCase().split("-")[0] ?? lang);
      return nonProse;
    },
    positionAt,
    blocks
  };
}

// ../linter/dist/article/front-matter.js
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

// ../linter/dist/lint/directives.js
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

// ../linter/dist/lint/rule-diagnostic.js
function ruleDiagnostic(rule, configured, report, fallback) {
  return makeDiagnostic({
    ruleId: rule.meta.id,
    severity: report.severity === "warning" ? "warning" : configured,
    message: report.message,
    at: report.at ?? fallback,
    end: report.end,
    fixable: report.fix !== void 0,
    url: docsUrl(rule.meta.id)
  });
}

// ../linter/dist/lint/file-problems.js
function fileProblemDiagnostics(problems, settings) {
  const diagnostics = [];
  if (problems.length === 0)
    return diagnostics;
  for (const rule of rules) {
    const severity = settings[rule.meta.id]?.severity;
    if (!rule.checkFile || severity === void 0 || severity === "off")
      continue;
    for (const problem of problems) {
      rule.checkFile({
        problem,
        options: settings[rule.meta.id]?.options,
        report: (report) => diagnostics.push(ruleDiagnostic(rule, severity, report, FILE_START))
      });
    }
  }
  return diagnostics;
}

// ../linter/dist/lint/markdownlint-config.js
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

// ../linter/dist/lint/engine.js
var ENGINE_RULE = "plume-engine";
var YAML_FRONT_MATTER = /^---[^\S\r\n\u2028\u2029]*$[\s\S]+?^---[^\S\r\n\u2028\u2029]*(?:\r\n|\r|\n|$)/m;
function markdownlintFix(error, text, lineStarts, eol) {
  const info = error.fixInfo;
  if (!info)
    return void 0;
  const line = info.lineNumber ?? error.lineNumber;
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
  const crashes = [];
  const crossFile = {};
  let article;
  let directives = [];
  const engineRule = {
    names: [ENGINE_RULE],
    description: "Plume rules",
    tags: ["plume"],
    parser: "micromark",
    function(params) {
      const tokens = params.parsers.micromark?.tokens ?? [];
      const bodyLineOffset = params.frontMatterLines.length;
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
      for (const rule of enabled) {
        const setting = settings.rules[rule.meta.id];
        try {
          rule.check?.({
            article: built,
            options: setting?.options,
            source,
            words: config.words,
            report: (report) => reports.push({ rule, report })
          });
          if (rule.collect && setting && setting.severity !== "off") {
            const facts = rule.collect({
              article: built,
              options: setting.options,
              isReported: (at) => !isSuppressed({ ruleId: rule.meta.id, line: at.line }, directives)
            });
            crossFile[rule.meta.id] = { severity: setting.severity, facts };
          }
        } catch (error) {
          crashes.push({ rule, message: error instanceof Error ? error.message : String(error) });
        }
      }
    }
  };
  const results = lintSync({
    strings: { [input.path]: text },
    frontMatter: YAML_FRONT_MATTER,
    config: { ...md.config, [ENGINE_RULE]: true },
    customRules: [engineRule],
    handleRuleFailures: false
  });
  const lineStarts = lineStartsOf(text);
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  const diagnostics = fileProblemDiagnostics(input.fileProblems ?? [], settings.rules);
  const fixOf = /* @__PURE__ */ new Map();
  const bodyStart = article?.body.start ?? { line: 1, column: 1, offset: 0 };
  for (const { rule, report } of reports) {
    const configured = settings.rules[rule.meta.id]?.severity;
    if (configured === void 0 || configured === "off")
      continue;
    const diagnostic = ruleDiagnostic(rule, configured, report, bodyStart);
    diagnostics.push(diagnostic);
    if (report.fix)
      fixOf.set(diagnostic, report.fix);
  }
  for (const { rule, message } of crashes) {
    diagnostics.push(ruleDiagnostic(rule, "error", { message: `The rule failed on this file (a bug in Plume, please report it): ${message}` }, bodyStart));
  }
  for (const error of results[input.path] ?? []) {
    const name = error.ruleNames[0] ?? "MD000";
    if (name === ENGINE_RULE)
      continue;
    const column = error.errorRange?.[0] ?? 1;
    const line = error.lineNumber;
    const fix = markdownlintFix(error, text, lineStarts, eol);
    const diagnostic = makeDiagnostic({
      ruleId: name,
      severity: md.severityOf(name),
      message: markdownlintMessage(error),
      at: { line, column },
      end: { line, column: column + (error.errorRange?.[1] ?? 0) },
      fixable: fix !== void 0,
      url: error.ruleInformation || void 0
    });
    diagnostics.push(diagnostic);
    if (fix)
      fixOf.set(diagnostic, fix);
  }
  const kept = diagnostics.filter((diagnostic) => !isSuppressed(diagnostic, directives));
  const fixes = keepProseFixes(kept, fixOf, article?.nonProse ?? []);
  return {
    result: fileResult(input.path, article ? articleMetrics(article) : emptyMetrics(), kept),
    crossFile,
    fixes,
    article
  };
}

// ../linter/dist/lint/lint-document.js
var MAX_FIX_PASSES = 10;
function sourceLoader(source) {
  if (typeof source === "function")
    return source;
  if (typeof source === "string")
    return () => ({ path: "(source)", text: source, lang: void 0 });
  if (source)
    return () => source;
  return void 0;
}
var settingsOf = (input) => settingsFor(input.config, configRelative(input.config, input.absolutePath ?? input.path));
function lintDocument(input) {
  return lintWithEngine({
    path: input.path,
    text: stripBom(input.text),
    settings: settingsOf(input),
    config: input.config,
    source: sourceLoader(input.source),
    fileProblems: input.fileProblems ?? []
  });
}
function fileProblemResult(input, problem) {
  const diagnostics = fileProblemDiagnostics([problem], settingsOf(input).rules);
  return fileResult(input.path, emptyMetrics(), diagnostics);
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

// ../linter/dist/run/read-source.js
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var readNamedSource = (baseDir) => (article) => {
  const named = article.frontMatter.data?.source;
  if (typeof named !== "string" || named.trim() === "")
    return void 0;
  const path = resolve(baseDir, named);
  try {
    return { path, text: stripBom(readFileSync(path, "utf8")), lang: void 0 };
  } catch {
    return void 0;
  }
};

export {
  FILE_START,
  makeDiagnostic,
  ruleDiagnostic,
  fileResult,
  withDiagnostics,
  makeReport,
  parseFrontMatter,
  stripBom,
  emptyMetrics,
  lintDocument,
  fileProblemResult,
  fixDocument,
  readNamedSource
};
