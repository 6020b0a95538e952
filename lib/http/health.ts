import type { ContentSnapshot } from '@/lib/content/load-content';

export interface Readiness {
  ready: boolean;
  checks: { content: { ok: boolean; articles: number; sections: number; problems: number; error?: string } };
}

/**
 * Whether this process can serve readers: the live content snapshot loaded and holds articles and sections.
 * Problems in files that were refused do not make it unready (the last good content is served); a snapshot
 * that could not be read at all, or an empty one, does. The weather upstream is not a dependency: pages
 * render without it.
 */
export function readiness(load: () => ContentSnapshot): Readiness {
  let snapshot: ContentSnapshot;
  try {
    snapshot = load();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ready: false, checks: { content: { ok: false, articles: 0, sections: 0, problems: 0, error: message } } };
  }
  const content = { articles: snapshot.articles.length, sections: snapshot.sections.length, problems: snapshot.problems.length };
  const ok = content.articles > 0 && content.sections > 0;
  return { ready: ok, checks: { content: { ok, ...content } } };
}
