#!/usr/bin/env bash
# Installs Plume as another repository would: packs each publishable package (pnpm pack turns
# `workspace:*` into the released version), installs the tarballs with npm into an empty project
# in a temporary folder outside the workspace, and runs the installed executables there. Catches
# what the workspace hides: a file missing from `files`, a dependency that is only a
# devDependency here, a bin that does not start, an export that is not shipped.
# Needs the packages built (pnpm build). Installs from the registry npm is set up with; a warm
# npm cache makes it take a few seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

node24=$(pnpm exec node -p 'process.execPath')
node24_dir=$(dirname "$node24")
system_node=$(command -v node)

work=$(mktemp -d "${TMPDIR:-/tmp}/plume-packed-XXXXXX")
trap 'rm -rf "$work"' EXIT
case "$work" in "$root"/*) echo "packed-install: $work is inside the workspace" >&2; exit 1 ;; esac

pnpm --silent --filter @plume/linter --filter @plume/core pack --pack-destination "$work/tarballs" >/dev/null
linter_tgz=$(ls "$work"/tarballs/plume-linter-*.tgz)
core_tgz=$(ls "$work"/tarballs/plume-core-*.tgz)

project="$work/project"
mkdir -p "$project/articles" "$project/seeds"
cd "$project"
printf '{ "name": "plume-packed-install", "private": true }\n' >package.json
# The first install of a machine fetches ~120 packages; afterwards npm's cache answers.
started=$SECONDS
npm install --no-fund --no-audit --prefer-offline --loglevel=error "$linter_tgz" "$core_tgz" >/dev/null
installed=$((SECONDS - started))

fail() { echo "packed-install: $*" >&2; exit 1; }
expect_code() { # expected-code command...
  local want=$1; shift
  set +e; "$@" >"$work/out" 2>"$work/err"; local got=$?; set -e
  if [[ $got != "$want" ]]; then
    echo "packed-install: '$*' exited $got, expected $want" >&2
    cat "$work/out" "$work/err" >&2
    exit 1
  fi
}

# A short article (errors) and a config with a comment (JSONC) next to it.
cat >articles/court.md <<'MD'
---
title: Un titre
description: Trop court.
---

Un seul paragraphe, sans sous-titre.
MD
cat >plume.config.json <<'JSON'
{
  // Comments are allowed, as in markdownlint-cli2 and ESLint configs.
  "$schema": "./node_modules/@plume/linter/schema/plume.config.schema.json",
  "rules": { "spelling": "off", },
}
JSON
printf 'Make this article seo compatible, be in french, create at least 700 words\nLe conseil municipal a voté le budget mardi soir.\n' >seeds/budget.txt

export PATH="$node24_dir:$PATH"

expect_code 0 npm exec --offline -- plume-lint --version
version=$(cat "$work/out")
[[ "$version" == "$(node -p "require('@plume/linter/package.json').version")" ]] || fail "plume-lint --version printed '$version'"

# The other runs call the installed executables directly (npm exec adds a second of start-up each).
bin=node_modules/.bin
expect_code 1 "$bin/plume-lint" articles/
grep -q 'word-count' "$work/out" || fail "plume-lint did not report word-count"

expect_code 1 "$bin/plume-lint" --format sarif --output-file report.sarif
node -e "const s = JSON.parse(require('fs').readFileSync('report.sarif', 'utf8')); if (s.version !== '2.1.0' || s.runs[0].results.length === 0) process.exit(1)" ||
  fail "report.sarif is not a SARIF report with results"

expect_code 2 "$bin/plume-lint" nothing-here/
grep -q 'nothing-here/' "$work/err" || fail "a path that matches nothing is not named"

expect_code 1 "$bin/plume" lint articles/court.md
expect_code 0 "$bin/plume" rewrite --dry-run
grep -q 'seeds/budget.txt' "$work/out" || fail "plume rewrite --dry-run did not list the seed"

# The library, through its package exports, as an ES module and with its JSON Schema.
node --input-type=module -e "
import { lintText } from '@plume/linter';
import { createRequire } from 'node:module';
const report = lintText('# Titre\n\nTexte.\n', { path: 'x.md' });
if (report.version !== 1 || report.files.length !== 1) process.exit(1);
createRequire(import.meta.url).resolve('@plume/linter/schema.json');
" || fail "the library does not load from the installed package"
for types in node_modules/@plume/linter/dist/index.d.ts node_modules/@plume/core/dist/index.d.ts; do
  [[ -f $types ]] || fail "$types is not shipped"
done

# On an older Node, each executable says what it needs, before loading anything.
for bin in plume-lint plume; do
  set +e; "$system_node" "node_modules/.bin/$bin" --version 2>"$work/err"; code=$?; set -e
  if [[ $("$system_node" -p 'process.versions.node.split(".")[0]') -lt 22 ]]; then
    [[ $code == 2 ]] || fail "$bin on $("$system_node" --version) exited $code, expected 2"
    grep -q "Plume needs Node 22 or newer (found v" "$work/err" || fail "$bin on an old Node: $(cat "$work/err")"
  fi
done

echo "packed-install: $(basename "$linter_tgz") and $(basename "$core_tgz") install (${installed} s) and run (${SECONDS} s in all)"
