import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_SECRETS } from '../playwright.config';
import { startOwnServer, stopOwnServer } from './own-server';
import { rawRequest } from './raw-http';

/**
 * Faults that need a server of their own: a second production server (`npm start`: `next start`) of the same
 * build on E2E_PORT+10, reading its own scratch content, so its log can be read and it can be stopped with SIGTERM.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 10;
const ARTICLE = 'gold-climbs-as-central-banks-keep-buying';

const revalidateAll = () =>
  rawRequest(PORT, {
    method: 'POST',
    path: '/api/revalidate',
    headers: [`Authorization: Bearer ${E2E_SECRETS.REVALIDATE_SECRET}`, 'Content-Type: application/json'],
    body: '{"all":true}',
  });

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
    fs.writeFileSync(
      file,
      original.replace(/^title: "/m, 'title: "unterminated').replace(/^dek: .*$/m, 'dek: [broken') + `\n${sentence}\n`,
    );
    const refused = await revalidateAll();
    expect(refused.status, refused.body).toBe(422);
    expect(JSON.parse(refused.body).problems[0].file).toMatch(new RegExp(`${ARTICLE}\\.md$`));
    const during = await rawRequest(PORT, { path: `/articles/${ARTICLE}` });
    expect(during.status).toBe(200);
    expect(during.body).not.toContain(sentence);
    expect((await rawRequest(PORT, { path: '/api/health' })).status).toBe(200);
    expect(server.log()).toMatch(
      new RegExp(`Content problems \\(\\d+\\):\\n.*${ARTICLE}\\.md[\\s\\S]*Kept the last good content\\.`),
    );
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
    // Mumbai's weather upstream hangs (the stub): /api/weather answers only when its 1 s upstream timeout ends,
    // so those responses are still open when the signal arrives; pages render meanwhile.
    const inFlight = [
      ...Array.from({ length: 2 }, () => rawRequest(PORT, { path: '/api/weather?city=mumbai' })),
      rawRequest(PORT, { path: '/', headers: ['Cookie: meridian-city=mumbai'] }),
      rawRequest(PORT, { path: `/articles/${ARTICLE}`, headers: ['Cookie: meridian-city=mumbai'] }),
    ];
    await new Promise((r) => setTimeout(r, 300));
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');
    const responses = await Promise.all(inFlight);
    for (const response of responses) expect(response.status).toBe(200);
    for (const page of responses.slice(2)) expect(page.body).toContain('</html>');
    expect(
      Math.min(...responses.slice(0, 2).map((r) => r.finishedAt)),
      'a response was still open at SIGTERM',
    ).toBeGreaterThan(signalledAt);
    const code = await Promise.race([
      server.exited,
      new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000)),
    ]);
    // next start exits 143 (128 + SIGTERM) once every response in flight is sent.
    expect(code).toBe(143);
    await expect(rawRequest(PORT, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  } finally {
    await stopOwnServer(server);
  }
});
