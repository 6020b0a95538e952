import { z } from 'zod';
import { slugSchema } from '../content/schema';

/** A beacon is tiny: `{"slug":"..."}`. Anything larger is refused before it is parsed. */
export const MAX_BEACON_BYTES = 512;

export const beaconSchema = z.object({ slug: slugSchema }).strict();

/** The body as text, or null when it exceeds `limit` bytes (read no further than that). */
export async function readLimitedText(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
