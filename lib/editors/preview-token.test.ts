import { describe, expect, it } from 'vitest';
import { previewPath, signPreview, verifyPreview } from './preview-token';

const SECRET = 'unit-test-preview-secret-0123456789';
const NOW = Date.parse('2026-11-28T12:00:00Z');

function paramsOf(path: string) {
  const query = new URL(path, 'http://x').searchParams;
  return { slug: query.get('slug'), expires: query.get('expires'), sig: query.get('sig') };
}

describe('preview links', () => {
  it('accepts a fresh link for the slug it names, until it expires', () => {
    const params = paramsOf(previewPath('some-draft', 24, SECRET, NOW));
    expect(verifyPreview(params, SECRET, NOW)).toEqual({
      ok: true,
      grant: { slug: 'some-draft', expires: NOW / 1000 + 24 * 3600 },
    });
    expect(verifyPreview(params, SECRET, NOW + 23.9 * 3600_000).ok).toBe(true);
    expect(verifyPreview(params, SECRET, NOW + 24 * 3600_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects a tampered slug, expiry or signature', () => {
    const params = paramsOf(previewPath('some-draft', 1, SECRET, NOW));
    expect(verifyPreview({ ...params, slug: 'other-draft' }, SECRET, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    expect(verifyPreview({ ...params, expires: String(Number(params.expires) + 3600) }, SECRET, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
    const flipped = params.sig!.slice(0, -1) + (params.sig!.endsWith('A') ? 'B' : 'A');
    expect(verifyPreview({ ...params, sig: flipped }, SECRET, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
    expect(verifyPreview({ ...params, sig: params.sig!.slice(0, 10) }, SECRET, NOW)).toEqual({
      ok: false,
      reason: 'bad-signature',
    });
  });

  it('rejects a link signed with another secret', () => {
    const params = paramsOf(previewPath('some-draft', 1, 'another-secret-entirely-0123456789', NOW));
    expect(verifyPreview(params, SECRET, NOW)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('rejects an expired link even with a valid signature, and malformed input', () => {
    const expires = NOW / 1000 - 1;
    expect(
      verifyPreview(
        { slug: 'some-draft', expires: String(expires), sig: signPreview('some-draft', expires, SECRET) },
        SECRET,
        NOW,
      ),
    ).toEqual({ ok: false, reason: 'expired' });
    for (const bad of [
      { slug: null, expires: '1', sig: 'x' },
      { slug: '../etc', expires: '1', sig: 'x' },
      { slug: 'https://evil.example', expires: '1', sig: 'x' },
      { slug: 'some-draft', expires: '1e9', sig: 'x' },
      { slug: 'some-draft', expires: '1', sig: null },
    ]) {
      expect(verifyPreview(bad, SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' });
    }
  });

  it('refuses to sign an invalid slug or an unbounded lifetime', () => {
    expect(() => previewPath('/evil', 1, SECRET)).toThrow();
    expect(() => previewPath('ok-slug', 0, SECRET)).toThrow();
    expect(() => previewPath('ok-slug', 10_000, SECRET)).toThrow();
  });
});
