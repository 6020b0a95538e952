import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CRAWLER_TICKET_HEADER, crawlerTurn, installCrawlerAdmission } from './crawler-admission';

const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
const READER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

let server: http.Server;
let port: number;
/** Handlers being served right now, by user agent kind, and the most crawlers ever served at once. */
const serving = { crawlers: 0, most: 0 };
const events: string[] = [];
/** Each served request waits here until the test lets it finish. */
const held: Array<() => void> = [];

beforeAll(async () => {
  process.env.CRAWLER_CONCURRENCY = '2';
  installCrawlerAdmission();
  // As proxy.ts does: wait for the turn, then "render" until released.
  server = http.createServer(async (request, response) => {
    if (!(await crawlerTurn((request.headers[CRAWLER_TICKET_HEADER] as string | undefined) ?? null))) return;
    const crawler = request.headers['user-agent'] === GOOGLEBOT;
    const name = request.url!.slice(1);
    events.push(`start ${name}`);
    if (crawler) serving.most = Math.max(serving.most, (serving.crawlers += 1));
    await new Promise<void>((resolve) => held.push(resolve));
    if (crawler) serving.crawlers -= 1;
    response.end(name);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => server.close());

function get(name: string, userAgent: string, headers: Record<string, string> = {}) {
  const controller = new AbortController();
  const answer = fetch(`http://127.0.0.1:${port}/${name}`, {
    headers: { 'User-Agent': userAgent, Connection: 'close', ...headers },
    signal: controller.signal,
  }).then(
    (response) => response.text(),
    () => 'aborted',
  );
  return { answer, abort: () => controller.abort() };
}

/** Lets every request being served finish, until `done` settles. */
async function releaseUntil(done: Promise<unknown>) {
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    held.splice(0).forEach((release) => release());
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const started = (name: string) => events.includes(`start ${name}`);
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
};

it('serves crawlers two at a time in order, while a reader goes straight through; a forged ticket is ignored', async () => {
  const crawls = Array.from({ length: 6 }, (_, n) => get(`crawl-${n}`, GOOGLEBOT));
  await until(() => started('crawl-0') && started('crawl-1'));
  // Give the waiting crawlers every chance to be let in wrongly.
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(serving.crawlers).toBe(2);

  const reader = get('reader', READER, { [CRAWLER_TICKET_HEADER]: '1' });
  await until(() => started('reader'));
  expect(events.filter((event) => event.startsWith('start crawl'))).toHaveLength(2);

  await releaseUntil(Promise.all([reader.answer, ...crawls.map((crawl) => crawl.answer)]));
  expect(await reader.answer).toBe('reader');
  expect(await Promise.all(crawls.map((crawl) => crawl.answer))).toEqual(crawls.map((_, n) => `crawl-${n}`));
  expect(serving.most).toBe(2);
  const crawlerStarts = events.filter((event) => event.startsWith('start crawl'));
  expect(crawlerStarts).toEqual(crawls.map((_, n) => `start crawl-${n}`));
});

it('a crawler that hangs up, served or waiting, gives its turn to the next one', async () => {
  events.length = 0;
  const served = [get('served-0', GOOGLEBOT), get('served-1', GOOGLEBOT)];
  await until(() => started('served-0') && started('served-1'));
  const waiting = get('waiting', GOOGLEBOT);
  const next = get('next', GOOGLEBOT);
  await new Promise((resolve) => setTimeout(resolve, 50));
  waiting.abort();
  // Let the server see that hang-up before the next one.
  await new Promise((resolve) => setTimeout(resolve, 100));
  served[0]!.abort();
  await until(() => started('next'));
  expect(started('waiting')).toBe(false);
  await releaseUntil(Promise.all([next.answer, served[1]!.answer]));
  expect(await next.answer).toBe('next');
  expect(await waiting.answer).toBe('aborted');
});

it('a crawler still served after its turn (waiting on I/O or a slow reader) lets the next one in', async () => {
  events.length = 0;
  const slow = [get('slow-0', GOOGLEBOT), get('slow-1', GOOGLEBOT)];
  await until(() => started('slow-0') && started('slow-1'));
  const next = get('after-turn', GOOGLEBOT);
  // Hangs (the test times out) if the two held crawlers kept it out.
  await until(() => started('after-turn'));
  await releaseUntil(Promise.all([next.answer, ...slow.map((request) => request.answer)]));
  expect(await next.answer).toBe('after-turn');
});
