#!/usr/bin/env bash
# Runs the README's local recipe for the Action (@github/local-action, which stubs the Actions
# toolkit and reads the inputs from a .env file) on a workspace of three example articles, and
# checks what the Action reports: the lint summary, the outputs and the job summary. Needs the
# packages built (pnpm build).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/plume-local-action-XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/workspace/articles"
cp examples/*.md "$work/workspace/articles/"
count=$(ls "$work/workspace/articles" | wc -l)

# The README's .env, for a lint-only run (no key, no pull request).
cat >"$work/.env" <<ENV
INPUT_GITHUB-TOKEN=
INPUT_FAIL-ON=never
GITHUB_EVENT_NAME=workflow_dispatch
GITHUB_REPOSITORY=you/your-repo
GITHUB_WORKSPACE=$work/workspace
GITHUB_STEP_SUMMARY=$work/summary.md
RUNNER_TEMP=$work
ENV
: >"$work/summary.md"

# As the README says: from packages/action, the action's root two levels up, its entrypoint.
cd packages/action
PATH="$(dirname "$(pnpm exec node -p 'process.execPath')"):$PATH" \
  npx --yes @github/local-action@7.0.1 run ../.. packages/action/src/main.ts "$work/.env" >"$work/out" 2>&1 || {
  cat "$work/out" >&2
  echo "local-action: the recipe failed" >&2
  exit 1
}
cd "$root"

fail() { echo "local-action: $*" >&2; grep -v '^Progress' "$work/out" | tail -40 >&2; exit 1; }
grep -q "Linted $count article(s)" "$work/out" || fail "the Action did not lint the $count articles"
grep -q 'set-output name=errors::' "$work/out" || fail "the Action set no outputs"
grep -q 'Plume' "$work/summary.md" || fail "the job summary is empty"
echo "local-action: the README's recipe ran the Action on $count articles"
