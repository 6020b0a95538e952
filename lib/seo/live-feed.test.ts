import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonFeed11 } from '../../test-support/json-feed-1-1';
import { LIVE_FEED_SIZE, LIVE_PAGE_SIZE, liveFeedSource } from '../content/live-blog';
import { publicView } from '../content/public-view';
import { toArticle } from '../content/to-article';
import { feedEntry } from './feed-entries';
import { buildLiveFeed } from './feeds';

/** A live story's feeds of its updates (issue 26), built from the sample newsroom in data/. */

const SLUG = 'halvorsen-shareholders-vote-on-brightwater-bid';
const PAGE = `http://localhost:3000/articles/${SLUG}`;
const SAMPLE_UPDATES = path.join(process.cwd(), 'data', 'live', SLUG);
// The sample's updates as their files say, newest first (file names are made from the time).
const sampleUpdates = fs
  .readdirSync(SAMPLE_UPDATES)
  .sort()
  .reverse()
  .map((name) => {
    const text = fs.readFileSync(path.join(SAMPLE_UPDATES, name), 'utf8');
    return {
      id: name.replace(/\.md$/, ''),
      headline: /^headline: '(.*)'$/m.exec(text)![1]!,
      publishedAt: new Date(/^publishedAt: (.*)$/m.exec(text)![1]!).toISOString(),
    };
  });

function sampleFeed(format: 'rss.xml' | 'atom.xml' | 'feed.json'): string {
  const source = liveFeedSource(publicView(), SLUG);
  if (!source) throw new Error(`${SLUG} is not a public live story in data/`);
  return buildLiveFeed(source, format);
}

describe('a live story’s feeds (sample content)', () => {
  it('has one RSS item per update, newest first, titled and linked by its permalink, in the story’s channel', async () => {
    expect(sampleUpdates.length).toBeGreaterThan(1);
    const feed = await new Parser().parseString(sampleFeed('rss.xml'));
    expect(feed.title).toMatch(/^Live: Halvorsen shareholders vote/);
    expect(feed.link).toBe(PAGE);
    expect(feed.items.map((i) => i.title)).toEqual(sampleUpdates.map((u) => u.headline));
    expect(feed.items.map((i) => i.link)).toEqual(sampleUpdates.map((u) => `${PAGE}#update-${u.id}`));
    expect(feed.items.map((i) => i.guid)).toEqual(sampleUpdates.map((u) => `${PAGE}#update-${u.id}`));
    expect(feed.items.map((i) => new Date(i.pubDate!).toISOString())).toEqual(sampleUpdates.map((u) => u.publishedAt));
    expect(feed.items.at(-1)?.creator).toBe('Sofia Lindqvist');
    // The body as the page renders it: Markdown to sanitised HTML.
    expect(feed.items.at(-1)?.['content:encoded']).toContain('<li><strong>For</strong>: the board');
    // Its summary is its text, cut short for a long one (the content has all of it).
    expect(feed.items.at(-1)?.contentSnippet).toMatch(/^Brightwater offers NOK 212 a share in cash, .{200,}…$/s);
    expect(feed.items.at(-1)?.contentSnippet?.length).toBeLessThanOrEqual(280);
  });

  it('writes Atom with an id, author and HTML content per update, dated by the newest update', async () => {
    const atom = sampleFeed('atom.xml');
    const feed = await new Parser().parseString(atom);
    expect(feed.items.map((i) => i.id)).toEqual(sampleUpdates.map((u) => `${PAGE}#update-${u.id}`));
    expect(feed.items[0]?.author).toBe('Tomás Reyes');
    expect(atom).toContain(`<updated>${sampleUpdates[0]!.publishedAt}</updated>`);
    expect(atom).toContain(
      `<link rel="self" type="application/atom+xml" href="http://localhost:3000/feeds/live/${SLUG}/atom.xml"/>`,
    );
    expect(atom).not.toContain('rel="enclosure"');
  });

  it('writes a JSON Feed 1.1 that the schema accepts', () => {
    const feed = jsonFeed11.parse(JSON.parse(sampleFeed('feed.json')));
    expect(feed.home_page_url).toBe(PAGE);
    expect(feed.feed_url).toBe(`http://localhost:3000/feeds/live/${SLUG}/feed.json`);
    expect(feed.items.map((i) => i.url)).toEqual(sampleUpdates.map((u) => `${PAGE}#update-${u.id}`));
    expect(feed.items[0]?.authors?.[0]).toEqual({
      name: 'Tomás Reyes',
      url: 'http://localhost:3000/author/tomas-reyes',
    });
    expect(feed.items[0]?.content_html).toMatch(/^<p>Electronic and in-room voting closed/);
  });

  it('has no feed for a story that is not live, nor for one that does not exist', () => {
    expect(liveFeedSource(publicView(), 'gold-climbs-as-central-banks-keep-buying')).toBeNull();
    expect(liveFeedSource(publicView(), 'no-such-story')).toBeNull();
  });

  it('dates the story’s entry in the site and section feeds by its latest update', () => {
    const view = publicView();
    const entry = feedEntry(toArticle(view.bySlug.get(SLUG)!, view.toSummary), () => null);
    expect(entry.published.toISOString()).toBe('2026-12-04T07:30:00.000Z');
    expect(entry.updated.toISOString()).toBe(sampleUpdates[0]!.publishedAt);
  });
});

describe('a live story’s feeds (a copy of data/ with many updates, then unpublished)', () => {
  const MANY = LIVE_FEED_SIZE + 5;
  let dir: string;
  const storyFile = () => path.join(dir, 'articles', `${SLUG}.md`);

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-live-feed-'));
    fs.cpSync(path.join(process.cwd(), 'data'), dir, { recursive: true });
    const folder = path.join(dir, 'live', SLUG);
    // One update a minute from 13:00, after the sample's.
    for (let n = 0; n < MANY; n += 1) {
      const at = new Date(Date.parse('2026-12-04T13:00:00Z') + n * 60_000);
      const id = `20261204-${at.toISOString().slice(11, 19).replaceAll(':', '')}-n${String(n).padStart(2, '0')}`;
      fs.writeFileSync(
        path.join(folder, `${id}.md`),
        `---\nid: ${id}\nauthor: tomas-reyes\npublishedAt: ${at.toISOString()}\nheadline: 'Count update ${n}'\n---\nTally ${n}.\n`,
      );
    }
    process.env.CONTENT_DIR = dir;
  });

  afterAll(() => {
    delete process.env.CONTENT_DIR;
    fs.rmSync(dir, { recursive: true });
  });

  it('keeps the newest updates; an older one keeps its id and links to the page that shows it now', () => {
    const feed = jsonFeed11.parse(JSON.parse(sampleFeed('feed.json')));
    expect(feed.items).toHaveLength(LIVE_FEED_SIZE);
    expect(feed.items[0]?.title).toBe(`Count update ${MANY - 1}`);
    const onPageTwo = feed.items[LIVE_PAGE_SIZE]!;
    expect(onPageTwo.id).toMatch(new RegExp(`^${PAGE}#update-`));
    expect(onPageTwo.url).toBe(onPageTwo.id.replace('#', '/page/2#'));
    expect(sampleFeed('rss.xml')).toContain(`<guid isPermaLink="false">${onPageTwo.id}</guid>`);
  });

  it('has no feed once the story is unpublished', () => {
    fs.writeFileSync(storyFile(), fs.readFileSync(storyFile(), 'utf8').replace('status: published', 'status: draft'));
    expect(liveFeedSource(publicView(), SLUG)).toBeNull();
  });
});
