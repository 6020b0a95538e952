import { connection } from 'next/server';
import { formatLongDate, isoDateIn } from '@/lib/format/dates';
import { escapeHtml } from '@/lib/html/escape-html';
import { siteConfig } from '@/lib/site-config';

/** The reader bar as a tiny standalone document, framed by the page for readers without JavaScript. */
export async function GET() {
  await connection();
  const now = new Date();
  const html = `<!doctype html><html lang="${siteConfig.language}"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<title>Today's date and weather</title>
<style>
body{margin:0;font:14px/2rem ui-sans-serif,system-ui,sans-serif;color:#595959;background:#fffdf8}
@media (prefers-color-scheme:dark){body{color:#b3b3b3;background:#121212}}
</style></head><body><time datetime="${isoDateIn(now, siteConfig.timeZone)}">${escapeHtml(formatLongDate(now))}</time></body></html>`;
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' },
  });
}
