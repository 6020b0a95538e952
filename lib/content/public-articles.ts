import type { ContentSnapshot } from './load-content';
import type { ArticleMeta } from './types';

/** The public articles of a snapshot at some moment: published and due, newest first, with a slug index. */
export interface PublicArticles {
  articles: ArticleMeta[];
  bySlug: Map<string, ArticleMeta>;
  /** When the next scheduled story goes live (epoch ms), or null when none is scheduled. */
  nextPublicationAt: number | null;
}

interface Timeline {
  /** Articles with status published, newest first (stable: ties keep file order). */
  published: ArticleMeta[];
  times: number[];
}

const timelines = new WeakMap<ContentSnapshot, Timeline>();
const current = new WeakMap<ContentSnapshot, { validFrom: number; validUntil: number; value: PublicArticles }>();

/**
 * Computed once per snapshot and per publication, not per call: at 100,000 stories a sort per cached getter
 * or per proxied request would cost hundreds of milliseconds. The answer stays valid from the newest due
 * story's time until the next scheduled one's.
 */
export function publicArticles(snapshot: ContentSnapshot, now: number): PublicArticles {
  const memo = current.get(snapshot);
  if (memo && memo.validFrom <= now && now < memo.validUntil) return memo.value;
  const { published, times } = timelineOf(snapshot);
  const firstDue = firstIndexAtOrBefore(times, now);
  const articles = published.slice(firstDue);
  const value: PublicArticles = {
    articles,
    bySlug: new Map(articles.map((a) => [a.slug, a])),
    nextPublicationAt: firstDue > 0 ? times[firstDue - 1]! : null,
  };
  current.set(snapshot, {
    validFrom: firstDue < times.length ? times[firstDue]! : -Infinity,
    validUntil: value.nextPublicationAt ?? Infinity,
    value,
  });
  return value;
}

/**
 * When the next scheduled story goes live after `now` (epoch ms), or null: a binary search of the snapshot's
 * timeline, for callers that need only that (the front cache asks on every store; a pass over 100,000 dates
 * took milliseconds each time).
 */
export function nextPublicationAfter(snapshot: ContentSnapshot, now: number): number | null {
  const { times } = timelineOf(snapshot);
  const firstDue = firstIndexAtOrBefore(times, now);
  return firstDue > 0 ? times[firstDue - 1]! : null;
}

function timelineOf(snapshot: ContentSnapshot): Timeline {
  let timeline = timelines.get(snapshot);
  if (!timeline) {
    const dated = snapshot.articles
      .filter((a) => a.status === 'published')
      .map((article) => ({ article, time: Date.parse(article.publishedAt) }))
      .sort((a, b) => b.time - a.time);
    timeline = { published: dated.map((d) => d.article), times: dated.map((d) => d.time) };
    timelines.set(snapshot, timeline);
  }
  return timeline;
}

/** Index of the first time at or before `now` in times sorted newest first (times.length when none is). */
function firstIndexAtOrBefore(times: number[], now: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle]! > now) low = middle + 1;
    else high = middle;
  }
  return low;
}
