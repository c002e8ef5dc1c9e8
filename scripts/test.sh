#!/usr/bin/env bash
# The one test command (README, CI): installs what is missing, checks types, lint and format,
# then runs every test against the real local test bed, and ends with the runner's totals.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n== %s\n' "$*"; }
fail() { printf '\n0 passed, 1 failed\n'; echo "error: $*" >&2; exit 1; }

step "npm dependencies"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || fail "npm ci failed"
fi

step "pinned tools (apt packages, go builds, Node 24)"
bash scripts/tools.sh || fail "installing the pinned tools failed (scripts/tools.sh)"

step "typecheck, lint, format"
npx tsc --noEmit -p . || fail "typecheck failed"
npm run -s lint || fail "lint failed (eslint, or prettier: run npm run format)"

step "tests"
# On CI, stop the bed after the run; locally it stays up so the next run starts in a second.
if [ "${CI:-}" = "true" ]; then export TESTBED_TEARDOWN=1; fi
# Outside .testbed/: on CI the bed's teardown removes that directory.
results="$(mktemp -d)/vitest-results.json"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results" "$@"
status=$?

# vitest is not among the runners CI reads, so print the plain totals line ourselves.
if [ -f "$results" ]; then
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const failedSuites = r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
    const skipped = r.numPendingTests + r.numTodoTests;
    console.log(`\nvitest: ${r.numPassedTests} passed, ${r.numFailedTests + failedSuites} failed, ${skipped} skipped`);
  ' "$results"
else
  printf '\nvitest: 0 passed, 1 failed\n'
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
