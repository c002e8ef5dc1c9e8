#!/usr/bin/env bash
# Runs the whole pipeline locally: installs what is missing, starts (or reuses) the local test
# bed, builds the bundles, then runs each bundled action against the bed as GitHub would.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/tools.sh
npx tsx testbed/cli.ts up
npm run -s build
exec npx tsx scripts/demo.ts "$@"
