import { connection } from 'next/server';
import { getContentSnapshot } from '@/lib/content/content-store';
import { readiness } from '@/lib/http/health';
import { getViewStore } from '@/lib/views/view-store-instance';

/** Readiness for a load balancer: 200 when this process can serve readers, 503 when it cannot. */
export async function GET() {
  await connection();
  const result = await readiness(getContentSnapshot, getViewStore());
  return Response.json(result, { status: result.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
