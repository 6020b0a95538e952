#!/usr/bin/env bash
# Every test: lint, types, unit tests, then the production build and the end-to-end suites in Debian's Chromium
# (the cluster suite also runs Redis and Varnish, installed through apt when missing). Behaviour only: timings and
# budgets are printed by `npm run bench*`.
set -euo pipefail
cd "$(dirname "$0")/.."

# Absolute URLs (canonical, sitemaps, feeds) are baked in at build time: build for the address the tests use.
export E2E_PORT="${E2E_PORT:-3100}"
export SITE_URL="http://127.0.0.1:${E2E_PORT}"

bash scripts/ensure-chromium.sh
bash scripts/ensure-redis.sh
bash scripts/ensure-feedparser.sh
bash serving/ensure-varnish.sh
npm run --silent lint
npm run --silent format:check
npm run --silent typecheck
npx vitest run
npm run --silent build
npx playwright test
