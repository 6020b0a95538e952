import { expect, test, type APIResponse } from '@playwright/test';
import { PAGE_TYPES } from '../test-support/page-types';

/** The headers every response must carry (lib/http/security-headers.ts); HSTS only from an https production site. */
function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toBe('camera=(), microphone=(), geolocation=(), interest-cohort=()');
  expect(headers['x-frame-options'], what).toBe('SAMEORIGIN');
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, what).toContain("frame-ancestors 'self'");
  if (what.startsWith('/_next/image')) {
    // The image optimiser sends its own, stricter policy (images.contentSecurityPolicy in next.config.ts).
    expect(csp, what).toContain("script-src 'none'");
    expect(csp, what).toContain('sandbox');
  } else {
    expect(csp, what).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp, what).toContain("object-src 'none'");
    expect(csp, what).toContain("base-uri 'self'");
  }
  // The e2e server's SITE_URL is plain http: no HSTS (it would pin a browser to https on 127.0.0.1).
  expect(headers['strict-transport-security'], what).toBeUndefined();
}

test('every kind of response carries the security headers', async ({ request }) => {
  const home = await request.get('/');
  const html = await home.text();
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const css = /<link[^>]+rel="stylesheet"[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  expect(script, 'a script from _next/static').toBeTruthy();
  expect(css, 'a stylesheet from _next/static').toBeTruthy();
  const image = '/images/articles/arabica-coffee-hits-record-on-brazil-crop-cut.webp';
  const samples: [string, number][] = [
    ...Object.values(PAGE_TYPES).map((path): [string, number] => [path, path === PAGE_TYPES.notFound ? 404 : 200]),
    [script!, 200],
    [css!, 200],
    [image, 200],
    [`/_next/image?url=${encodeURIComponent(image)}&w=640&q=75`, 200],
    ['/icon.svg', 200],
    ['/robots.txt', 200],
    ['/sitemap.xml', 200],
    ['/feed.xml', 200],
    ['/atom.xml', 200],
    ['/feed.json', 200],
    ['/newsroom', 200],
    ['/api/weather?city=beijing', 200],
    ['/api/stories?list=latest&page=2', 200],
    ['/api/stories?list=bogus', 400],
    ['/api/health', 200],
    ['/no/such/page', 404],
    ['/images/articles/none.webp', 404],
    ['/_next/static/chunks/none.js', 404],
    ['/articles/%ZZ', 400],
    ['/page/1', 301],
    ['/articles/emerging-central-banks-extend-gold-buying', 301],
    ['/api/preview?slug=x&expires=1&sig=y', 401],
  ];
  for (const [path, status] of samples) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
  }
  const posted = await request.post('/api/reader-preferences', {
    form: { city: 'beijing', unit: 'c', return: '/' },
    maxRedirects: 0,
  });
  expect(posted.status()).toBe(303);
  expectSecurityHeaders(posted, 'POST /api/reader-preferences');
  const head = await request.head(PAGE_TYPES.article);
  expectSecurityHeaders(head, `HEAD ${PAGE_TYPES.article}`);
});

test('the policy breaks nothing: pages load with no CSP violation', async ({ page, browserName }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/content security policy|refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Refused to load: CSP ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of [PAGE_TYPES.home, PAGE_TYPES.article, PAGE_TYPES.section, '/newsroom']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(violations, browserName).toEqual([]);
});

test('/api/health reports readiness for a load balancer, never cached', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  const body = await response.json();
  expect(body.ready).toBe(true);
  expect(body.checks.content).toEqual(expect.objectContaining({ ok: true, problems: 0 }));
  expect(body.checks.content.articles).toBeGreaterThan(10);
});
