import fs from 'node:fs';
import Database from 'better-sqlite3';
import path from 'node:path';
import { VIEWS_DATA_DIR } from '../playwright.config';
import { rawRequest, type RawResponse } from './raw-http';

export const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Next's Draft Mode cookie value for this build: the same for every preview link and every editor. */
export function draftModeCookieValue(): string {
  return (
    JSON.parse(fs.readFileSync('.next/prerender-manifest.json', 'utf8')) as { preview: { previewModeId: string } }
  ).preview.previewModeId;
}

/** The cookies a response sets, as one Cookie header value (name=value; ...), cleared ones left out. */
export function cookiesFrom(response: RawResponse): string {
  return [...response.head.matchAll(/^set-cookie: *([^=]+)=([^;\r\n]*)/gim)]
    .filter(([, , value]) => value !== '')
    .map(([, name, value]) => `${name}=${value}`)
    .join('; ');
}

/** Unique views the shared server's SQLite store holds for one article (read-only, beside the running server). */
export function storedViews(slug: string): number {
  const file = path.join(VIEWS_DATA_DIR, 'views.sqlite');
  if (!fs.existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (
      db.prepare('SELECT COALESCE(SUM(views), 0) AS views FROM view_counts WHERE slug = ?').get(slug) as {
        views: number;
      }
    ).views;
  } finally {
    db.close();
  }
}

/** A loopback source address of its own for each test (Linux routes all of 127.0.0.0/8 to lo). */
export const address = (n: number) => `127.0.${Math.floor(n / 250)}.${(n % 250) + 2}`;

/** Runs `count` jobs, `concurrency` at a time. */
export async function inParallel<T>(count: number, concurrency: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await job(i);
      }
    }),
  );
  return results;
}

export async function timed(request: Parameters<typeof rawRequest>[1]): Promise<RawResponse & { ms: number }> {
  const started = Date.now();
  const response = await rawRequest(PORT, request);
  return { ...response, ms: Date.now() - started };
}
