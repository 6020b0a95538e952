import type { z } from 'zod';
import { readLimitedText } from './read-limited-text';

export type JsonBody<T> =
  { ok: true; value: T } | { ok: false; status: 400 | 408 | 413; message: string; issues?: string[] };

/**
 * A request's JSON body, capped and timed like every body, then checked against a schema. `usage` is the message
 * for a body that is not JSON or not the expected shape, so the client learns what to send.
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  limit: number,
  schema: S,
  usage: string,
): Promise<JsonBody<z.infer<S>>> {
  const body = await readLimitedText(request, limit);
  if (!body.ok) return body;
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return { ok: false, status: 400, message: usage };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      status: 400,
      message: usage,
      issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`),
    };
  return { ok: true, value: parsed.data };
}
