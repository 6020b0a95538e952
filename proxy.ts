import { NextResponse, type NextRequest } from 'next/server';
import { malformedPathReason } from '@/lib/http/malformed-path';

/** Refuses hostile or malformed paths with a plain 400 before they reach any route. */
export function proxy(request: NextRequest) {
  const rawPath = new URL(request.url).pathname;
  const reason = malformedPathReason(rawPath);
  if (reason) {
    return new NextResponse(`Bad request: ${reason}.\n`, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|images/|favicon.ico).*)'],
};
