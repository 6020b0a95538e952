import { colours } from '@/lib/design/tokens';
import { escapeHtml } from '@/lib/html/escape-html';

/** A small self-contained HTML page for answers outside the app's layout (401s, plain confirmations). */
export function htmlPage(
  status: number,
  title: string,
  message: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const body =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} | Meridian</title>` +
    `<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:${colours.light.ink}}</style></head>` +
    `<body><p><strong>${status}</strong></p><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Meridian homepage</a></p></body></html>`;
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
      ...extraHeaders,
    },
  });
}
