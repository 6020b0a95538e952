import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { E2E_CONTENT_DIR } from '../playwright.config';
import { revalidate } from './editors-helpers';

/**
 * Hostile content: every payload goes into an article's title, dek, hero alt, caption and credit, its body
 * (raw, as a link and as an image), a tag's name and description and an author's name and bio. The files are
 * written into the e2e server's scratch content folder and loaded with a revalidation; each page is then
 * opened in Chromium and must stay inert.
 */
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<svg onload=alert(3)>',
  '<svg><script>alert(4)</script></svg>',
  '"><script>alert(5)</script>',
  "'><img src=x onerror=alert(6)>",
  '</title><script>alert(7)</script>',
  '</script><script>alert(8)</script>',
  '<iframe src="javascript:alert(9)"></iframe>',
  '<a href="javascript:alert(10)">click</a>',
  '<body onload=alert(11)>',
  '<details open ontoggle=alert(12)>',
  '<input autofocus onfocus=alert(13)>',
  '<video><source onerror=alert(14)></video>',
  '<audio src=x onerror=alert(15)>',
  '<object data="javascript:alert(16)"></object>',
  '<embed src="javascript:alert(17)">',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(18)>',
  '<form action="javascript:alert(19)"><button>go</button></form>',
  '<button formaction="javascript:alert(20)">x</button>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(21)">',
  '<base href="javascript:alert(22)//">',
  '<link rel=import href="data:text/html,<script>alert(23)</script>">',
  '<style>@import "javascript:alert(24)";</style>',
  '<div style="background:url(javascript:alert(25))">x</div>',
  '<marquee onstart=alert(26)>x</marquee>',
  '<isindex action=javascript:alert(27) type=submit>',
  '<scr<script>ipt>alert(28)</scr</script>ipt>',
  '<ScRiPt>alert(29)</sCrIpT>',
  '<img src="x" onerror="&#97;&#108;&#101;&#114;&#116;(30)">',
  '<a href="jav&#x09;ascript:alert(31)">x</a>',
  '<a href="&#106;avascript:alert(32)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgzMyk8L3NjcmlwdD4=">x</a>',
  '<svg><a xlink:href="javascript:alert(34)"><text x="20" y="20">x</text></a></svg>',
  '<noscript><p title="</noscript><img src=x onerror=alert(35)>">',
  '<template><script>alert(36)</script></template>',
  '{{constructor.constructor("alert(37)")()}}',
  '${alert(38)}',
  '"onmouseover="alert(39)',
  "' onfocus='alert(40)' autofocus='",
  '<x onclick=alert(41) contenteditable>x</x>',
  'javascript:alert(42)',
  '<img src=`x` onerror=alert(43)>',
  '\u003cscript\u003ealert(44)\u003c/script\u003e',
  '<svg><animate onbegin=alert(45) attributeName=x dur=1s>',
];

const SLUG = (i: number) => `xss-probe-${i}`;
const IMAGE = '/images/articles/arabica-coffee-hits-record-on-brazil-crop-cut.webp';
const registryFile = (name: string) => path.join(E2E_CONTENT_DIR, name);

function articleSource(payload: string, i: number, publishedAt: string): string {
  const frontMatter = {
    slug: SLUG(i),
    title: `Probe ${i} ${payload}`.slice(0, 140),
    dek: `A hostile summary number ${i}: ${payload}`.slice(0, 260),
    section: 'markets',
    tags: [`xss-tag-${i}`, 'inflation'],
    authors: [`xss-author-${i}`],
    publishedAt,
    updatedAt: publishedAt,
    status: 'published',
    hero: {
      src: IMAGE,
      alt: `Alt text ${payload}`,
      caption: `Caption ${payload}`,
      credit: `Credit ${payload}`,
      width: 1600,
      height: 900,
    },
  };
  const yaml = Object.entries(frontMatter)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}\n`)
    .join('');
  const inline = payload.replace(/[\]()]/g, '');
  const body = [
    `A first paragraph with the payload: ${payload}`,
    payload,
    `[a link ${inline}](javascript:alert(${100 + i}))`,
    `![${inline}](javascript:alert(${200 + i}))`,
    `<a href="javascript:alert(${300 + i})">raw html link</a>`,
    `[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and [vb](vbscript:msgbox(1))`,
    '```html\n' + payload + '\n```',
    `| a | b |\n|---|---|\n| ${inline} | x |`,
  ].join('\n\n');
  return `---\n${yaml}---\n\n${body}\n`;
}

/** Fails on anything executable that the page did not get from the site's own code. */
async function expectInert(page: Page, url: string) {
  const findings = await page.evaluate(() => {
    const found: string[] = [];
    const dangerousUrl = /^\s*(javascript|vbscript|data:text\/html)/i;
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
        if (
          ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'poster'].includes(
            attribute.name.toLowerCase(),
          ) &&
          dangerousUrl.test(attribute.value)
        ) {
          found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
        }
      }
      if (['OBJECT', 'EMBED', 'BASE', 'MARQUEE', 'ISINDEX', 'X'].includes(element.tagName))
        found.push(`<${element.tagName.toLowerCase()}> element`);
      if (element.tagName === 'IFRAME') found.push(`iframe ${element.getAttribute('src')}`);
      if (element.tagName === 'META' && element.getAttribute('http-equiv')) found.push('meta http-equiv');
    }
    for (const script of Array.from(document.scripts)) {
      const src = script.getAttribute('src');
      const text = script.textContent ?? '';
      if (src) {
        if (!src.startsWith('/_next/static/')) found.push(`script src=${src}`);
      } else if (script.type === 'application/ld+json') {
        try {
          JSON.parse(text);
        } catch {
          found.push('JSON-LD that is not JSON (a breakout)');
        }
      } else {
        const push = /^\s*self\.__next_f\.push\(([\s\S]*)\)\s*;?\s*$/.exec(text);
        if (push) {
          // Next's flight data carries the payloads as JSON strings: it must still be whole JSON (no breakout).
          try {
            JSON.parse(push[1]!);
          } catch {
            found.push(`flight data that is not JSON (a breakout): ${text.slice(0, 80)}`);
          }
        } else if (/alert|constructor/.test(text)) {
          found.push(`inline script: ${text.slice(0, 80)}`);
        }
      }
    }
    return found;
  });
  expect(findings, url).toEqual([]);
}

test('forty-five XSS payloads in every field of hostile content render inert in Chromium', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const tagsFile = registryFile('tags.json');
  const authorsFile = registryFile('authors.json');
  const originalTags = fs.readFileSync(tagsFile, 'utf8');
  const originalAuthors = fs.readFileSync(authorsFile, 'utf8');
  const publishedAt = new Date(Date.now() - 60 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const tags = JSON.parse(originalTags) as unknown[];
  const authors = JSON.parse(originalAuthors) as unknown[];
  PAYLOADS.forEach((payload, i) => {
    tags.push({ slug: `xss-tag-${i}`, name: `Tag ${payload}`, description: `Description ${payload}` });
    authors.push({
      slug: `xss-author-${i}`,
      name: `Author ${payload}`,
      role: `Role ${payload}`,
      bio: `Bio ${payload}`,
      avatar: '/images/authors/lena-okafor.webp',
    });
    fs.writeFileSync(path.join(E2E_CONTENT_DIR, 'articles', `${SLUG(i)}.md`), articleSource(payload, i, publishedAt));
  });
  fs.writeFileSync(tagsFile, JSON.stringify(tags));
  fs.writeFileSync(authorsFile, JSON.stringify(authors));
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  try {
    const loaded = await revalidate(request, { all: true });
    expect(loaded.status(), await loaded.text()).toBe(200);
    const urls = [
      '/',
      '/section/markets',
      '/tag/inflation',
      ...PAYLOADS.flatMap((_, i) => [
        `/articles/${SLUG(i)}`,
        ...(i % 5 === 0 ? [`/tag/xss-tag-${i}`, `/author/xss-author-${i}`] : []),
      ]),
    ];
    for (const url of urls) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(200);
      await page.locator('body').hover();
      await expectInert(page, url);
    }
    // The payload reached the page as text: it was escaped, not dropped before rendering.
    await page.goto(`/articles/${SLUG(0)}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>alert(1)</script>');
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
  } finally {
    for (let i = 0; i < PAYLOADS.length; i++)
      fs.rmSync(path.join(E2E_CONTENT_DIR, 'articles', `${SLUG(i)}.md`), { force: true });
    fs.writeFileSync(tagsFile, originalTags);
    fs.writeFileSync(authorsFile, originalAuthors);
    const restored = await revalidate(request, { all: true });
    expect(restored.status()).toBe(200);
  }
});
