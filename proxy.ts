import { NextResponse, type NextRequest } from 'next/server';
import { currentSlugFor } from '@/lib/content/former-slugs';
import { mayExist } from '@/lib/content/public-routes';
import { malformedPathReason } from '@/lib/http/malformed-path';
import { withSecurityHeaders } from '@/lib/http/security-headers';

const ARTICLE_PATH = /^\/articles\/([a-z0-9-]{1,120})$/;
const FIRST_PAGE_PATH = /^(\/(?:section|tag|author)\/[a-z0-9-]+)?\/page\/1$/;

/**
 * Runs before routing: refuses hostile or malformed paths with a plain 400; sends permanent (301)
 * redirects for an article's former slugs and for page 1 of a list, so each story has one URL; and
 * answers URLs that cannot exist with the prerendered 404 page.
 */
export function proxy(request: NextRequest) {
  const { pathname } = new URL(request.url);
  const reason = malformedPathReason(pathname);
  if (reason) {
    // The proxy's own answers get the security headers here (next.config's headers() may not reach them).
    return withSecurityHeaders(new NextResponse(`Bad request: ${reason}.\n`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }));
  }
  const firstPage = FIRST_PAGE_PATH.exec(pathname);
  if (firstPage) return withSecurityHeaders(NextResponse.redirect(new URL(firstPage[1] ?? '/', request.url), 301));
  const article = ARTICLE_PATH.exec(pathname);
  if (article) {
    const current = currentSlugFor(article[1]!);
    if (current && current !== article[1]) return withSecurityHeaders(NextResponse.redirect(new URL(`/articles/${current}`, request.url), 301));
  }
  // Editors in draft mode may open drafts and scheduled stories: the app decides for them.
  const previewing = request.cookies.has('__prerender_bypass');
  if (!previewing && !mayExist(pathname)) return NextResponse.rewrite(notFoundUrl(request), { status: 404 });
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|images/|favicon.ico).*)'],
};

/** The 404 page on Next's own view of this request's origin (nextUrl), so Next rewrites in process instead of proxying. */
function notFoundUrl(request: NextRequest): URL {
  const url = request.nextUrl.clone();
  url.pathname = '/_not-found';
  url.search = '';
  return url;
}
