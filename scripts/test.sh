#!/usr/bin/env bash
# Every test: lint, types, unit tests, then the production build and the end-to-end suites in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

# Absolute URLs (canonical, sitemaps, feeds) are baked in at build time: build for the address the tests use.
export E2E_PORT="${E2E_PORT:-3100}"
export SITE_URL="http://127.0.0.1:${E2E_PORT}"

bash scripts/ensure-chromium.sh
bash scripts/ensure-redis.sh
# e2e/front-proxy.spec.ts puts a real nginx in front of the app.
bash scripts/ensure-debian-command.sh nginx nginx
npm run --silent lint
npm run --silent typecheck
npx vitest run
npm run --silent build
npx playwright test

# Page weight and Lighthouse budgets, each against its own `next start` of the same build (README, "Performance").
PERF_PORT=$((E2E_PORT + 50))
npm run --silent page-weight -- --port "$PERF_PORT" --out "${TMPDIR:-/tmp}/meridian-page-weight-${E2E_PORT}.json"
npm run --silent lighthouse -- --port "$PERF_PORT" --out "${TMPDIR:-/tmp}/meridian-lighthouse-${E2E_PORT}.json"
