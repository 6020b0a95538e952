import { NextResponse, type NextRequest } from 'next/server';
import { htmlPage } from '@/app/_responses/html-page';
import { currentSlugFor } from '@/lib/content/former-slugs';
import { mayExist } from '@/lib/content/public-routes';
import { deskPageRefusal } from '@/lib/editors/accounts/desk-page-access';
import { sessionCookieName } from '@/lib/editors/accounts/session-cookie';
import { PREVIEW_GRANT_COOKIE, readGrant } from '@/lib/editors/preview-grant';
import { readSecret } from '@/lib/editors/secrets';
import { isUnpublishedStory } from '@/lib/editors/stories/gone-stories';
import {
  DUPLICATE_HOST_HEADER,
  FORBIDDEN_METHOD_HEADER,
  REFUSED_TARGET_HEADER,
} from '@/lib/http/request-target-channel';
import { CRAWLER_TICKET_HEADER, crawlerTurn } from '@/lib/http/crawler-admission';
import { malformedPathReason } from '@/lib/http/malformed-path';
import { withSecurityHeaders } from '@/lib/http/security-headers';
import { startsWithVariantKey } from '@/lib/weather/reader-variant';

const ARTICLE_PATH = /^\/articles\/([a-z0-9-]{1,120})$/;
const FIRST_PAGE_PATH = /^(\/(?:section|tag|author)\/[a-z0-9-]+)?\/page\/1$/;
const PAGE_METHODS = ['GET', 'HEAD'];
/** Next's prerendered 404 page (app/not-found.tsx). */
const NOT_FOUND_PATH = '/_not-found';

/**
 * Runs before routing: refuses hostile or malformed requests with a plain 4xx (a duplicate Host, a request target
 * that is not a path, a malformed path, a method a page does not have); sends permanent (301) redirects for an
 * article's former slugs and for page 1 of a list, so each story has one URL; answers URLs that cannot exist
 * with the prerendered 404 page; and gives desk pages a role may not open their 403 status. A URL naming a reader
 * variant (`/<city>.<unit>/...`, lib/weather/reader-variant.ts) answers 404 too: pages reach their variant only
 * through next.config's rewrites, which run after the proxy, so each page keeps one public address. A crawler's
 * request that goes on to be rendered first waits for its turn in the crawler lane (lib/http/crawler-admission.ts).
 */
export async function proxy(request: NextRequest) {
  // Flagged by the request-start subscriber (lib/http/request-target-channel.ts), which sees the raw request.
  if (request.headers.has(DUPLICATE_HOST_HEADER)) return refuse(400, 'more than one Host header');
  const refusedTarget = request.headers.get(REFUSED_TARGET_HEADER);
  if (refusedTarget) return refuse(400, refusedTarget);
  const { pathname } = new URL(request.url);
  const reason = malformedPathReason(pathname);
  if (reason) return refuse(400, reason);
  const forbiddenMethod = request.headers.get(FORBIDDEN_METHOD_HEADER);
  if (forbiddenMethod) return methodNotAllowed(forbiddenMethod);
  if (pathname === '/_next/image') return render(request);
  // Route handlers answer their own methods (405 from Next with Allow); pages are read-only.
  if (!pathname.startsWith('/api/') && !PAGE_METHODS.includes(request.method)) return methodNotAllowed(request.method);
  if (startsWithVariantKey(pathname)) return NextResponse.rewrite(notFoundUrl(request), { status: 404 });
  const firstPage = FIRST_PAGE_PATH.exec(pathname);
  if (firstPage) return withSecurityHeaders(NextResponse.redirect(new URL(firstPage[1] ?? '/', request.url), 301));
  const article = ARTICLE_PATH.exec(pathname);
  if (article) {
    const current = currentSlugFor(article[1]!);
    if (current && current !== article[1])
      return withSecurityHeaders(NextResponse.redirect(new URL(`/articles/${current}`, request.url), 301));
    // A preview grant for this very story lets the page decide (it also checks revocation); nothing else skips the check.
    if (readGrant(request.cookies.get(PREVIEW_GRANT_COOKIE)?.value, readSecret('PREVIEW_SECRET'))?.slug === article[1])
      return render(request);
  }
  // Next may fetch a rewrite's target through this server (when started with -H), so the 404 page reaches the proxy too.
  if (pathname !== NOT_FOUND_PATH && !mayExist(pathname)) {
    // A story taken down at the desk is gone for good (410), so crawlers drop it rather than retry.
    if (article && isUnpublishedStory(article[1]!))
      return withSecurityHeaders(htmlPage(410, 'Story removed', 'The newsroom has withdrawn this story.'));
    return NextResponse.rewrite(notFoundUrl(request), { status: 404 });
  }
  const desk = deskPageRefusal(pathname, request.cookies.get(sessionCookieName())?.value);
  if (desk === 'sign-in') return withSecurityHeaders(NextResponse.redirect(new URL('/newsroom', request.url), 303));
  if (desk === 'forbidden')
    return withSecurityHeaders(
      htmlPage(403, 'Your role may not open this page', 'Ask an admin of the newsroom if you need it.'),
    );
  return render(request);
}

/** On to Next's rendering (or image optimiser), once a crawler's request has its turn; readers go straight on. */
async function render(request: NextRequest) {
  // A crawler that hung up while waiting gets a bodiless answer nobody reads, instead of a render.
  if (!(await crawlerTurn(request.headers.get(CRAWLER_TICKET_HEADER)))) return new NextResponse(null, { status: 503 });
  return NextResponse.next();
}

export const config = {
  // Not the routes that read a body: Next would buffer the whole body for the proxy before the handler runs, so their
  // own cap and deadline (lib/http/read-limited-text.ts) could not act while it trickles in. Static images are not
  // left out: a malformed path must be refused here before next.config's rewrites try to match it (they answer 500);
  // nor is the image optimiser, whose first encodings of a width are a crawler's dearest requests.
  matcher: [
    '/((?!_next/static|favicon.ico|api/views|api/newsroom/|api/preview/exit|api/reader-preferences|api/revalidate).*)',
  ],
};

/** The proxy's own answers get the security headers here (next.config's headers() may not reach them). */
function refuse(status: number, reason: string) {
  return withSecurityHeaders(
    new NextResponse(`Bad request: ${reason}.\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } }),
  );
}

function methodNotAllowed(method: string) {
  return withSecurityHeaders(
    new NextResponse(`Method not allowed: ${method.slice(0, 20)}.\n`, {
      status: 405,
      headers: { Allow: PAGE_METHODS.join(', '), 'Content-Type': 'text/plain; charset=utf-8' },
    }),
  );
}

/** The 404 page on Next's own view of this request's origin (nextUrl), so Next rewrites in process instead of proxying. */
function notFoundUrl(request: NextRequest): URL {
  const url = request.nextUrl.clone();
  url.pathname = NOT_FOUND_PATH;
  url.search = '';
  return url;
}
