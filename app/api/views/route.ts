import { answerViewBeacon } from '@/lib/views/view-beacon';

/** The article view beacon (lib/views/view-beacon.ts). Sets no cookie. */
export async function POST(request: Request) {
  const answer = await answerViewBeacon(request);
  if (!('error' in answer)) return new Response(null, { status: answer.status });
  const headers = new Headers({ 'Cache-Control': 'no-store' });
  if (answer.retryAfterSeconds) headers.set('Retry-After', String(answer.retryAfterSeconds));
  return Response.json({ error: answer.error }, { status: answer.status, headers });
}
