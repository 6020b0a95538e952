import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_SECRETS } from '../playwright.config';
import { startOwnServer, stopOwnServer } from './own-server';
import { rawRequest } from './raw-http';

/**
 * Faults that need a server of their own: a second `next start` of the same build on E2E_PORT+10, reading its
 * own scratch content, so its log can be read and it can be stopped with SIGTERM.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 10;
const ARTICLE = 'gold-climbs-as-central-banks-keep-buying';

const revalidateAll = () =>
  rawRequest(PORT, { method: 'POST', path: '/api/revalidate', headers: [`Authorization: Bearer ${E2E_SECRETS.REVALIDATE_SECRET}`, 'Content-Type: application/json'], body: '{"all":true}' });

test('a content file broken while the server runs: the last good version stays live and the problem is logged', async () => {
  test.setTimeout(90_000);
  const server = await startOwnServer(PORT);
  try {
    const before = await rawRequest(PORT, { path: `/articles/${ARTICLE}` });
    expect(before.status).toBe(200);
    const file = path.join(server.contentDir, 'articles', `${ARTICLE}.md`);
    const original = fs.readFileSync(file, 'utf8');
    const sentence = `An edit that must not go live ${Date.now()}.`;
    // Unclosed front matter quote and a body edit: the file no longer parses.
    fs.writeFileSync(file, original.replace(/^title: "/m, 'title: "unterminated').replace(/^dek: .*$/m, 'dek: [broken') + `\n${sentence}\n`);
    const refused = await revalidateAll();
    expect(refused.status, refused.body).toBe(422);
    expect(JSON.parse(refused.body).problems[0].file).toMatch(new RegExp(`${ARTICLE}\\.md$`));
    const during = await rawRequest(PORT, { path: `/articles/${ARTICLE}` });
    expect(during.status).toBe(200);
    expect(during.body).not.toContain(sentence);
    expect((await rawRequest(PORT, { path: '/api/health' })).status).toBe(200);
    expect(server.log()).toMatch(new RegExp(`Content problems \\(\\d+\\):\\n.*${ARTICLE}\\.md[\\s\\S]*Kept the last good content\\.`));
    fs.writeFileSync(file, original);
    expect((await revalidateAll()).status).toBe(200);
  } finally {
    await stopOwnServer(server);
  }
});

test('SIGTERM: in-flight requests finish, new connections are refused and the process exits promptly', async () => {
  test.setTimeout(90_000);
  const server = await startOwnServer(PORT);
  try {
    // Mumbai's weather upstream hangs (the stub): the page's weather part waits before it streams, so these
    // responses are still open when the signal arrives.
    let started = 0;
    const inFlight = Array.from({ length: 4 }, (_, i) =>
      rawRequest(PORT, { path: i % 2 ? `/articles/${ARTICLE}` : '/', headers: ['Cookie: meridian-city=mumbai'], onFirstByte: () => started++ }),
    );
    // Signal once every response has begun (the static shell streams at once; the weather part follows).
    while (started < inFlight.length) await new Promise((r) => setTimeout(r, 5));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const responses = await Promise.all(inFlight);
    for (const response of responses) {
      expect(response.status).toBe(200);
      expect(response.body).toContain('</html>');
    }
    expect(Math.max(...responses.map((r) => r.finishedAt)), 'a response was still streaming at SIGTERM').toBeGreaterThan(signalledAt);
    const code = await Promise.race([server.exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 5_000))]);
    // next start exits with 143 (128 + SIGTERM) after draining: the conventional code for a clean stop by SIGTERM.
    expect(code).toBe(143);
    expect(Date.now() - signalledAt).toBeLessThan(5_000);
    await expect(rawRequest(PORT, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  } finally {
    await stopOwnServer(server);
  }
});
