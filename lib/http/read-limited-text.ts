/** Every body is read whole within this time, or the request is answered 408 and its stream cancelled. */
export const BODY_DEADLINE_MS = Number(process.env.BODY_DEADLINE_SECONDS ?? 15) * 1000 || 15_000;

type BodyRefusal = { ok: false; status: 408 | 413; message: string };
export type BodyText = { ok: true; text: string } | BodyRefusal;
export type BodyBytes = { ok: true; bytes: Buffer } | BodyRefusal;

/** As readLimitedBytes, decoded as UTF-8. */
export async function readLimitedText(
  request: Request,
  limit: number,
  deadlineMs: number = BODY_DEADLINE_MS,
): Promise<BodyText> {
  const body = await readLimitedBytes(request, limit, deadlineMs);
  return body.ok ? { ok: true, text: body.bytes.toString('utf8') } : body;
}

/**
 * Reads a request body as bytes (multipart uploads) with a size cap (checked against Content-Length first, then as bytes arrive, since a
 * chunked body declares no length) and a deadline for the whole body. A client that goes away (request.signal) or
 * misses the deadline has its stream cancelled at once, so a slow or abandoned body holds nothing afterwards.
 */
export async function readLimitedBytes(
  request: Request,
  limit: number,
  deadlineMs: number = BODY_DEADLINE_MS,
): Promise<BodyBytes> {
  const tooLarge = { ok: false, status: 413, message: `The body must be at most ${limit} bytes` } as const;
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) return tooLarge;
  if (!request.body) return { ok: true, bytes: Buffer.alloc(0) };
  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopped = new Promise<'late' | 'gone'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deadlineMs);
    if (request.signal.aborted) resolve('gone');
    request.signal.addEventListener('abort', () => resolve('gone'), { once: true });
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), stopped]);
      if (next === 'late' || next === 'gone') {
        void reader.cancel().catch(() => {});
        return { ok: false, status: 408, message: `The whole body must arrive within ${deadlineMs / 1000} s` };
      }
      if (next.done) break;
      size += next.value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => {});
        return tooLarge;
      }
      chunks.push(next.value);
    }
  } catch {
    // The stream failed (the client reset the connection): nothing more will come.
    return { ok: false, status: 408, message: 'The body did not arrive' };
  } finally {
    clearTimeout(timer);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
