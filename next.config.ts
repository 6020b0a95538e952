import path from 'node:path';
import type { NextConfig } from 'next';
import { securityHeaders } from './lib/http/security-headers';
import { readerVariantRewrites } from './lib/weather/reader-variant';
import { surrogateKeys } from './serving/surrogate-keys';

// Several instances share one cache in Redis (README, "Deployment"); without REDIS_URL, Next's built-in
// caches are used exactly as on one machine. The handlers are loaded by Node at run time, not bundled.
const sharedCacheHandlers: Partial<NextConfig> = process.env.REDIS_URL
  ? {
      cacheHandler: path.resolve('lib/cluster/cache-handlers/page-cache.mjs'),
      cacheHandlers: {
        default: path.resolve('lib/cluster/cache-handlers/use-cache.mjs'),
        remote: path.resolve('lib/cluster/cache-handlers/use-cache.mjs'),
      },
    }
  : {};

const nextConfig: NextConfig = {
  ...sharedCacheHandlers,
  // Cache Components: pages are static shells built from 'use cache' data getters (tagged in lib/); each reader
  // variant (city and unit, app/[reader], chosen by rewrites below) is a static page of its own (decision 015).
  cacheComponents: true,
  // Off on purpose: an article not prerendered at build is rendered completely on its first request
  // (params awaited outside Suspense), so a crawler never receives a fallback shell instead of the story.
  partialPrefetching: false,
  cacheLife: {
    // Article and list data: served from cache, refreshed in the background at most every 5 minutes,
    // and at once through revalidateTag when an editor publishes.
    content: { stale: 60, revalidate: 300, expire: 60 * 60 * 24 * 7 },
  },
  poweredByHeader: false,
  // Next hashes the whole page in JavaScript on every request to make its ETag: a third of the CPU of serving a
  // cached homepage (npm run bench). Varnish gives each stored copy an ETag and answers the 304s (decision 001).
  generateEtags: false,
  experimental: {
    // forbidden() from next/navigation: a desk page a role may not open answers 403 (app/newsroom/forbidden.tsx).
    authInterrupts: true,
    // Next buffers a request's body before proxy.ts runs. Routes that read a body are outside the proxy's matcher
    // (they cap and time their own bodies), so the rest never need more than this; it bounds a hostile client's cost.
    proxyClientMaxBodySize: '64kb',
    // Pages rendered at run time are written into .next unless MERIDIAN_ISR_FLUSH_TO_DISK=off: the test suites'
    // extra servers (other SITE_URL, scratch content) share the build and must not leave their pages in it.
    isrFlushToDisk: process.env.MERIDIAN_ISR_FLUSH_TO_DISK !== 'off',
  },
  // Each public page is served, under its own URL, as the reader's variant (city, unit, time zone) chosen by their
  // cookies: in Next's router, before the file system, so never as a second request. Decision 015.
  async rewrites() {
    return { beforeFiles: readerVariantRewrites(), afterFiles: [], fallback: [] };
  },
  // On every response, static files and 404s included (README, "Reliability and security").
  async headers() {
    const production = process.env.NODE_ENV === 'production';
    return [
      { source: '/:path*', headers: securityHeaders({ production, siteUrl: process.env.SITE_URL ?? '' }) },
      ...surrogateKeys(),
      // Files that change only with a deploy or a content edit: a day in browsers, a week at the edge.
      ...['/images/:path*', '/robots.txt', '/icon.svg', '/favicon.ico', '/apple-icon.png', '/manifest.webmanifest'].map(
        (source) => ({
          source,
          headers: [
            { key: 'Cache-Control', value: 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800' },
          ],
        }),
      ),
    ];
  },
  images: {
    // WebP only: encoding AVIF took seconds of CPU per image, so a crawler fetching every width at once timed out
    // and pushed the server past 1.3 GB (npm run bench:crawl).
    formats: ['image/webp'],
    deviceSizes: [360, 480, 640, 828, 1080, 1280, 1600],
    imageSizes: [64, 96, 128, 160, 256, 384],
    // Next's sandboxing policy for optimised images, plus the site-wide frame-ancestors.
    contentSecurityPolicy: "default-src 'self'; script-src 'none'; frame-src 'none'; frame-ancestors 'self'; sandbox;",
  },
};

export default nextConfig;
