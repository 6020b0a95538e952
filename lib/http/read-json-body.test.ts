import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonBody } from './read-json-body';

const schema = z.object({ slug: z.string() }).strict();
const post = (body: string) => new Request('http://localhost/api', { method: 'POST', body });

describe('readJsonBody', () => {
  it('returns the parsed value', async () => {
    expect(await readJsonBody(post('{"slug":"a"}'), 100, schema, 'send a slug')).toEqual({
      ok: true,
      value: { slug: 'a' },
    });
  });

  it('answers 400 with the usage for broken JSON and the wrong shape', async () => {
    expect(await readJsonBody(post('{'), 100, schema, 'send a slug')).toEqual({
      ok: false,
      status: 400,
      message: 'send a slug',
    });
    const wrong = await readJsonBody(post('{"slug":1}'), 100, schema, 'send a slug');
    expect(wrong).toMatchObject({ ok: false, status: 400, message: 'send a slug' });
    expect(!wrong.ok && wrong.issues?.[0]).toMatch(/^slug: /);
  });

  it('answers 413 past the cap', async () => {
    expect(await readJsonBody(post(`{"slug":"${'x'.repeat(200)}"}`), 100, schema, 'send a slug')).toMatchObject({
      ok: false,
      status: 413,
    });
  });
});
