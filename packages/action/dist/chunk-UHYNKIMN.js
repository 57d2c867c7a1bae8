import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-A4GP3SDO.js";

// ../../node_modules/.pnpm/picocolors@1.1.1/node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "../../node_modules/.pnpm/picocolors@1.1.1/node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors2 = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors2();
    module.exports.createColors = createColors2;
  }
});

// ../linter/dist/format/stylish.js
var import_picocolors = __toESM(require_picocolors(), 1);
var VERDICTS = {
  good: "good",
  "needs-work": "needs work",
  poor: "poor",
  "no-keyphrase": "no focus keyphrase"
};
function seoLine(seo) {
  const keyphrase = seo.keyphrase === null ? "" : ` \xB7 keyphrase \xAB ${seo.keyphrase} \xBB`;
  const problems = seo.problems.length > 0 ? ` (${seo.problems.join(", ")})` : "";
  return `SEO: ${VERDICTS[seo.verdict]}${keyphrase}${problems}`;
}
function formatStylish(report, color) {
  const c = (0, import_picocolors.createColors)(color);
  const lines = [];
  for (const file of report.files) {
    if (file.diagnostics.length === 0) {
      if (file.seo?.keyphrase)
        lines.push(`${c.underline(file.path)}  ${c.green(seoLine(file.seo))}`, "");
      continue;
    }
    lines.push(c.underline(file.path));
    if (file.seo) {
      const seo = seoLine(file.seo);
      lines.push(`  ${file.seo.verdict === "good" ? c.green(seo) : c.yellow(seo)}`);
    }
    const width = Math.max(...file.diagnostics.map((d) => `${d.line}:${d.column}`.length));
    for (const d of file.diagnostics) {
      const where = `${d.line}:${d.column}`.padEnd(width);
      const severity = d.severity === "error" ? c.red("error  ") : c.yellow("warning");
      lines.push(`  ${c.dim(where)}  ${severity}  ${d.message}  ${c.dim(d.ruleId)}`);
    }
    lines.push("");
  }
  const total = report.errorCount + report.warningCount;
  if (total === 0) {
    lines.push(c.green(`\u2714 ${report.files.length} file(s) linted, no problems`));
  } else {
    const summary = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${report.errorCount} error${report.errorCount === 1 ? "" : "s"}, ${report.warningCount} warning${report.warningCount === 1 ? "" : "s"}) in ${report.files.length} file(s)`;
    lines.push(report.errorCount > 0 ? c.red(c.bold(summary)) : c.yellow(c.bold(summary)));
    const fixable = report.files.reduce((n, file) => n + file.diagnostics.filter((d) => d.fixable).length, 0);
    if (fixable > 0)
      lines.push(c.dim(`  ${fixable} fixable with --fix`));
  }
  return `${lines.join("\n")}
`;
}

export {
  seoLine,
  formatStylish
};
