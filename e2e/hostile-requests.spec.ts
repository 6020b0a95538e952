import { expect, test } from '@playwright/test';
import { E2E_SECRETS } from '../playwright.config';
import { PAGE_TYPES } from '../test-support/page-types';
import { rawRequest, type RawResponse } from './raw-http';

/**
 * Malformed requests sent raw over TCP (no client library to normalise them): paths, query strings, headers,
 * cookies and bodies. Nothing may answer 5xx, leak a file from outside the site, or echo an injected header.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const LEAKS = [
  /root:x?:0:0/,
  /\[core\]/,
  /\[extensions\]/,
  /PREVIEW_SECRET|REVALIDATE_SECRET/,
  /"name": "meridian"/,
  /BEGIN [A-Z ]*PRIVATE KEY/,
  new RegExp(E2E_SECRETS.REVALIDATE_SECRET),
];

interface Case {
  name: string;
  method?: string;
  path: string;
  headers?: string[];
  body?: string;
  allowed: number[];
}

function expectSafe(c: Case, response: RawResponse) {
  expect(c.allowed, `${c.name}: status ${response.status}\n${response.head.slice(0, 300)}`).toContain(response.status);
  for (const leak of LEAKS) expect(response.body, `${c.name} leaks ${leak}`).not.toMatch(leak);
  expect(response.head, `${c.name}: injected header`).not.toMatch(/^(set-cookie: evil|x-injected)/im);
  expect(response.head, `${c.name}: redirect off-site`).not.toMatch(/^location: *(https?:)?\/\/(?!127\.0\.0\.1)/im);
}

async function runAll(cases: Case[], concurrency = 6) {
  let next = 0;
  const failures: string[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < cases.length) {
        const c = cases[next++]!;
        try {
          let response = await rawRequest(PORT, c);
          // Next itself (before the proxy runs) redirects backslashes and repeated slashes to the normalised path,
          // and RSC requests to their cache-busting URL: such a same-origin redirect is followed once.
          const location = /^location: *(\/(?![/\\])[^\r\n]*)/im.exec(response.head)?.[1];
          if ([307, 308].includes(response.status) && !c.allowed.includes(response.status) && location) {
            response = await rawRequest(PORT, { ...c, method: 'GET', body: undefined, path: location });
          }
          expectSafe(c, response);
        } catch (error) {
          failures.push(error instanceof Error ? error.message.split('\n').slice(0, 4).join(' | ') : String(error));
        }
      }
    }),
  );
  expect(failures, `${failures.length} of ${cases.length} failed`).toEqual([]);
}

const BASES = [
  '/',
  '/articles/',
  '/section/',
  '/tag/',
  '/author/',
  '/page/',
  '/images/',
  '/images/articles/',
  '/_next/static/',
  '/_next/static/chunks/',
  '/api/',
  '/api/stories/',
  '/feeds/',
  '/media/articles/',
  '/newsroom/',
];
const ATTACKS = [
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%5c..%5cwindows%5cwin.ini',
  '..\\..\\..\\etc\\passwd',
  '%252e%252e%252f%252e%252e%252fetc%252fpasswd',
  '..%c0%af..%c0%afetc/passwd',
  '%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
  '.env',
  '.git/config',
  '..;/..;/etc/passwd',
  '....//....//etc/passwd',
  'nul%00byte',
  '%00',
  'image%00.webp',
  '%',
  '%Z',
  '%ZZ',
  '%C3%28',
  '%E0%A4%A',
  '%FF%FE',
  '%u002e%u002e/etc/passwd',
  'caf\u00e9',
  '%F0%9F%98%80',
  'a'.repeat(300),
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '<script>alert(1)</script>',
  '%0d%0aSet-Cookie:%20evil=1',
  '%0aX-Injected:%201',
  '%E2%80%AEgnp.exe',
  '\u0001',
  'a\tb',
  '../package.json',
  '../.next/BUILD_ID',
  '../../data/authors.json',
  'x/../../../../proc/self/environ',
];

test('500+ malformed paths give 400 or 404, never 5xx or a file from outside the site', async () => {
  test.setTimeout(180_000);
  const cases: Case[] = BASES.flatMap((base) =>
    ATTACKS.map((attack) => ({
      name: `${base}${attack}`.slice(0, 100),
      path: `${base}${attack}`,
      allowed: [400, 404],
    })),
  );
  cases.push(
    { name: 'long path (10k)', path: `/articles/${'a'.repeat(10_000)}`, allowed: [400] },
    { name: 'many segments', path: '/a'.repeat(1500), allowed: [400, 404] },
    // Beyond Node's 16 KiB header limit the HTTP parser itself refuses the request.
    { name: 'huge path (40k)', path: `/${'a'.repeat(40_000)}`, allowed: [400, 414, 431] },
    { name: 'no leading slash', path: 'etc/passwd', allowed: [400, 404] },
  );
  expect(cases.length).toBeGreaterThanOrEqual(300);
  await runAll(cases);
});

const QUERIES = [
  '?%',
  '?%ZZ',
  '?a=%00',
  '?%00=%00',
  '?page=-1',
  '?page=1e309',
  '?q=%3Cscript%3Ealert(1)%3C/script%3E',
  `?x=${'y'.repeat(8000)}`,
  '?a[]=1&a[b]=2',
  '?__proto__[polluted]=1',
  '?constructor[prototype][polluted]=1',
  '?_rsc=%ZZ',
  '?__nextDataReq=1',
  '?__nextLocale=../../',
  '?utm_source=%E0%A4%A',
  '?city=../../../etc/passwd&unit=k',
  '?list=section&slug=%2e%2e&page=1',
  '?list=latest&page=NaN',
  '?&&&==&=',
  `?${Array.from({ length: 500 }, (_, i) => `k${i}=v`).join('&')}`,
];
const QUERY_TARGETS = [
  '/',
  PAGE_TYPES.article,
  PAGE_TYPES.section,
  PAGE_TYPES.tag,
  '/api/stories',
  '/api/weather',
  '/feed.xml',
];

test('malformed query strings are refused (400) by the handlers that read them and ignored by pages, never 5xx', async () => {
  test.setTimeout(120_000);
  const cases: Case[] = QUERY_TARGETS.flatMap((target) =>
    QUERIES.map((query) => ({
      name: `${target}${query}`.slice(0, 100),
      path: `${target}${query}`,
      // The stories API validates its whole query; pages and the weather API ignore what they do not read.
      allowed: target === '/api/stories' ? [400] : [200],
    })),
  );
  await runAll(cases);
});

const HEADERS = [
  'X-Forwarded-Host: evil.example',
  'X-Forwarded-Proto: javascript',
  'Forwarded: host=evil.example;proto=https',
  'Accept: */*;q=NaN',
  `Accept-Language: ${'a'.repeat(5000)}`,
  'Accept-Encoding: gzip;q=-1, br;q=NaN',
  'If-Modified-Since: not a date',
  'If-None-Match: "\u00ff\u00fe"',
  'Range: bytes=999999999-',
  'Range: bytes=-0',
  'RSC: 1',
  'Next-Router-State-Tree: %7Bgarbage',
  `Next-Router-State-Tree: ${encodeURIComponent('[1,2,3]')}`,
  'Next-Router-Prefetch: 1',
  'Next-Router-Segment-Prefetch: /../../etc',
  'Next-Url: /../../etc/passwd',
  'Next-Action: 0123456789abcdef0123456789abcdef01234567',
  'x-middleware-subrequest: middleware:middleware:middleware:middleware:middleware',
  'x-middleware-subrequest: proxy:proxy:proxy:proxy:proxy',
  'x-invoke-path: /etc/passwd',
  'x-matched-path: /../../etc/passwd',
  'X-Forwarded-For: <script>alert(1)</script>',
  'User-Agent: () { :; }; echo vulnerable',
  'Content-Type: ../../etc/passwd',
  'Referer: javascript:alert(1)',
  'Cookie: meridian-city=%ZZ; meridian-unit=<script>',
  'Cookie: meridian-city=../../etc/passwd',
  `Cookie: meridian-city=${'x'.repeat(6000)}`,
  'Cookie: __prerender_bypass=forged-value',
  'Cookie: meridian-editor=forged.value.sig',
  'Cookie: a=b; ; ;;=;; =x',
  'Cookie: meridian-city=%00%0d%0a',
  'Cookie: meridian-unit=k; meridian-unit=f; meridian-city=mars',
  'X-HTTP-Method-Override: DELETE',
];
const HEADER_TARGETS = ['/', PAGE_TYPES.article, PAGE_TYPES.section, '/api/weather', '/newsroom'];

test('malformed headers and cookies are refused or ignored, never 5xx, never an off-site redirect', async () => {
  test.setTimeout(120_000);
  const cases: Case[] = HEADER_TARGETS.flatMap((target) =>
    HEADERS.map((header) => ({
      name: `${target} ${header}`.slice(0, 100),
      path: target,
      headers: [header],
      allowed: [200, 400],
    })),
  );
  cases.push(
    // A header block beyond Node's 16 KiB limit is refused by the HTTP parser.
    { name: 'huge header', path: '/', headers: [`X-Big: ${'a'.repeat(20_000)}`], allowed: [431] },
    { name: 'huge cookie', path: '/', headers: [`Cookie: a=${'a'.repeat(20_000)}`], allowed: [431] },
    { name: 'raw null byte in header', path: '/', headers: ['X-Null: a\u0000b'], allowed: [400] },
    { name: 'header without colon', path: '/', headers: ['NoColonHere'], allowed: [400] },
    {
      name: 'first page with a forwarded host',
      path: '/page/1',
      headers: ['X-Forwarded-Host: evil.example'],
      allowed: [301],
    },
    {
      name: 'former slug with a forwarded host',
      path: '/articles/emerging-central-banks-extend-gold-buying',
      headers: ['X-Forwarded-Host: evil.example', 'X-Forwarded-Proto: https'],
      allowed: [301],
    },
  );
  await runAll(cases);
});

const revalidateAuth = `Authorization: Bearer ${E2E_SECRETS.REVALIDATE_SECRET}`;

test('oversized or malformed bodies to the route handlers give 413 or 400', async () => {
  const big = 'x'.repeat(200_000);
  const chunked = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n0\r\n\r\n`;
  const form = 'Content-Type: application/x-www-form-urlencoded';
  const cases: Case[] = [
    {
      name: 'prefs: oversized form',
      method: 'POST',
      path: '/api/reader-preferences',
      headers: [form],
      body: `city=${big}`,
      allowed: [413],
    },
    {
      name: 'prefs: oversized chunked form (no length)',
      method: 'POST',
      path: '/api/reader-preferences',
      headers: [form, 'Transfer-Encoding: chunked'],
      body: chunked(`city=${big}`),
      allowed: [413],
    },
    {
      name: 'prefs: multipart without boundary',
      method: 'POST',
      path: '/api/reader-preferences',
      headers: ['Content-Type: multipart/form-data'],
      body: 'garbage',
      allowed: [400],
    },
    {
      name: 'prefs: broken multipart',
      method: 'POST',
      path: '/api/reader-preferences',
      headers: ['Content-Type: multipart/form-data; boundary=zz'],
      body: '--zz\r\nbroken',
      allowed: [400],
    },
    {
      name: 'prefs: JSON instead of a form',
      method: 'POST',
      path: '/api/reader-preferences',
      headers: ['Content-Type: application/json'],
      body: '{"city":"beijing"}',
      allowed: [400],
    },
    {
      name: 'prefs: no content type',
      method: 'POST',
      path: '/api/reader-preferences',
      body: 'city=beijing',
      allowed: [400],
    },
    {
      name: 'revalidate: oversized',
      method: 'POST',
      path: '/api/revalidate',
      headers: [revalidateAuth, 'Content-Type: application/json'],
      body: `{"slugs":["${big}"]}`,
      allowed: [413],
    },
    {
      name: 'revalidate: oversized chunked',
      method: 'POST',
      path: '/api/revalidate',
      headers: [revalidateAuth, 'Transfer-Encoding: chunked'],
      body: chunked(`{"slugs":["${big}"]}`),
      allowed: [413],
    },
    {
      name: 'revalidate: not JSON',
      method: 'POST',
      path: '/api/revalidate',
      headers: [revalidateAuth],
      body: '{"all": tru',
      allowed: [400],
    },
    {
      name: 'revalidate: invalid UTF-8',
      method: 'POST',
      path: '/api/revalidate',
      headers: [revalidateAuth],
      body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('latin1'),
      allowed: [400],
    },
    {
      name: 'revalidate: wrong shape',
      method: 'POST',
      path: '/api/revalidate',
      headers: [revalidateAuth],
      body: '{"slugs":"not-a-list","__proto__":{"all":true}}',
      allowed: [400],
    },
    {
      name: 'revalidate: deep nesting',
      method: 'POST',
      path: '/api/revalidate',
      headers: [revalidateAuth],
      body: `${'['.repeat(20_000)}${']'.repeat(20_000)}`,
      allowed: [400],
    },
    {
      name: 'revalidate: empty',
      method: 'POST',
      path: '/api/revalidate',
      headers: [revalidateAuth],
      body: '',
      allowed: [400],
    },
    {
      name: 'login: oversized',
      method: 'POST',
      path: '/api/newsroom/login',
      headers: [form],
      body: `password=${big}`,
      allowed: [413],
    },
    {
      name: 'login: oversized chunked',
      method: 'POST',
      path: '/api/newsroom/login',
      headers: [form, 'Transfer-Encoding: chunked'],
      body: chunked(`password=${big}`),
      allowed: [413],
    },
    {
      name: 'preview exit: oversized body',
      method: 'POST',
      path: '/api/preview/exit',
      headers: [form],
      body: big,
      allowed: [303, 413],
    },
    { name: 'stories: body on GET-only route', method: 'POST', path: '/api/stories', body: big, allowed: [405] },
  ];
  await runAll(cases, 2);
});

test('revalidation and preview secrets resist brute force: wrong guesses are refused per client address, never the right secret', async () => {
  // Distinct loopback source addresses: the server believes the socket, not X-Forwarded-For.
  const attacker = '127.0.3.77';
  const bystander = '127.0.3.5';
  const guess = (i: number, from: string) =>
    rawRequest(PORT, {
      method: 'POST',
      path: '/api/revalidate',
      headers: [`Authorization: Bearer guess-${i}`, `X-Forwarded-For: 198.51.100.${i}`],
      body: '{"all":true}',
      from,
    });
  for (let i = 0; i < 20; i++) expect((await guess(i, attacker)).status).toBe(401);
  const blocked = await guess(20, attacker);
  expect(blocked.status).toBe(429);
  expect(blocked.head).toMatch(/^retry-after: \d+/im);
  // The right secret is never refused: guessing it is hopeless, and refusing it would let anyone lock editors out.
  const right = await rawRequest(PORT, {
    method: 'POST',
    path: '/api/revalidate',
    headers: [revalidateAuth],
    body: '{"slugs":[]}',
    from: attacker,
  });
  expect(right.status).toBe(400);
  expect((await guess(0, bystander)).status).toBe(401);

  const forged = (i: number, from: string) =>
    rawRequest(PORT, { path: `/api/preview?slug=some-story&expires=${2_000_000_000 + i}&sig=${'0'.repeat(64)}`, from });
  for (let i = 0; i < 20; i++) expect((await forged(i, attacker)).status).toBe(401);
  expect((await forged(20, attacker)).status).toBe(429);
  expect((await forged(0, bystander)).status).toBe(401);
});

test('request targets other than a path: asterisk-form gets a 400 that says why, CONNECT no tunnel, absolute-form is served as its path', async () => {
  for (const method of ['GET', 'HEAD', 'OPTIONS', 'POST']) {
    const asterisk = await rawRequest(PORT, { method, path: '*' });
    expect(asterisk.status, `${method} *`).toBe(400);
    if (method !== 'HEAD') expect(asterisk.body, `${method} *`).toMatch(/^Bad request: the asterisk request target/);
  }
  // Node's server closes a CONNECT at once when nobody listens for it (next start does not): no tunnel, no answer.
  const connect = await rawRequest(PORT, { method: 'CONNECT', path: 'evil.example:443' });
  expect([0, 400]).toContain(connect.status);
  const otherScheme = await rawRequest(PORT, { path: 'ftp://evil.example/x' });
  expect(otherScheme.status).toBe(400);
  expect(otherScheme.body).toMatch(/^Bad request: the request target must be a path/);
  // Node's HTTP parser refuses these itself (400, no body) before any handler sees them.
  for (const path of ['evil.example:443', 'javascript:alert(1)'])
    expect((await rawRequest(PORT, { path })).status, path).toBe(400);
  // What a client configured for a proxy sends: this server answers for the path, never fetches or redirects to the host.
  const absolute = await rawRequest(PORT, { path: 'http://evil.example/x' });
  expect(absolute.status).toBe(404);
  expect(absolute.head).not.toMatch(/^location:/im);
  expect((await rawRequest(PORT, { path: `http://127.0.0.1:${PORT}/api/health` })).status).toBe(200);
  const traversal = await rawRequest(PORT, { path: 'http://evil.example/..%2f..%2fetc%2fpasswd' });
  expect(traversal.status).toBe(400);
});
