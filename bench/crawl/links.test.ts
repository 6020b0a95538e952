import { describe, expect, it } from 'vitest';
import { htmlLinks, linksIn, sameOrigin, srcsetUrls } from './links';

const base = { url: new URL('http://127.0.0.1:3700/articles/a') };

describe('htmlLinks', () => {
  it('follows links (a fragment one to the page itself), feeds and every image candidate on this origin, not scripts, styles or other sites', () => {
    const html = [
      '<a href="/section/markets">Markets</a><a href="https://example.org/x">away</a><a href="#top">top</a>',
      '<link rel="alternate" type="application/rss+xml" href="/feed.xml"/><link rel="stylesheet" href="/a.css"/>',
      '<link rel="preload" as="script" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/b.js"></script>',
      '<img alt="" src="/_next/image?url=%2Fa.webp&amp;w=640&amp;q=75" srcSet="/_next/image?url=%2Fa.webp&amp;w=360&amp;q=75 360w, /_next/image?url=%2Fa.webp&amp;w=640&amp;q=75 640w"/>',
      '<picture><source srcset="/images/b.avif 1x, /images/b@2x.avif 2x"/></picture>',
      '<a href="related#comments">relative</a>',
    ].join('');
    expect(htmlLinks(html, base)).toEqual([
      'http://127.0.0.1:3700/section/markets',
      'http://127.0.0.1:3700/articles/a',
      'http://127.0.0.1:3700/feed.xml',
      'http://127.0.0.1:3700/_next/image?url=%2Fa.webp&w=640&q=75',
      'http://127.0.0.1:3700/_next/image?url=%2Fa.webp&w=360&q=75',
      'http://127.0.0.1:3700/_next/image?url=%2Fa.webp&w=640&q=75',
      'http://127.0.0.1:3700/images/b.avif',
      'http://127.0.0.1:3700/images/b@2x.avif',
      'http://127.0.0.1:3700/articles/related',
    ]);
  });
});

describe('sameOrigin', () => {
  it("reads the site's public origin as the measured server's own", () => {
    const measured = { url: new URL('http://127.0.0.1:3730/'), site: 'https://meridian.example' };
    expect(sameOrigin('https://meridian.example/articles/b?x=1#c', measured)).toBe(
      'http://127.0.0.1:3730/articles/b?x=1',
    );
    expect(sameOrigin('https://other.example/articles/b', measured)).toBeUndefined();
    expect(sameOrigin('mailto:desk@meridian.example', measured)).toBeUndefined();
  });
});

describe('srcsetUrls', () => {
  it('keeps the URL of each candidate, commas inside a URL included', () => {
    expect(srcsetUrls('/i?w=1,2 100w, /j 2x')).toEqual(['/i?w=1,2', '/j']);
  });
});

describe('linksIn', () => {
  it('reads sitemap and image-sitemap locations', () => {
    const xml =
      '<?xml version="1.0"?><urlset xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"><url><loc>http://127.0.0.1:3700/articles/b</loc><image:image><image:loc>http://127.0.0.1:3700/images/b.webp</image:loc></image:image></url></urlset>';
    expect(linksIn('application/xml', xml, base)).toEqual([
      'http://127.0.0.1:3700/articles/b',
      'http://127.0.0.1:3700/images/b.webp',
    ]);
  });

  it('reads feed links, enclosures and the images inside an item content', () => {
    const rss =
      '<rss><channel><item><link>http://127.0.0.1:3700/articles/c</link><enclosure url="http://127.0.0.1:3700/images/c.webp" type="image/webp"/><description><![CDATA[<p><img src="/images/d.webp"></p>]]></description></item></channel></rss>';
    expect(linksIn('application/rss+xml; charset=utf-8', rss, base).sort()).toEqual([
      'http://127.0.0.1:3700/articles/c',
      'http://127.0.0.1:3700/images/c.webp',
      'http://127.0.0.1:3700/images/d.webp',
    ]);
  });

  it('reads JSON Feed URLs and nothing from an image', () => {
    expect(
      linksIn(
        'application/feed+json',
        JSON.stringify({ items: [{ url: 'http://127.0.0.1:3700/articles/e', title: 'E' }] }),
        base,
      ),
    ).toEqual(['http://127.0.0.1:3700/articles/e']);
    expect(linksIn('image/avif', 'binary', base)).toEqual([]);
  });
});
