import { expect, test } from '@playwright/test';
import { loginBody, previewLink } from './editors-helpers';
import { startOwnServer, stopOwnServer } from './own-server';
import { rawRequest } from './raw-http';

/**
 * Every cookie Meridian sets, read from the raw Set-Cookie headers of a production server: the reader's weather
 * preferences, the editor's session, the preview grant and Next's draft-mode cookie. The session is SameSite=Strict,
 * the others SameSite=Lax (a preview link opened from mail must work), all Secure unless SITE_URL is plain http; the
 * secrets are HttpOnly, the two reader preferences deliberately not (the header island reads them on cached pages;
 * they hold only a city id and a unit). A server of its own (E2E_PORT+30) per SITE_URL.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 30;
const ARTICLE = 'gold-climbs-as-central-banks-keep-buying';
const form = 'Content-Type: application/x-www-form-urlencoded';

interface SetCookie {
  name: string;
  value: string;
  attributes: Map<string, string>;
}

function setCookies(head: string): SetCookie[] {
  return [...head.matchAll(/^set-cookie: *(.*)$/gim)].map(([, line]) => {
    const [pair, ...attributes] = line!.split(';').map((part) => part.trim());
    const [name, ...value] = pair!.split('=');
    return {
      name: name!,
      value: value.join('='),
      attributes: new Map(
        attributes.map((a) => [a.split('=')[0]!.toLowerCase(), a.split('=').slice(1).join('=')] as [string, string]),
      ),
    };
  });
}

/** The one cookie a response sets (a second Set-Cookie for the same name would leave its attributes to chance). */
function onlyCookie(head: string, name: string): SetCookie {
  const cookies = setCookies(head);
  expect(cookies.map((c) => c.name)).toEqual([name]);
  return cookies[0]!;
}

function expectHardened(cookie: SetCookie, secure: boolean, httpOnly = true, sameSite = 'lax') {
  expect(cookie.attributes.has('httponly'), `${cookie.name} HttpOnly`).toBe(httpOnly);
  expect(cookie.attributes.get('samesite')?.toLowerCase(), `${cookie.name} SameSite`).toBe(sameSite);
  expect(cookie.attributes.get('path'), `${cookie.name} Path`).toBe('/');
  expect(cookie.attributes.has('secure'), `${cookie.name} Secure`).toBe(secure);
  expect(cookie.attributes.has('domain'), `${cookie.name} Domain`).toBe(false);
}

for (const { site, secure } of [
  { site: 'https://news.example', secure: true },
  { site: `http://127.0.0.1:${PORT}`, secure: false },
]) {
  test(`cookies set with SITE_URL ${site}: the session SameSite=Strict, the rest Lax, ${secure ? '' : 'not '}Secure, secrets HttpOnly`, async () => {
    test.setTimeout(90_000);
    const server = await startOwnServer(PORT, { SITE_URL: site });
    try {
      const preferences = await rawRequest(PORT, {
        method: 'POST',
        path: '/api/reader-preferences',
        headers: [form],
        body: 'city=mumbai&unit=f&return=/',
      });
      expect(preferences.status).toBe(303);
      const saved = setCookies(preferences.head);
      expect(saved.map((c) => `${c.name}=${c.value}`).sort()).toEqual(['meridian-city=mumbai', 'meridian-unit=f']);
      for (const cookie of saved) {
        expectHardened(cookie, secure);
        expect(cookie.attributes.get('max-age')).toBe(String(365 * 24 * 3600));
      }

      const login = await rawRequest(PORT, {
        method: 'POST',
        path: '/api/newsroom/login',
        headers: [form],
        body: loginBody(),
      });
      expect(login.status).toBe(303);
      // Over https both desk cookies carry the __Host- prefix: no subdomain or plain-http page can set or shadow them.
      const prefix = secure ? '__Host-' : '';
      const desk = setCookies(login.head);
      expect(desk.map((c) => c.name).sort()).toEqual([`${prefix}meridian-device`, `${prefix}meridian-editor`]);
      for (const cookie of desk) expectHardened(cookie, secure, true, 'strict');
      const session = desk.find((c) => c.name === `${prefix}meridian-editor`)!;
      expect(session.attributes.get('max-age')).toBe(String(12 * 3600));
      expect(desk.find((c) => c.name === `${prefix}meridian-device`)!.attributes.get('max-age')).toBe(
        String(90 * 24 * 3600),
      );
      const logout = await rawRequest(PORT, { method: 'POST', path: '/api/newsroom/logout' });
      const ended = onlyCookie(logout.head, `${prefix}meridian-editor`);
      expectHardened(ended, secure, true, 'strict');
      expect(ended.attributes.get('max-age')).toBe('0');

      // Next writes Draft Mode's cookie SameSite=None; the preview routes rewrite it (lib/editors/draft-mode-cookie.ts).
      // The grant beside it ends with the link (one hour here).
      const preview = await rawRequest(PORT, { path: previewLink(ARTICLE) });
      expect(preview.status).toBe(303);
      const set = setCookies(preview.head);
      expect(set.map((c) => c.name).sort()).toEqual(['__prerender_bypass', 'meridian-preview']);
      const draft = set.find((c) => c.name === '__prerender_bypass')!;
      const grant = set.find((c) => c.name === 'meridian-preview')!;
      for (const cookie of set) expectHardened(cookie, secure);
      expect(draft.value).toMatch(/^[0-9a-f]{16,}$/);
      expect(Number(grant.attributes.get('max-age'))).toBeGreaterThan(3500);
      expect(Number(grant.attributes.get('max-age'))).toBeLessThanOrEqual(3600);
      const exit = await rawRequest(PORT, {
        method: 'POST',
        path: '/api/preview/exit',
        headers: [`Cookie: __prerender_bypass=${draft.value}; meridian-preview=${grant.value}`],
      });
      expect(exit.status).toBe(303);
      const cleared = setCookies(exit.head);
      expect(cleared.map((c) => c.name).sort()).toEqual(['__prerender_bypass', 'meridian-preview']);
      for (const cookie of cleared) {
        expectHardened(cookie, secure);
        expect(cookie.value).toBe('');
      }
      expect(Date.parse(cleared.find((c) => c.name === '__prerender_bypass')!.attributes.get('expires')!)).toBeLessThan(
        Date.now(),
      );
      expect(cleared.find((c) => c.name === 'meridian-preview')!.attributes.get('max-age')).toBe('0');

      // Reading sets nothing: pages (a reader's variant too), the view beacon, the APIs.
      for (const request of [
        { path: '/' },
        { path: `/articles/${ARTICLE}` },
        { path: '/', headers: ['Cookie: meridian-city=mumbai'] },
        { path: '/api/popular?limit=5' },
        {
          method: 'POST',
          path: '/api/views',
          headers: ['User-Agent: Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0.0.0', 'Content-Type: application/json'],
          body: JSON.stringify({ slug: ARTICLE }),
        },
      ]) {
        const response = await rawRequest(PORT, request);
        expect(response.status, request.path).toBeLessThan(300);
        expect(setCookies(response.head), request.path).toEqual([]);
      }
    } finally {
      await stopOwnServer(server);
    }
  });
}
