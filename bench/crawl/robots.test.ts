import { describe, expect, it } from 'vitest';
import { parseRobots } from './robots';

describe('parseRobots', () => {
  const text = [
    'User-Agent: *',
    'Allow: /',
    'Disallow: /api/',
    'Disallow: /newsroom',
    'Allow: /api/public$',
    '',
    'User-agent: BadBot',
    'Disallow: /',
    '',
    'Sitemap: http://127.0.0.1:3700/sitemap.xml',
  ].join('\n');

  it('obeys the group for everyone when none names the crawler, the longest rule winning', () => {
    const robots = parseRobots(text, 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)');
    expect(robots.allowed('/articles/a')).toBe(true);
    expect(robots.allowed('/api/stories?page=2')).toBe(false);
    expect(robots.allowed('/newsroom/login')).toBe(false);
    expect(robots.allowed('/api/public')).toBe(true);
    expect(robots.allowed('/api/public/x')).toBe(false);
    expect(robots.sitemaps).toEqual(['http://127.0.0.1:3700/sitemap.xml']);
  });

  it('obeys the group that names the crawler', () => {
    expect(parseRobots(text, 'BadBot/1.0').allowed('/articles/a')).toBe(false);
  });
});
