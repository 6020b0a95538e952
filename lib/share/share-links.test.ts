import { describe, expect, it } from 'vitest';
import { shareLinks } from './share-links';

describe('shareLinks', () => {
  const links = shareLinks({ title: 'Gold & silver: a "rally"?', url: 'https://news.example/articles/gold?x=1' });

  it('offers email, X, LinkedIn and Facebook, each carrying the encoded address', () => {
    expect(links.map((l) => l.service)).toEqual(['email', 'x', 'linkedin', 'facebook']);
    for (const link of links) expect(link.href).toContain(encodeURIComponent('https://news.example/articles/gold?x=1'));
  });

  it('keeps the title intact and cannot break out of the query string', () => {
    const email = new URL(links[0]!.href);
    expect(email.protocol).toBe('mailto:');
    expect(new URLSearchParams(email.search).get('subject')).toBe('Gold & silver: a "rally"?');
    const x = new URL(links[1]!.href);
    expect(x.origin).toBe('https://x.com');
    expect(x.searchParams.get('text')).toBe('Gold & silver: a "rally"?');
    expect(x.searchParams.get('url')).toBe('https://news.example/articles/gold?x=1');
  });

  it('opens every service but email in a new tab', () => {
    expect(links.filter((l) => !l.external).map((l) => l.service)).toEqual(['email']);
  });
});
