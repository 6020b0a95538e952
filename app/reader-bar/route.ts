import { cookies } from 'next/headers';
import { tokensCss } from '@/lib/design/tokens';
import { escapeHtml } from '@/lib/html/escape-html';
import { getReaderBar } from '@/lib/weather/reader-bar';
import { readPreferences, safeReturnPath } from '@/lib/weather/reader-preferences';
import { siteConfig } from '@/lib/site-config';

/**
 * The reader bar as a tiny standalone document, framed by the page for readers without JavaScript
 * (streamed Suspense content needs JavaScript to show). Its form saves the choice and reloads the page.
 */
export async function GET(request: Request) {
  const store = await cookies();
  const data = await getReaderBar(readPreferences((name) => store.get(name)?.value));
  const returnPath = refererPath(request.headers.get('referer'));
  const weather = data.weather
    ? `<b>${escapeHtml(data.weather.temperature)}</b> ${escapeHtml(data.city.name)} <span class="label">(${escapeHtml(data.weather.label)})</span>`
    : `${escapeHtml(data.city.name)} <small>(weather unavailable)</small>`;
  const options = data.cities
    .map(
      (c) =>
        `<option value="${escapeHtml(c.id)}"${c.id === data.city.id ? ' selected' : ''}>${escapeHtml(c.name)}</option>`,
    )
    .join('');
  const html = `<!doctype html><html lang="${siteConfig.language}"><head><meta charset="utf-8"><meta name="robots" content="noindex">
<title>Today's date and weather</title>
<style>
${tokensCss}
body{margin:0;font:14px/2.5rem ui-sans-serif,system-ui,sans-serif;color:var(--color-muted);background:var(--color-paper);display:flex;flex-wrap:wrap;justify-content:space-between;column-gap:1rem;white-space:nowrap;overflow:hidden}
b{color:var(--color-ink)}form{display:flex;gap:.4rem;align-items:center}select,button{font:inherit;font-size:13px}
@media (max-width:640px){.label{display:none}}
</style></head><body>
<p style="margin:0">${weather} · <time datetime="${data.date.iso}">${escapeHtml(data.date.label)}</time></p>
<form method="post" action="/api/reader-preferences" target="_top">
<input type="hidden" name="return" value="${escapeHtml(returnPath)}">
<label>City <select name="city">${options}</select></label>
<select name="unit" aria-label="Temperature unit"><option value="c"${data.unit === 'c' ? ' selected' : ''}>°C</option><option value="f"${data.unit === 'f' ? ' selected' : ''}>°F</option></select>
<button type="submit">Save</button>
</form></body></html>`;
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}

function refererPath(referer: string | null): string {
  try {
    return referer ? safeReturnPath(new URL(referer).pathname) : '/';
  } catch {
    return '/';
  }
}
