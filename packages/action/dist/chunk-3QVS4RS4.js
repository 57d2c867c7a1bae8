import { createRequire as __plumeCreateRequire } from 'node:module'; const require = __plumeCreateRequire(import.meta.url);
import {
  __commonJS,
  __toESM
} from "./chunk-A4GP3SDO.js";

// ../../node_modules/.pnpm/is-buffer@2.0.5/node_modules/is-buffer/index.js
var require_is_buffer = __commonJS({
  "../../node_modules/.pnpm/is-buffer@2.0.5/node_modules/is-buffer/index.js"(exports, module) {
    module.exports = function isBuffer(obj) {
      return obj != null && obj.constructor != null && typeof obj.constructor.isBuffer === "function" && obj.constructor.isBuffer(obj);
    };
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/rule-codes.js
var require_rule_codes = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/rule-codes.js"(exports, module) {
    "use strict";
    module.exports = ruleCodes;
    var NO_CODES = [];
    function ruleCodes(flags, value) {
      var index = 0;
      var result;
      if (!value) return NO_CODES;
      if (flags.FLAG === "long") {
        result = new Array(Math.ceil(value.length / 2));
        while (index < value.length) {
          result[index / 2] = value.slice(index, index + 2);
          index += 2;
        }
        return result;
      }
      return value.split(flags.FLAG === "num" ? "," : "");
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/affix.js
var require_affix = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/affix.js"(exports, module) {
    "use strict";
    var parse = require_rule_codes();
    module.exports = affix;
    var push = [].push;
    var alphabet = "etaoinshrdlcumwfgypbvkjxqz".split("");
    var whiteSpaceExpression = /\s+/;
    var defaultKeyboardLayout = [
      "qwertzuop",
      "yxcvbnm",
      "qaw",
      "say",
      "wse",
      "dsx",
      "sy",
      "edr",
      "fdc",
      "dx",
      "rft",
      "gfv",
      "fc",
      "tgz",
      "hgb",
      "gv",
      "zhu",
      "jhn",
      "hb",
      "uji",
      "kjm",
      "jn",
      "iko",
      "lkm"
    ];
    function affix(doc) {
      var rules = /* @__PURE__ */ Object.create(null);
      var compoundRuleCodes = /* @__PURE__ */ Object.create(null);
      var flags = /* @__PURE__ */ Object.create(null);
      var replacementTable = [];
      var conversion = { in: [], out: [] };
      var compoundRules = [];
      var aff = doc.toString("utf8");
      var lines = [];
      var last = 0;
      var index = aff.indexOf("\n");
      var parts;
      var line;
      var ruleType;
      var count;
      var remove;
      var add;
      var source;
      var entry;
      var position;
      var rule;
      var value;
      var offset;
      var character;
      flags.KEY = [];
      while (index > -1) {
        pushLine(aff.slice(last, index));
        last = index + 1;
        index = aff.indexOf("\n", last);
      }
      pushLine(aff.slice(last));
      index = -1;
      while (++index < lines.length) {
        line = lines[index];
        parts = line.split(whiteSpaceExpression);
        ruleType = parts[0];
        if (ruleType === "REP") {
          count = index + parseInt(parts[1], 10);
          while (++index <= count) {
            parts = lines[index].split(whiteSpaceExpression);
            replacementTable.push([parts[1], parts[2]]);
          }
          index--;
        } else if (ruleType === "ICONV" || ruleType === "OCONV") {
          count = index + parseInt(parts[1], 10);
          entry = conversion[ruleType === "ICONV" ? "in" : "out"];
          while (++index <= count) {
            parts = lines[index].split(whiteSpaceExpression);
            entry.push([new RegExp(parts[1], "g"), parts[2]]);
          }
          index--;
        } else if (ruleType === "COMPOUNDRULE") {
          count = index + parseInt(parts[1], 10);
          while (++index <= count) {
            rule = lines[index].split(whiteSpaceExpression)[1];
            position = -1;
            compoundRules.push(rule);
            while (++position < rule.length) {
              compoundRuleCodes[rule.charAt(position)] = [];
            }
          }
          index--;
        } else if (ruleType === "PFX" || ruleType === "SFX") {
          count = index + parseInt(parts[3], 10);
          rule = {
            type: ruleType,
            combineable: parts[2] === "Y",
            entries: []
          };
          rules[parts[1]] = rule;
          while (++index <= count) {
            parts = lines[index].split(whiteSpaceExpression);
            remove = parts[2];
            add = parts[3].split("/");
            source = parts[4];
            entry = {
              add: "",
              remove: "",
              match: "",
              continuation: parse(flags, add[1])
            };
            if (add && add[0] !== "0") {
              entry.add = add[0];
            }
            try {
              if (remove !== "0") {
                entry.remove = ruleType === "SFX" ? end(remove) : remove;
              }
              if (source && source !== ".") {
                entry.match = ruleType === "SFX" ? end(source) : start(source);
              }
            } catch (_) {
              entry = null;
            }
            if (entry) {
              rule.entries.push(entry);
            }
          }
          index--;
        } else if (ruleType === "TRY") {
          source = parts[1];
          offset = -1;
          value = [];
          while (++offset < source.length) {
            character = source.charAt(offset);
            if (character.toLowerCase() === character) {
              value.push(character);
            }
          }
          offset = -1;
          while (++offset < alphabet.length) {
            if (source.indexOf(alphabet[offset]) < 0) {
              value.push(alphabet[offset]);
            }
          }
          flags[ruleType] = value;
        } else if (ruleType === "KEY") {
          push.apply(flags[ruleType], parts[1].split("|"));
        } else if (ruleType === "COMPOUNDMIN") {
          flags[ruleType] = Number(parts[1]);
        } else if (ruleType === "ONLYINCOMPOUND") {
          flags[ruleType] = parts[1];
          compoundRuleCodes[parts[1]] = [];
        } else if (ruleType === "FLAG" || ruleType === "KEEPCASE" || ruleType === "NOSUGGEST" || ruleType === "WORDCHARS") {
          flags[ruleType] = parts[1];
        } else {
          flags[ruleType] = parts[1];
        }
      }
      if (isNaN(flags.COMPOUNDMIN)) {
        flags.COMPOUNDMIN = 3;
      }
      if (!flags.KEY.length) {
        flags.KEY = defaultKeyboardLayout;
      }
      if (!flags.TRY) {
        flags.TRY = alphabet.concat();
      }
      if (!flags.KEEPCASE) {
        flags.KEEPCASE = false;
      }
      return {
        compoundRuleCodes,
        replacementTable,
        conversion,
        compoundRules,
        rules,
        flags
      };
      function pushLine(line2) {
        line2 = line2.trim();
        if (line2 && line2.charCodeAt(0) !== 35) {
          lines.push(line2);
        }
      }
    }
    function end(source) {
      return new RegExp(source + "$");
    }
    function start(source) {
      return new RegExp("^" + source);
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/normalize.js
var require_normalize = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/normalize.js"(exports, module) {
    "use strict";
    module.exports = normalize;
    function normalize(value, patterns) {
      var index = -1;
      while (++index < patterns.length) {
        value = value.replace(patterns[index][0], patterns[index][1]);
      }
      return value;
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/flag.js
var require_flag = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/flag.js"(exports, module) {
    "use strict";
    module.exports = flag;
    function flag(values, value, flags) {
      return flags && value in values && flags.indexOf(values[value]) > -1;
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/exact.js
var require_exact = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/exact.js"(exports, module) {
    "use strict";
    var flag = require_flag();
    module.exports = exact;
    function exact(context, value) {
      var index = -1;
      if (context.data[value]) {
        return !flag(context.flags, "ONLYINCOMPOUND", context.data[value]);
      }
      if (value.length >= context.flags.COMPOUNDMIN) {
        while (++index < context.compoundRules.length) {
          if (context.compoundRules[index].test(value)) {
            return true;
          }
        }
      }
      return false;
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/form.js
var require_form = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/form.js"(exports, module) {
    "use strict";
    var normalize = require_normalize();
    var exact = require_exact();
    var flag = require_flag();
    module.exports = form;
    function form(context, value, all) {
      var normal = value.trim();
      var alternative;
      if (!normal) {
        return null;
      }
      normal = normalize(normal, context.conversion.in);
      if (exact(context, normal)) {
        if (!all && flag(context.flags, "FORBIDDENWORD", context.data[normal])) {
          return null;
        }
        return normal;
      }
      if (normal.toUpperCase() === normal) {
        alternative = normal.charAt(0) + normal.slice(1).toLowerCase();
        if (ignore(context.flags, context.data[alternative], all)) {
          return null;
        }
        if (exact(context, alternative)) {
          return alternative;
        }
      }
      alternative = normal.toLowerCase();
      if (alternative !== normal) {
        if (ignore(context.flags, context.data[alternative], all)) {
          return null;
        }
        if (exact(context, alternative)) {
          return alternative;
        }
      }
      return null;
    }
    function ignore(flags, dict, all) {
      return flag(flags, "KEEPCASE", dict) || all || flag(flags, "FORBIDDENWORD", dict);
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/correct.js
var require_correct = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/correct.js"(exports, module) {
    "use strict";
    var form = require_form();
    module.exports = correct;
    function correct(value) {
      return Boolean(form(this, value));
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/casing.js
var require_casing = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/casing.js"(exports, module) {
    "use strict";
    module.exports = casing;
    function casing(value) {
      var head = exact(value.charAt(0));
      var rest = value.slice(1);
      if (!rest) {
        return head;
      }
      rest = exact(rest);
      if (head === rest) {
        return head;
      }
      if (head === "u" && rest === "l") {
        return "s";
      }
      return null;
    }
    function exact(value) {
      return value === value.toLowerCase() ? "l" : value === value.toUpperCase() ? "u" : null;
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/suggest.js
var require_suggest = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/suggest.js"(exports, module) {
    "use strict";
    var casing = require_casing();
    var normalize = require_normalize();
    var flag = require_flag();
    var form = require_form();
    module.exports = suggest;
    var push = [].push;
    function suggest(value) {
      var self = this;
      var charAdded = {};
      var suggestions = [];
      var weighted = {};
      var memory;
      var replacement;
      var edits = [];
      var values;
      var index;
      var offset;
      var position;
      var count;
      var otherOffset;
      var otherCharacter;
      var character;
      var group;
      var before;
      var after;
      var upper;
      var insensitive;
      var firstLevel;
      var previous;
      var next;
      var nextCharacter;
      var max;
      var distance;
      var size;
      var normalized;
      var suggestion;
      var currentCase;
      value = normalize(value.trim(), self.conversion.in);
      if (!value || self.correct(value)) {
        return [];
      }
      currentCase = casing(value);
      index = -1;
      while (++index < self.replacementTable.length) {
        replacement = self.replacementTable[index];
        offset = value.indexOf(replacement[0]);
        while (offset > -1) {
          edits.push(value.replace(replacement[0], replacement[1]));
          offset = value.indexOf(replacement[0], offset + 1);
        }
      }
      index = -1;
      while (++index < value.length) {
        character = value.charAt(index);
        before = value.slice(0, index);
        after = value.slice(index + 1);
        insensitive = character.toLowerCase();
        upper = insensitive !== character;
        charAdded = {};
        offset = -1;
        while (++offset < self.flags.KEY.length) {
          group = self.flags.KEY[offset];
          position = group.indexOf(insensitive);
          if (position < 0) {
            continue;
          }
          otherOffset = -1;
          while (++otherOffset < group.length) {
            if (otherOffset !== position) {
              otherCharacter = group.charAt(otherOffset);
              if (charAdded[otherCharacter]) {
                continue;
              }
              charAdded[otherCharacter] = true;
              if (upper) {
                otherCharacter = otherCharacter.toUpperCase();
              }
              edits.push(before + otherCharacter + after);
            }
          }
        }
      }
      index = -1;
      nextCharacter = value.charAt(0);
      values = [""];
      max = 1;
      distance = 0;
      while (++index < value.length) {
        character = nextCharacter;
        nextCharacter = value.charAt(index + 1);
        before = value.slice(0, index);
        replacement = character === nextCharacter ? "" : character + character;
        offset = -1;
        count = values.length;
        while (++offset < count) {
          if (offset <= max) {
            values.push(values[offset] + replacement);
          }
          values[offset] += character;
        }
        if (++distance < 3) {
          max = values.length;
        }
      }
      push.apply(edits, values);
      values = [value];
      replacement = value.toLowerCase();
      if (value === replacement || currentCase === null) {
        values.push(value.charAt(0).toUpperCase() + replacement.slice(1));
      }
      replacement = value.toUpperCase();
      if (value !== replacement) {
        values.push(replacement);
      }
      memory = {
        state: {},
        weighted,
        suggestions
      };
      firstLevel = generate(self, memory, values, edits);
      previous = 0;
      max = Math.min(firstLevel.length, Math.pow(Math.max(15 - value.length, 3), 3));
      size = Math.max(Math.pow(10 - value.length, 3), 1);
      while (!suggestions.length && previous < max) {
        next = previous + size;
        generate(self, memory, firstLevel.slice(previous, next));
        previous = next;
      }
      suggestions.sort(sort);
      values = [];
      normalized = [];
      index = -1;
      while (++index < suggestions.length) {
        suggestion = normalize(suggestions[index], self.conversion.out);
        replacement = suggestion.toLowerCase();
        if (normalized.indexOf(replacement) < 0) {
          values.push(suggestion);
          normalized.push(replacement);
        }
      }
      return values;
      function sort(a, b) {
        return sortWeight(a, b) || sortCasing(a, b) || sortAlpha(a, b);
      }
      function sortWeight(a, b) {
        return weighted[a] === weighted[b] ? 0 : weighted[a] > weighted[b] ? -1 : 1;
      }
      function sortCasing(a, b) {
        var leftCasing = casing(a);
        var rightCasing = casing(b);
        return leftCasing === rightCasing ? 0 : leftCasing === currentCase ? -1 : rightCasing === currentCase ? 1 : void 0;
      }
      function sortAlpha(a, b) {
        return a.localeCompare(b);
      }
    }
    function generate(context, memory, words, edits) {
      var characters = context.flags.TRY;
      var data = context.data;
      var flags = context.flags;
      var result = [];
      var index = -1;
      var word;
      var before;
      var character;
      var nextCharacter;
      var nextAfter;
      var nextNextAfter;
      var nextUpper;
      var currentCase;
      var position;
      var after;
      var upper;
      var inject;
      var offset;
      if (edits) {
        while (++index < edits.length) {
          check(edits[index], true);
        }
      }
      index = -1;
      while (++index < words.length) {
        word = words[index];
        before = "";
        character = "";
        nextCharacter = word.charAt(0);
        nextAfter = word;
        nextNextAfter = word.slice(1);
        nextUpper = nextCharacter.toLowerCase() !== nextCharacter;
        currentCase = casing(word);
        position = -1;
        while (++position <= word.length) {
          before += character;
          after = nextAfter;
          nextAfter = nextNextAfter;
          nextNextAfter = nextAfter.slice(1);
          character = nextCharacter;
          nextCharacter = word.charAt(position + 1);
          upper = nextUpper;
          if (nextCharacter) {
            nextUpper = nextCharacter.toLowerCase() !== nextCharacter;
          }
          if (nextAfter && upper !== nextUpper) {
            check(before + switchCase(nextAfter));
            check(
              before + switchCase(nextCharacter) + switchCase(character) + nextNextAfter
            );
          }
          check(before + nextAfter);
          if (nextAfter) {
            check(before + nextCharacter + character + nextNextAfter);
          }
          offset = -1;
          while (++offset < characters.length) {
            inject = characters[offset];
            if (upper && inject !== inject.toUpperCase()) {
              if (currentCase !== "s") {
                check(before + inject + after);
                check(before + inject + nextAfter);
              }
              inject = inject.toUpperCase();
              check(before + inject + after);
              check(before + inject + nextAfter);
            } else {
              check(before + inject + after);
              check(before + inject + nextAfter);
            }
          }
        }
      }
      return result;
      function check(value, double) {
        var state = memory.state[value];
        var corrected;
        if (state !== Boolean(state)) {
          result.push(value);
          corrected = form(context, value);
          state = corrected && !flag(flags, "NOSUGGEST", data[corrected]);
          memory.state[value] = state;
          if (state) {
            memory.weighted[value] = double ? 10 : 0;
            memory.suggestions.push(value);
          }
        }
        if (state) {
          memory.weighted[value]++;
        }
      }
      function switchCase(fragment) {
        var first = fragment.charAt(0);
        return (first.toLowerCase() === first ? first.toUpperCase() : first.toLowerCase()) + fragment.slice(1);
      }
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/spell.js
var require_spell = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/spell.js"(exports, module) {
    "use strict";
    var form = require_form();
    var flag = require_flag();
    module.exports = spell;
    function spell(word) {
      var self = this;
      var value = form(self, word, true);
      return {
        correct: self.correct(word),
        forbidden: Boolean(
          value && flag(self.flags, "FORBIDDENWORD", self.data[value])
        ),
        warn: Boolean(value && flag(self.flags, "WARN", self.data[value]))
      };
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/apply.js
var require_apply = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/apply.js"(exports, module) {
    "use strict";
    module.exports = apply;
    function apply(value, rule, rules, words) {
      var index = -1;
      var entry;
      var next;
      var continuationRule;
      var continuation;
      var position;
      while (++index < rule.entries.length) {
        entry = rule.entries[index];
        continuation = entry.continuation;
        position = -1;
        if (!entry.match || entry.match.test(value)) {
          next = entry.remove ? value.replace(entry.remove, "") : value;
          next = rule.type === "SFX" ? next + entry.add : entry.add + next;
          words.push(next);
          if (continuation && continuation.length) {
            while (++position < continuation.length) {
              continuationRule = rules[continuation[position]];
              if (continuationRule) {
                apply(next, continuationRule, rules, words);
              }
            }
          }
        }
      }
      return words;
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/add.js
var require_add = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/add.js"(exports, module) {
    "use strict";
    var apply = require_apply();
    module.exports = add;
    var push = [].push;
    var NO_RULES = [];
    function addRules(dict, word, rules) {
      var curr = dict[word];
      if (word in dict) {
        if (curr === NO_RULES) {
          dict[word] = rules.concat();
        } else {
          push.apply(curr, rules);
        }
      } else {
        dict[word] = rules.concat();
      }
    }
    function add(dict, word, codes, options) {
      var position = -1;
      var rule;
      var offset;
      var subposition;
      var suboffset;
      var combined;
      var newWords;
      var otherNewWords;
      if (!("NEEDAFFIX" in options.flags) || codes.indexOf(options.flags.NEEDAFFIX) < 0) {
        addRules(dict, word, codes);
      }
      while (++position < codes.length) {
        rule = options.rules[codes[position]];
        if (codes[position] in options.compoundRuleCodes) {
          options.compoundRuleCodes[codes[position]].push(word);
        }
        if (rule) {
          newWords = apply(word, rule, options.rules, []);
          offset = -1;
          while (++offset < newWords.length) {
            if (!(newWords[offset] in dict)) {
              dict[newWords[offset]] = NO_RULES;
            }
            if (rule.combineable) {
              subposition = position;
              while (++subposition < codes.length) {
                combined = options.rules[codes[subposition]];
                if (combined && combined.combineable && rule.type !== combined.type) {
                  otherNewWords = apply(
                    newWords[offset],
                    combined,
                    options.rules,
                    []
                  );
                  suboffset = -1;
                  while (++suboffset < otherNewWords.length) {
                    if (!(otherNewWords[suboffset] in dict)) {
                      dict[otherNewWords[suboffset]] = NO_RULES;
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/add.js
var require_add2 = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/add.js"(exports, module) {
    "use strict";
    var push = require_add();
    module.exports = add;
    var NO_CODES = [];
    function add(value, model) {
      var self = this;
      push(self.data, value, self.data[model] || NO_CODES, self);
      return self;
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/remove.js
var require_remove = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/remove.js"(exports, module) {
    "use strict";
    module.exports = remove;
    function remove(value) {
      var self = this;
      delete self.data[value];
      return self;
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/word-characters.js
var require_word_characters = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/word-characters.js"(exports, module) {
    "use strict";
    module.exports = wordCharacters;
    function wordCharacters() {
      return this.flags.WORDCHARS || null;
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/dictionary.js
var require_dictionary = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/util/dictionary.js"(exports, module) {
    "use strict";
    var parseCodes = require_rule_codes();
    var add = require_add();
    module.exports = parse;
    var whiteSpaceExpression = /\s/g;
    function parse(buf, options, dict) {
      var value = buf.toString("utf8");
      var last = value.indexOf("\n") + 1;
      var index = value.indexOf("\n", last);
      while (index > -1) {
        if (value.charCodeAt(last) !== 9) {
          parseLine(value.slice(last, index), options, dict);
        }
        last = index + 1;
        index = value.indexOf("\n", last);
      }
      parseLine(value.slice(last), options, dict);
    }
    function parseLine(line, options, dict) {
      var slashOffset = line.indexOf("/");
      var hashOffset = line.indexOf("#");
      var codes = "";
      var word;
      var result;
      while (slashOffset > -1 && line.charCodeAt(slashOffset - 1) === 92) {
        line = line.slice(0, slashOffset - 1) + line.slice(slashOffset);
        slashOffset = line.indexOf("/", slashOffset);
      }
      if (hashOffset > -1) {
        if (slashOffset > -1 && slashOffset < hashOffset) {
          word = line.slice(0, slashOffset);
          whiteSpaceExpression.lastIndex = slashOffset + 1;
          result = whiteSpaceExpression.exec(line);
          codes = line.slice(slashOffset + 1, result ? result.index : void 0);
        } else {
          word = line.slice(0, hashOffset);
        }
      } else if (slashOffset > -1) {
        word = line.slice(0, slashOffset);
        codes = line.slice(slashOffset + 1);
      } else {
        word = line;
      }
      word = word.trim();
      if (word) {
        add(dict, word, parseCodes(options.flags, codes.trim()), options);
      }
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/dictionary.js
var require_dictionary2 = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/dictionary.js"(exports, module) {
    "use strict";
    var parse = require_dictionary();
    module.exports = add;
    function add(buf) {
      var self = this;
      var index = -1;
      var rule;
      var source;
      var character;
      var offset;
      parse(buf, self, self.data);
      while (++index < self.compoundRules.length) {
        rule = self.compoundRules[index];
        source = "";
        offset = -1;
        while (++offset < rule.length) {
          character = rule.charAt(offset);
          source += self.compoundRuleCodes[character].length ? "(?:" + self.compoundRuleCodes[character].join("|") + ")" : character;
        }
        self.compoundRules[index] = new RegExp(source, "i");
      }
      return self;
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/personal.js
var require_personal = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/personal.js"(exports, module) {
    "use strict";
    module.exports = add;
    function add(buf) {
      var self = this;
      var lines = buf.toString("utf8").split("\n");
      var index = -1;
      var line;
      var forbidden;
      var word;
      var flag;
      if (self.flags.FORBIDDENWORD === void 0) self.flags.FORBIDDENWORD = false;
      flag = self.flags.FORBIDDENWORD;
      while (++index < lines.length) {
        line = lines[index].trim();
        if (!line) {
          continue;
        }
        line = line.split("/");
        word = line[0];
        forbidden = word.charAt(0) === "*";
        if (forbidden) {
          word = word.slice(1);
        }
        self.add(word, line[1]);
        if (forbidden) {
          self.data[word].push(flag);
        }
      }
      return self;
    }
  }
});

// ../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/index.js
var require_lib = __commonJS({
  "../../node_modules/.pnpm/nspell@2.1.5/node_modules/nspell/lib/index.js"(exports, module) {
    "use strict";
    var buffer = require_is_buffer();
    var affix = require_affix();
    module.exports = NSpell;
    var proto = NSpell.prototype;
    proto.correct = require_correct();
    proto.suggest = require_suggest();
    proto.spell = require_spell();
    proto.add = require_add2();
    proto.remove = require_remove();
    proto.wordCharacters = require_word_characters();
    proto.dictionary = require_dictionary2();
    proto.personal = require_personal();
    function NSpell(aff, dic) {
      var index = -1;
      var dictionaries;
      if (!(this instanceof NSpell)) {
        return new NSpell(aff, dic);
      }
      if (typeof aff === "string" || buffer(aff)) {
        if (typeof dic === "string" || buffer(dic)) {
          dictionaries = [{ dic }];
        }
      } else if (aff) {
        if ("length" in aff) {
          dictionaries = aff;
          aff = aff[0] && aff[0].aff;
        } else {
          if (aff.dic) {
            dictionaries = [aff];
          }
          aff = aff.aff;
        }
      }
      if (!aff) {
        throw new Error("Missing `aff` in dictionary");
      }
      aff = affix(aff);
      this.data = /* @__PURE__ */ Object.create(null);
      this.compoundRuleCodes = aff.compoundRuleCodes;
      this.replacementTable = aff.replacementTable;
      this.conversion = aff.conversion;
      this.compoundRules = aff.compoundRules;
      this.rules = aff.rules;
      this.flags = aff.flags;
      if (dictionaries) {
        while (++index < dictionaries.length) {
          if (dictionaries[index].dic) {
            this.dictionary(dictionaries[index].dic);
          }
        }
      }
    }
  }
});

// ../linter/dist/french/speller.js
import { readFileSync as readFileSync3 } from "node:fs";

// ../linter/dist/french/lexicon.js
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// ../linter/dist/text/white-space.js
function isWhiteSpace(code) {
  if (code <= 32)
    return code === 32 || code >= 9 && code <= 13;
  if (code < 160)
    return false;
  return code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288 || code === 65279;
}

// ../linter/dist/french/lexicon.js
var __plumeResolveAsset = (name) => {
  if (!["dictionary-fr", "dictionary-en"].includes(name)) {
    throw new Error(`${name} is read at run time but not copied beside the bundle (scripts/bundle.mjs)`);
  }
  return new URL(`./${name}/index.js`, import.meta.url).href;
};
var cached;
function dictionaryPath(file, dictionary = "dictionary-fr") {
  return fileURLToPath(new URL(file, __plumeResolveAsset(dictionary)));
}
function frenchLexicon() {
  cached ??= parseDic(readFileSync(dictionaryPath("index.dic"), "utf8"));
  return cached;
}
var VERB_FLAG = /^[a-z][0-9A-Z]/u;
function parseDic(text) {
  let entries;
  let verbs;
  const flags = (stem) => {
    entries ??= parseEntries(text);
    return entries.get(stem) ?? [];
  };
  return {
    flags,
    isVerb: (infinitive) => {
      verbs ??= parseVerbs(text);
      return verbs.has(infinitive);
    }
  };
}
function parseEntries(text) {
  const entries = /* @__PURE__ */ new Map();
  for (const line of text.split("\n").slice(1)) {
    const slash = line.indexOf("/");
    const stem = slash === -1 ? line.trim() : line.slice(0, slash);
    if (stem === "")
      continue;
    const flags = slash === -1 ? "" : line.slice(slash + 1).trim();
    const list = entries.get(stem);
    if (list === void 0)
      entries.set(stem, [flags]);
    else
      list.push(flags);
  }
  return entries;
}
function parseVerbs(text) {
  const verbs = /* @__PURE__ */ new Set();
  let lineStart = text.indexOf("\n") + 1;
  while (lineStart > 0 && lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd2 = newline === -1 ? text.length : newline;
    const slash = text.indexOf("/", lineStart);
    if (slash !== -1 && slash < lineEnd2 && slash > lineStart) {
      const first = text.charCodeAt(slash + 1);
      if (first >= 97 && first <= 122 || isWhiteSpace(first)) {
        if (VERB_FLAG.test(text.slice(slash + 1, lineEnd2).trim()))
          verbs.add(text.slice(lineStart, slash));
      }
    }
    lineStart = lineEnd2 + 1;
  }
  return verbs;
}

// ../linter/dist/french/spelling-suggestions.js
var ALPHABET = [..."abcdefghijklmnopqrstuvwxyz\xE0\xE2\xE4\xE7\xE9\xE8\xEA\xEB\xEE\xEF\xF4\xF6\xF9\xFB\xFC\xFF\u0153"];
var ALPHABET_CODES = ALPHABET.map((letter) => letter.charCodeAt(0));
var E_VARIANTS = ["e", "\xE9", "\xE8", "\xEA"];
function spellingSuggestions(word, forms, accept) {
  const found = /* @__PURE__ */ new Set();
  const consider = (candidate) => {
    if (candidate !== word && candidate.length > 0 && !found.has(candidate) && accept(candidate))
      found.add(candidate);
  };
  const lower = word.toLowerCase();
  if (lower.length !== word.length || /[\uD800-\uDFFF\u03A3]/.test(word)) {
    const known = (candidate) => {
      const lowered = candidate.toLowerCase();
      return forms.has(candidate) || lowered !== candidate && forms.has(lowered);
    };
    for (const candidate of [...oneEditCandidates(word), ...accentVariants(word)])
      if (known(candidate))
        consider(candidate);
    return [...found];
  }
  const search = new EditSearch(word, lower, forms);
  for (let i = search.first; i <= search.last; i++) {
    const head = word.slice(0, i);
    if (search.deletion(i))
      consider(head + word.slice(i + 1));
    if (search.transposition(i))
      consider(head + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
    search.withLetters(i).forEach((made, letter) => {
      if ((made & REPLACED) !== 0)
        consider(head + ALPHABET[letter] + word.slice(i + 1));
      if ((made & INSERTED) !== 0)
        consider(head + ALPHABET[letter] + word.slice(i));
    });
  }
  for (const variant of search.accentVariants())
    consider(variant);
  return [...found];
}
function* oneEditCandidates(word) {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail.length > 0)
      yield head + tail.slice(1);
    if (tail.length > 1)
      yield head + tail.charAt(1) + tail.charAt(0) + tail.slice(2);
    for (const letter of ALPHABET) {
      if (tail.length > 0)
        yield head + letter + tail.slice(1);
      yield head + letter + tail;
    }
  }
}
function accentVariants(word) {
  const positions = ePositions(word);
  if (positions.length === 0 || positions.length > 4)
    return [];
  let variants = [word];
  for (const position of positions) {
    variants = variants.flatMap((v) => E_VARIANTS.map((e) => v.slice(0, position) + e + v.slice(position + 1)));
  }
  return variants;
}
var ePositions = (word) => [...word].flatMap((c, i) => c === "e" ? [i] : []);
var ALPHABET_INDEX = new Int8Array(Math.max(...ALPHABET_CODES) + 1).fill(-1);
ALPHABET_CODES.forEach((code, letter) => {
  ALPHABET_INDEX[code] = letter;
});
function letterRanges(table, low, high, depth) {
  const ranges = new Int32Array(2 * ALPHABET.length);
  while (low < high) {
    const code = table.codeAt(low, depth);
    const end = table.seek(low, high, depth, code + 1);
    const letter = code >= 0 && code < ALPHABET_INDEX.length ? ALPHABET_INDEX[code] : -1;
    if (letter !== -1) {
      ranges[2 * letter] = low;
      ranges[2 * letter + 1] = end;
    }
    low = end;
  }
  return ranges;
}
var PrefixSearch = class _PrefixSearch {
  static #ofTable = /* @__PURE__ */ new WeakMap();
  table;
  #short = /* @__PURE__ */ new Map();
  constructor(table) {
    this.table = table;
  }
  /** The search over a table, one per table and thread. */
  static of(table) {
    let search = _PrefixSearch.#ofTable.get(table);
    if (search === void 0) {
      search = new _PrefixSearch(table);
      _PrefixSearch.#ofTable.set(table, search);
    }
    return search;
  }
  /** `letterRanges` of a prefix's range, kept for the short prefixes. */
  letterRanges(low, high, depth) {
    if (depth > SHORT_PREFIX)
      return letterRanges(this.table, low, high, depth);
    const key = low * (SHORT_PREFIX + 1) + depth;
    let ranges = this.#short.get(key);
    if (ranges === void 0) {
      ranges = letterRanges(this.table, low, high, depth);
      this.#short.set(key, ranges);
    }
    return ranges;
  }
  /** `table.holds`, the letters after a short prefix read from the kept `letterRanges`. */
  holds(low, high, depth, text, from) {
    for (; depth <= SHORT_PREFIX && from < text.length; depth++, from++) {
      const code = text.charCodeAt(from);
      const letter = code < ALPHABET_INDEX.length ? ALPHABET_INDEX[code] : -1;
      if (letter === -1)
        break;
      const ranges = this.letterRanges(low, high, depth);
      low = ranges[2 * letter];
      high = ranges[2 * letter + 1];
      if (low === high)
        return false;
    }
    return this.table.holds(low, high, depth, text, from);
  }
  /** Narrows `range` to the entries whose code unit at `depth` is `code`; false when none is. */
  narrow(range, depth, code) {
    const low = this.table.seek(range.low, range.high, depth, code);
    range.high = this.table.seek(low, range.high, depth, code + 1);
    range.low = low;
    return low < range.high;
  }
};
var SHORT_PREFIX = 2;
var Spelling = class {
  text;
  /** Entries starting with the first k code units are `lows[k]` to `highs[k]`, for k ≤ `alive`. */
  lows;
  highs;
  /** The longest prefix some form starts with. */
  alive;
  #search;
  #letterRanges = [];
  constructor(text, search) {
    this.text = text;
    this.#search = search;
    this.lows = new Int32Array(text.length + 1);
    this.highs = new Int32Array(text.length + 1);
    const range = { low: 0, high: search.table.size };
    let k = 0;
    for (; ; k++) {
      this.lows[k] = range.low;
      this.highs[k] = range.high;
      if (k === text.length || !search.narrow(range, k, text.charCodeAt(k)))
        break;
    }
    this.alive = k;
  }
  /** `letterRanges` after the prefix of length i, for i ≤ `alive`. */
  letterRanges(i) {
    this.#letterRanges[i] ??= this.#search.letterRanges(this.lows[i], this.highs[i], i);
    return this.#letterRanges[i];
  }
};
var REPLACED = 1;
var INSERTED = 2;
var PADDING = 3;
var EditSearch = class {
  #word;
  #codes;
  #triples;
  #search;
  #spellings;
  /** The first and last positions whose triple no form has (none: length and -1). */
  #firstOdd;
  #lastOdd;
  /** The positions where an edit can make a form. */
  first;
  last;
  #range = { low: 0, high: 0 };
  constructor(word, lower, forms) {
    this.#word = word;
    this.#codes = new Int32Array(lower.length + 2 * PADDING);
    for (let k = 0; k < lower.length; k++)
      this.#codes[k + PADDING] = lower.charCodeAt(k);
    this.#triples = forms.letterTriples;
    this.#search = PrefixSearch.of(forms.table);
    this.#spellings = (lower === word ? [word] : [word, lower]).map((text) => new Spelling(text, this.#search));
    let firstOdd = word.length;
    let lastOdd = -1;
    for (let k = 0; k < word.length; k++) {
      if (!this.#fits(this.#at(k - 1), this.#at(k), this.#at(k + 1))) {
        firstOdd = Math.min(firstOdd, k);
        lastOdd = k;
      }
    }
    this.#firstOdd = firstOdd;
    this.#lastOdd = lastOdd;
    this.first = Math.max(0, lastOdd - 2);
    const alive = Math.max(...this.#spellings.map((spelling) => spelling.alive));
    this.last = Math.min(word.length, firstOdd + 1, alive);
  }
  /** Whether removing the letter at i makes a form. */
  deletion(i) {
    if (i >= this.#word.length || !this.#covers(i - 1, i + 1) || !this.#fits(this.#at(i - 2), this.#at(i - 1), this.#at(i + 1)) || !this.#fits(this.#at(i - 1), this.#at(i + 1), this.#at(i + 2)))
      return false;
    for (const spelling of this.#spellings) {
      if (i > spelling.alive)
        continue;
      const low = spelling.lows[i];
      if (this.#search.holds(low, spelling.highs[i], i, spelling.text, i + 1))
        return true;
    }
    return false;
  }
  /** Whether swapping the letters at i and i + 1 makes a form. */
  transposition(i) {
    const here = this.#at(i);
    const next = this.#at(i + 1);
    if (i + 1 >= this.#word.length || !this.#covers(i - 1, i + 2) || !this.#fits(this.#at(i - 2), this.#at(i - 1), next) || !this.#fits(this.#at(i - 1), next, here) || !this.#fits(next, here, this.#at(i + 2)) || !this.#fits(here, this.#at(i + 2), this.#at(i + 3)))
      return false;
    for (const spelling of this.#spellings) {
      if (i > spelling.alive)
        continue;
      const range = this.#prefix(spelling, i);
      const text = spelling.text;
      if (this.#search.narrow(range, i, text.charCodeAt(i + 1)) && this.#search.narrow(range, i + 1, text.charCodeAt(i)) && this.#search.holds(range.low, range.high, i + 2, text, i + 2))
        return true;
    }
    return false;
  }
  /**
   * For each letter of ALPHABET (by index), whether replacing the letter at i with it makes a
   * form (REPLACED) and whether putting it before that letter does (INSERTED). Only the letters
   * some form has after the first i code units are tried: few, past the first letters.
   */
  withLetters(i) {
    const made = new Uint8Array(ALPHABET.length);
    const word = this.#word;
    const beforeBefore = this.#at(i - 2);
    const before = this.#at(i - 1);
    const here = this.#at(i);
    const next = this.#at(i + 1);
    const afterNext = this.#at(i + 2);
    const canReplace = i < word.length && this.#covers(i - 1, i + 1);
    const canInsert = this.#covers(i - 1, i);
    for (const spelling of this.#spellings) {
      if (i > spelling.alive)
        continue;
      const ranges = spelling.letterRanges(i);
      for (let letter = 0; letter < ALPHABET.length; letter++) {
        const low = ranges[2 * letter];
        const high = ranges[2 * letter + 1];
        if (low === high)
          continue;
        const code = ALPHABET_CODES[letter];
        if (!this.#fits(beforeBefore, before, code))
          continue;
        let flags = made[letter];
        if ((flags & REPLACED) === 0 && canReplace && code !== word.charCodeAt(i) && this.#fits(before, code, next) && this.#fits(code, next, afterNext) && this.#search.holds(low, high, i + 1, spelling.text, i + 1))
          flags |= REPLACED;
        if ((flags & INSERTED) === 0 && canInsert && this.#fits(before, code, here) && this.#fits(code, here, next) && this.#search.holds(low, high, i + 1, spelling.text, i))
          flags |= INSERTED;
        made[letter] = flags;
      }
    }
    return made;
  }
  /** The accent variants of the word (see `accentVariants`) that are forms, in the same order. */
  accentVariants() {
    const positions = ePositions(this.#word);
    if (positions.length === 0 || positions.length > 4)
      return [];
    const isForm = new Uint8Array(E_VARIANTS.length ** positions.length);
    const codes = E_VARIANTS.map((e) => e.charCodeAt(0));
    const prefixes = this.#search;
    const range = { low: 0, high: 0 };
    const search = (spelling, j, low, high, variant) => {
      const position = positions[j];
      const next = positions[j + 1];
      for (let d = 0; d < codes.length; d++) {
        range.low = low;
        range.high = high;
        if (!prefixes.narrow(range, position, codes[d]))
          continue;
        if (next === void 0) {
          if (prefixes.holds(range.low, range.high, position + 1, spelling.text, position + 1))
            isForm[variant * 4 + d] = 1;
          continue;
        }
        let depth = position + 1;
        while (depth < next && prefixes.narrow(range, depth, spelling.text.charCodeAt(depth)))
          depth++;
        if (depth === next)
          search(spelling, j + 1, range.low, range.high, variant * 4 + d);
      }
    };
    const first = positions[0];
    for (const spelling of this.#spellings)
      if (first <= spelling.alive)
        search(spelling, 0, spelling.lows[first], spelling.highs[first], 0);
    const variants = [];
    isForm.forEach((flag, variant) => {
      if (flag === 0)
        return;
      const letters = [...this.#word];
      positions.forEach((position, j) => {
        const digit = Math.floor(variant / 4 ** (positions.length - 1 - j)) % 4;
        letters[position] = E_VARIANTS[digit];
      });
      variants.push(letters.join(""));
    });
    return variants;
  }
  /** The entries starting with the first i code units of a spelling, in the search's own range. */
  #prefix(spelling, i) {
    this.#range.low = spelling.lows[i];
    this.#range.high = spelling.highs[i];
    return this.#range;
  }
  /** The lower-cased word's code unit at k, 0 beyond its edges. */
  #at(k) {
    return this.#codes[k + PADDING];
  }
  /** Whether some form has this triple; a triple centred beyond the word's edges is no triple. */
  #fits(before, letter, after) {
    return letter === 0 || this.#triples.has(before, letter, after);
  }
  /** Whether an edit changing the triples from `from` to `to` changes every triple no form has. */
  #covers(from, to) {
    return from <= this.#firstOdd && this.#lastOdd <= to;
  }
};

// ../linter/dist/french/word-forms.js
var import_nspell = __toESM(require_lib(), 1);
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync as readFileSync2, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadId } from "node:worker_threads";

// ../linter/dist/french/form-table.js
var FormTable = class _FormTable {
  #text;
  #starts;
  /**
   * The range (low, high) of the entries that start with each pair of code units looked up so
   * far: a look-up bisects the few thousand entries of its first two letters instead of all.
   */
  #pairs = /* @__PURE__ */ new Map();
  constructor(text, starts) {
    this.#text = text;
    this.#starts = starts;
  }
  /** The table's text for entries given in any order (forms hold no tab or line break). */
  static serialise(entries) {
    const sorted = [...entries].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return sorted.map(([form, bits]) => bits === 0 ? form : `${form}	${bits}`).join("\n");
  }
  /** A table over text made by `serialise`. */
  static parse(text) {
    let count = text.length === 0 ? 0 : 1;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1))
      count++;
    const starts = new Int32Array(count);
    let line = 1;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1))
      starts[line++] = at + 1;
    return new _FormTable(text, starts);
  }
  /** How many entries the table holds: a search by prefix starts on all of them, 0 to `size`. */
  get size() {
    return this.#starts.length;
  }
  /**
   * The first entry from `low` to `high` whose code unit at `depth` is `code` or after, given
   * entries that share their first `depth` code units (an entry that ends at `depth` comes before
   * all the others). Narrowing a range one letter at a time walks the table like a trie: a speller
   * drops at once every candidate that starts the way no form does.
   */
  seek(low, high, depth, code) {
    while (low < high) {
      const middle = low + high >>> 1;
      if (this.codeAt(middle, depth) < code)
        low = middle + 1;
      else
        high = middle;
    }
    return low;
  }
  /**
   * Whether an entry from `low` to `high` (entries sharing their first `depth` code units) goes
   * on with `text` from `from` to its end, and ends there: one bisection over the range.
   */
  holds(low, high, depth, text, from) {
    return this.#find(low, high, depth, text, from) !== -1;
  }
  /** The flag bits of a form, or undefined when the table lacks it. */
  bits(form) {
    let index;
    if (form.length < 2) {
      index = this.#find(0, this.#starts.length, 0, form, 0);
    } else {
      const pair = this.#pairRange(form.charCodeAt(0), form.charCodeAt(1));
      index = this.#find(pair[0], pair[1], 2, form, 2);
    }
    if (index === -1)
      return void 0;
    const after = this.#starts[index] + form.length;
    const text = this.#text;
    return text.charCodeAt(after) === TAB ? Number(text.slice(after + 1, lineEnd(text, after))) : 0;
  }
  /** The code unit at `depth` of an entry at least `depth` long, or -1 where it ends. */
  codeAt(index, depth) {
    const position = this.#starts[index] + depth;
    if (position >= this.#text.length)
      return END;
    const code = this.#text.charCodeAt(position);
    return code === TAB || code === NEWLINE ? END : code;
  }
  #pairRange(first, second) {
    const key = first * 2 ** 16 + second;
    let range = this.#pairs.get(key);
    if (range === void 0) {
      const size = this.#starts.length;
      const firstLow = this.seek(0, size, 0, first);
      const firstHigh = this.seek(firstLow, size, 0, first + 1);
      const low = this.seek(firstLow, firstHigh, 1, second);
      range = Int32Array.of(low, this.seek(low, firstHigh, 1, second + 1));
      if (this.#pairs.size < MAX_PAIRS)
        this.#pairs.set(key, range);
    }
    return range;
  }
  /** The index of the entry `holds` looks for, or -1. */
  #find(low, high, depth, text, from) {
    while (low < high) {
      const middle = low + high >>> 1;
      const order = compareRest(text, from, this.#text, this.#starts[middle] + depth);
      if (order === 0)
        return middle;
      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }
    return -1;
  }
};
var MAX_PAIRS = 1e4;
var TAB = 9;
var NEWLINE = 10;
var END = -1;
var lineEnd = (text, from) => {
  const end = text.indexOf("\n", from);
  return end === -1 ? text.length : end;
};
function compareRest(text, from, table, start) {
  for (let k = 0; ; k++) {
    const position = start + k;
    let theirs = position < table.length ? table.charCodeAt(position) : END;
    if (theirs === TAB || theirs === NEWLINE)
      theirs = END;
    const ours = from + k < text.length ? text.charCodeAt(from + k) : END;
    if (ours !== theirs)
      return ours < theirs ? -1 : 1;
    if (ours === END)
      return 0;
  }
}

// ../linter/dist/french/letter-triples.js
var LetterTriples = class _LetterTriples {
  /** The letters of the forms, in rank order from rank 2 (see `#rank`). */
  #letters;
  /** One bit per triple of ranks, at `(before * size + letter) * size + after`. */
  #bits;
  #size;
  /** Rank of each char code: 0 for a letter no form uses, 1 for a word edge (char code 0). */
  #rank;
  constructor(letters, bits) {
    this.#letters = letters;
    this.#bits = bits;
    this.#size = letters.length + 2;
    this.#rank = new Uint16Array(2 ** 16);
    this.#rank[0] = 1;
    for (let i = 0; i < letters.length; i++)
      this.#rank[letters.charCodeAt(i)] = i + 2;
  }
  /** The triples of every code unit of the lower-cased forms. */
  static of(forms) {
    const lowered = [...forms].map((form) => form.toLowerCase());
    const used = new Uint8Array(2 ** 16);
    for (const form of lowered)
      for (let i = 0; i < form.length; i++)
        used[form.charCodeAt(i)] = 1;
    let letters = "";
    for (let code = 1; code < used.length; code++)
      if (used[code] === 1)
        letters += String.fromCharCode(code);
    const triples = new _LetterTriples(letters, new Uint8Array(bitsetBytes(letters)));
    for (const form of lowered) {
      for (let i = 0; i < form.length; i++) {
        const before = i === 0 ? 0 : form.charCodeAt(i - 1);
        const after = i + 1 < form.length ? form.charCodeAt(i + 1) : 0;
        triples.#add(before, form.charCodeAt(i), after);
      }
    }
    return triples;
  }
  /** The triples back from `serialise`'s text; undefined when the text is not such a text. */
  static parse(serialised) {
    const bits = new Uint8Array(Buffer.from(serialised.bits, "base64"));
    return bits.length === bitsetBytes(serialised.letters) ? new _LetterTriples(serialised.letters, bits) : void 0;
  }
  serialise() {
    return { letters: this.#letters, bits: Buffer.from(this.#bits).toString("base64") };
  }
  /** Whether `letter` is ever found between `before` and `after` (char codes, 0 for a word edge). */
  has(before, letter, after) {
    const rank = this.#rank;
    const b = rank[before];
    const l = rank[letter];
    const a = rank[after];
    if (b === 0 || l === 0 || a === 0)
      return false;
    const index = (b * this.#size + l) * this.#size + a;
    return (this.#bits[index >>> 3] & 1 << (index & 7)) !== 0;
  }
  #add(before, letter, after) {
    const index = this.#index(before, letter, after);
    this.#bits[index >>> 3] = this.#bits[index >>> 3] | 1 << (index & 7);
  }
  #index(before, letter, after) {
    const rank = this.#rank;
    const size = this.#size;
    return (rank[before] * size + rank[letter]) * size + rank[after];
  }
};
var bitsetBytes = (letters) => Math.ceil((letters.length + 2) ** 3 / 8);

// ../linter/dist/french/word-forms.js
var ONLY_IN_COMPOUND = 1;
var FORBIDDEN = 2;
var KEEP_CASE = 4;
var FORMAT = "plume-word-forms-5";
function wordFormsCacheDir() {
  const user = process.getuid?.();
  return process.env.PLUME_DICTIONARY_CACHE ?? join(tmpdir(), user === void 0 ? "plume-dictionaries" : `plume-dictionaries-${user}`);
}
function loadWordForms(identity, files) {
  const hash = createHash("sha256").update(FORMAT);
  for (const part of identity)
    hash.update(part).update("\0");
  const file = join(wordFormsCacheDir(), `${hash.digest("hex").slice(0, 32)}.txt`);
  let compiled = readCache(file);
  if (!compiled) {
    const { aff, dic } = files();
    compiled = expand(aff, dic);
    writeCache(file, compiled);
  }
  return lookups(compiled);
}
function expand(aff, dic) {
  const spell = (0, import_nspell.default)({ aff, dic });
  const code = (name) => name in spell.flags ? spell.flags[name] : void 0;
  const named = [
    [ONLY_IN_COMPOUND, code("ONLYINCOMPOUND")],
    [FORBIDDEN, code("FORBIDDENWORD")],
    [KEEP_CASE, code("KEEPCASE")]
  ];
  const forms = /* @__PURE__ */ new Map();
  for (const [form, flags] of Object.entries(spell.data)) {
    if (!flags)
      continue;
    let bits = 0;
    for (const [bit, flag] of named)
      if (flag !== void 0 && flags.indexOf(flag) > -1)
        bits |= bit;
    forms.set(form, bits);
  }
  const formsText = FormTable.serialise(forms);
  return {
    conversions: spell.conversion.in,
    compoundRules: spell.compoundRules,
    compoundMin: Number(spell.flags.COMPOUNDMIN),
    forms: FormTable.parse(formsText),
    formsText,
    letterTriples: LetterTriples.of(forms.keys())
  };
}
function writeCache(file, compiled) {
  const header = JSON.stringify({
    format: FORMAT,
    conversions: compiled.conversions.map(([pattern, replacement]) => [
      pattern.source,
      pattern.flags,
      replacement
    ]),
    compoundRules: compiled.compoundRules.map((rule) => [rule.source, rule.flags]),
    compoundMin: compiled.compoundMin,
    letterTriples: compiled.letterTriples.serialise()
  });
  try {
    mkdirSync(join(file, ".."), { recursive: true, mode: 448 });
    const partial = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(partial, `${header}
${compiled.formsText}`);
    renameSync(partial, file);
  } catch {
  }
}
function readCache(file) {
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch {
    return void 0;
  }
  const headerEnd = text.indexOf("\n");
  try {
    const header = JSON.parse(text.slice(0, headerEnd === -1 ? text.length : headerEnd));
    if (header.format !== FORMAT || headerEnd === -1)
      return void 0;
    const letterTriples = LetterTriples.parse(header.letterTriples);
    if (letterTriples === void 0)
      return void 0;
    const formsText = text.slice(headerEnd + 1);
    return {
      conversions: header.conversions.map(([source, flags, replacement]) => [
        new RegExp(source, flags),
        replacement
      ]),
      compoundRules: header.compoundRules.map(([source, flags]) => new RegExp(source, flags)),
      compoundMin: header.compoundMin,
      forms: FormTable.parse(formsText),
      formsText,
      letterTriples
    };
  } catch {
    return void 0;
  }
}
function lookups({ conversions, compoundRules, compoundMin, forms, letterTriples }) {
  const exact = (value, bits) => bits !== void 0 ? (bits & ONLY_IN_COMPOUND) === 0 : value.length >= compoundMin && compoundRules.some((rule) => rule.test(value));
  const ignored = (bits) => ((bits ?? 0) & (KEEP_CASE | FORBIDDEN)) !== 0;
  const anyConversion = conversions.length > 0 && conversions.every(([pattern]) => pattern.flags === "g") ? new RegExp(conversions.map(([pattern]) => `(?:${pattern.source})`).join("|")) : void 0;
  const correct = (word) => {
    let normal = word.trim();
    if (normal === "")
      return false;
    if (anyConversion === void 0 || anyConversion.test(normal))
      for (const [pattern, replacement] of conversions)
        normal = normal.replace(pattern, replacement);
    const bits = forms.bits(normal);
    if (exact(normal, bits))
      return ((bits ?? 0) & FORBIDDEN) === 0;
    if (normal.toUpperCase() === normal) {
      const sentenceCase = normal.charAt(0) + normal.slice(1).toLowerCase();
      const sentenceCaseBits = forms.bits(sentenceCase);
      if (ignored(sentenceCaseBits))
        return false;
      if (exact(sentenceCase, sentenceCaseBits))
        return true;
    }
    const lower = normal.toLowerCase();
    if (lower !== normal) {
      const lowerBits = forms.bits(lower);
      if (ignored(lowerBits))
        return false;
      if (exact(lower, lowerBits))
        return true;
    }
    return false;
  };
  return {
    correct,
    has: (form) => forms.bits(form) !== void 0,
    table: forms,
    letterTriples
  };
}

// ../linter/dist/french/speller.js
var cached2;
function frenchSpeller() {
  cached2 ??= build();
  return cached2;
}
function isEnglishWord(word) {
  return englishWordForms().correct(word);
}
var englishForms;
function englishWordForms() {
  if (englishForms === void 0) {
    const files = {
      aff: readFileSync3(dictionaryPath("index.aff", "dictionary-en"), "utf8"),
      dic: readFileSync3(dictionaryPath("index.dic", "dictionary-en"), "utf8")
    };
    englishForms = loadWordForms([files.aff, files.dic], () => files);
  }
  return englishForms;
}
var dropElisionFlags = (flags) => (flags.match(/../gu) ?? []).filter((pair) => !pair.endsWith("'")).join("");
function withoutElisions(aff, dic) {
  return {
    dic: dic.replace(/^([^/\n]+)\/(\S+)/gmu, (_line, word, flags) => {
      const kept = dropElisionFlags(flags);
      return kept === "" ? word : `${word}/${kept}`;
    }),
    aff: aff.replace(/^((?:SFX|PFX) \S+ \S+ )([^/\s]+)\/(\S+)/gmu, (_line, head, affix, flags) => {
      const kept = dropElisionFlags(flags);
      return kept === "" ? `${head}${affix}` : `${head}${affix}/${kept}`;
    })
  };
}
var frenchForms;
function frenchWordForms() {
  if (frenchForms === void 0) {
    const aff = readFileSync3(dictionaryPath("index.aff"), "utf8");
    const dic = readFileSync3(dictionaryPath("index.dic"), "utf8");
    frenchForms = loadWordForms([aff, dic, "without elision prefixes"], () => withoutElisions(aff, dic));
  }
  return frenchForms;
}
function build() {
  const spell = frenchWordForms();
  const verdicts = /* @__PURE__ */ new Map();
  const correct = (word) => {
    let verdict = verdicts.get(word);
    if (verdict === void 0) {
      verdict = spell.correct(word.replace(/’/gu, "'"));
      if (verdicts.size < 5e5)
        verdicts.set(word, verdict);
    }
    return verdict;
  };
  const suggestions = /* @__PURE__ */ new Map();
  const accept = (candidate) => spell.correct(candidate.replace(/’/gu, "'"));
  const suggest = (word) => {
    let found = suggestions.get(word);
    if (found === void 0) {
      found = spellingSuggestions(word, spell, accept);
      suggestions.set(word, found);
    }
    return found;
  };
  return { correct, suggest };
}

export {
  isWhiteSpace,
  frenchLexicon,
  frenchSpeller,
  isEnglishWord,
  englishWordForms,
  frenchWordForms
};
