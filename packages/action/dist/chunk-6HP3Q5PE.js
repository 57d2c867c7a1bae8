import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-A4GP3SDO.js";

// ../../node_modules/.pnpm/markdownlint@0.42.1/node_modules/markdownlint/helpers/shared.cjs
var require_shared = __commonJS({
  "../../node_modules/.pnpm/markdownlint@0.42.1/node_modules/markdownlint/helpers/shared.cjs"(exports, module) {
    "use strict";
    module.exports.flatTokensSymbol = /* @__PURE__ */ Symbol("flat-tokens");
    module.exports.htmlFlowSymbol = /* @__PURE__ */ Symbol("html-flow");
    module.exports.newlineRe = /\r\n?|\n/g;
    module.exports.nextLinesRe = /[\r\n][\s\S]*$/;
  }
});

// ../../node_modules/.pnpm/markdownlint@0.42.1/node_modules/markdownlint/lib/markdownit.cjs
var require_markdownit = __commonJS({
  "../../node_modules/.pnpm/markdownlint@0.42.1/node_modules/markdownlint/lib/markdownit.cjs"(exports, module) {
    var { newlineRe } = require_shared();
    function forEachInlineCodeSpan(input, handler) {
      const backtickRe = /`+/g;
      let match = null;
      const backticksLengthAndIndex = [];
      while ((match = backtickRe.exec(input)) !== null) {
        backticksLengthAndIndex.push([match[0].length, match.index]);
      }
      const newLinesIndex = [];
      while ((match = newlineRe.exec(input)) !== null) {
        newLinesIndex.push(match.index);
      }
      let lineIndex = 0;
      let lineStartIndex = 0;
      let k = 0;
      for (let i = 0; i < backticksLengthAndIndex.length - 1; i++) {
        const [startLength, startIndex] = backticksLengthAndIndex[i];
        if (startIndex === 0 || input[startIndex - 1] !== "\\") {
          for (let j = i + 1; j < backticksLengthAndIndex.length; j++) {
            const [endLength, endIndex] = backticksLengthAndIndex[j];
            if (startLength === endLength) {
              for (; k < newLinesIndex.length; k++) {
                const newlineIndex = newLinesIndex[k];
                if (startIndex < newlineIndex) {
                  break;
                }
                lineIndex++;
                lineStartIndex = newlineIndex + 1;
              }
              const columnIndex = startIndex - lineStartIndex + startLength;
              handler(
                input.slice(startIndex + startLength, endIndex),
                lineIndex,
                columnIndex,
                startLength
              );
              i = j;
              break;
            }
          }
        }
      }
    }
    function freezeToken(token) {
      if (token.attrs) {
        for (const attr of token.attrs) {
          Object.freeze(attr);
        }
        Object.freeze(token.attrs);
      }
      if (token.children) {
        for (const child of token.children) {
          freezeToken(child);
        }
        Object.freeze(token.children);
      }
      if (token.map) {
        Object.freeze(token.map);
      }
      if (token.meta) {
        for (const meta in token.meta) {
          Object.freeze(meta);
        }
        Object.freeze(token.meta);
      }
      Object.freeze(token);
    }
    function annotateAndFreezeTokens(tokens, lines) {
      let trMap = null;
      const markdownItTokens = tokens;
      for (const token of markdownItTokens) {
        if (token.type === "tr_open") {
          trMap = token.map;
        } else if (token.type === "tr_close") {
          trMap = null;
        }
        if (trMap && !token.map) {
          token.map = [...trMap];
        }
        if (token.map) {
          token.line = lines[token.map[0]];
          token.lineNumber = token.map[0] + 1;
          while (token.map[1] && !(lines[token.map[1] - 1] || "").trim()) {
            token.map[1]--;
          }
        }
        if (token.children) {
          const codeSpanExtraLines = [];
          if (token.children.some((child) => child.type === "code_inline")) {
            forEachInlineCodeSpan(token.content, (code) => {
              codeSpanExtraLines.push(code.split(newlineRe).length - 1);
            });
          }
          let lineNumber = token.lineNumber;
          for (const child of token.children) {
            child.lineNumber = lineNumber;
            child.line = lines[lineNumber - 1];
            if (child.type === "softbreak" || child.type === "hardbreak") {
              lineNumber++;
            } else if (child.type === "code_inline") {
              lineNumber += codeSpanExtraLines.shift() || 0;
            }
          }
        }
        freezeToken(token);
      }
      Object.freeze(tokens);
    }
    function getMarkdownItTokens(markdownIt, content, lines) {
      const tokens = markdownIt.parse(content, {});
      annotateAndFreezeTokens(tokens, lines);
      return tokens;
    }
    module.exports = {
      forEachInlineCodeSpan,
      getMarkdownItTokens
    };
  }
});

export {
  require_shared,
  require_markdownit
};
