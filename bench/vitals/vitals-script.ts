/**
 * The script added to every page before its own (Playwright's addInitScript): Google's `web-vitals` library
 * (attribution build) registers its PerformanceObservers, and every change of LCP, CLS and INP is kept in
 * `window.__benchVitals` for the benchmark to read. INP counts interactions from 16 ms (the smallest threshold the
 * Event Timing API allows) instead of the library's 40 ms, so a fast interaction is measured rather than omitted.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface PageVitals {
  lcpMs?: number;
  lcpTarget?: string;
  cls?: number;
  clsTarget?: string;
  inpMs?: number;
  inpTarget?: string;
  /** Interactions the browser counted (performance.interactionCount), to tell "none" from "all under 16 ms". */
  interactions?: number;
}

declare global {
  interface Window {
    __benchVitals: PageVitals;
  }
}

// The package exports its module builds only; the browser build (IIFE, global `webVitals`) sits beside them.
const dist = path.dirname(createRequire(import.meta.url).resolve('web-vitals/attribution'));
const library = fs.readFileSync(path.join(dist, 'web-vitals.attribution.iife.js'), 'utf8');
export const WEB_VITALS_VERSION = (
  JSON.parse(fs.readFileSync(path.join(dist, '..', 'package.json'), 'utf8')) as { version: string }
).version;

const register = `
window.__benchVitals = {};
(function (vitals, store) {
  var all = { reportAllChanges: true };
  vitals.onLCP(function (m) { store.lcpMs = m.value; store.lcpTarget = m.attribution.target; }, all);
  vitals.onCLS(function (m) { store.cls = m.value; store.clsTarget = m.attribution.largestShiftTarget; }, all);
  vitals.onINP(function (m) { store.inpMs = m.value; store.inpTarget = m.attribution.interactionTarget; }, { reportAllChanges: true, durationThreshold: 16 });
})(webVitals, window.__benchVitals);
`;

export const VITALS_INIT_SCRIPT = `${library}\n${register}`;

/**
 * Ends the page's life as a reader leaving it would: web-vitals reports its final CLS and INP when the page becomes
 * hidden. Headless Chromium never hides a page on its own, so the state and its event are stood in for. (A string,
 * not a function: tsx would wrap a function's inner functions in a helper the page does not have.)
 */
export const HIDE_PAGE = `
Object.defineProperty(document, 'visibilityState', { configurable: true, get: function () { return 'hidden'; } });
document.dispatchEvent(new Event('visibilitychange'));
`;
