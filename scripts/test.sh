#!/usr/bin/env bash
# Every test: lint, types, unit tests, then the production build and the end-to-end suites in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh
bash scripts/ensure-redis.sh
npm run --silent lint
npm run --silent typecheck
npx vitest run
npm run --silent build
npx playwright test
