/**
 * Chrome DevTools' "Slow 4G" network preset, as its front end sends it through the DevTools protocol
 * (chrome-devtools-frontend, front_end/core/sdk/NetworkManager.ts, `Slow4GConditions`, named so since May 2024;
 * formerly "Fast 3G"): a target of 150 ms RTT and 1.6 Mbps down, 0.75 Mbps up, which DevTools applies as a
 * request latency of 150 x 3.75 = 562.5 ms and 90% of the bandwidths (its adjustment for per-request throttling).
 * Lighthouse's mobile profile simulates the same connection.
 */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
  uploadThroughput: ((750 * 1000) / 8) * 0.9,
  connectionType: 'cellular4g',
} as const;

/** DevTools' "4x slowdown" CPU preset (Emulation.setCPUThrottlingRate), relative to the host it runs on. */
export const CPU_SLOWDOWN = 4;

/** Lighthouse's mobile screen (a Moto G Power) and a matching user agent, so the page is served as to a phone. */
export const MOBILE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};
