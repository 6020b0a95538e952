#!/usr/bin/env bash
# Every test: lint, types, unit tests, then the production build and the end-to-end suites in Debian's Chromium
# (the cluster suite also runs Redis and nginx, installed through apt when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

# Absolute URLs (canonical, sitemaps, feeds) are baked in at build time: build for the address the tests use.
export E2E_PORT="${E2E_PORT:-3100}"
export SITE_URL="http://127.0.0.1:${E2E_PORT}"

bash scripts/ensure-chromium.sh
bash scripts/ensure-redis.sh
# e2e/front-proxy.spec.ts and e2e/cluster.spec.ts put a real nginx in front of the app.
bash scripts/ensure-debian-command.sh nginx nginx
npm run --silent lint
npm run --silent typecheck
npx vitest run
npm run --silent build
npx playwright test

# Page weight and Lighthouse budgets, each against its own `npm start` server of the same build (README, "Performance").
# Lighthouse's timing budgets (performance score, LCP, TBT) follow the machine's load: printed here, enforced by
# `npm run lighthouse` alone; its other budgets (accessibility, best practices, SEO 100, CLS 0) fail the run.
PERF_PORT=$((E2E_PORT + 50))
npm run --silent page-weight -- --port "$PERF_PORT" --out "${TMPDIR:-/tmp}/meridian-page-weight-${E2E_PORT}.json"
npm run --silent lighthouse -- --timings report --port "$PERF_PORT" --out "${TMPDIR:-/tmp}/meridian-lighthouse-${E2E_PORT}.json"
