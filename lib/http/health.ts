import type { ContentSnapshot } from '@/lib/content/load-content';
import { isViewStoreUnavailable, type ViewStore } from '@/lib/views/view-store';

export interface Readiness {
  ready: boolean;
  checks: {
    content: { ok: boolean; articles: number; sections: number; problems: number; error?: string };
    views: { ok: boolean };
  };
}

/**
 * Whether this process can serve readers: the live content snapshot loaded and holds articles and sections.
 * Problems in files that were refused do not make it unready (the last good content is served); a snapshot
 * that could not be read at all, or an empty one, does. The view store is reported but is not a dependency:
 * while it is down pages render with the editors' list and only counting pauses, so taking every instance out
 * of the load balancer over it would turn a counting outage into a site outage. Nor is the weather upstream.
 */
export async function readiness(load: () => ContentSnapshot, views: ViewStore): Promise<Readiness> {
  const content = contentCheck(load);
  return { ready: content.ok, checks: { content, views: await viewStoreCheck(views) } };
}

function contentCheck(load: () => ContentSnapshot): Readiness['checks']['content'] {
  let snapshot: ContentSnapshot;
  try {
    snapshot = load();
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, articles: 0, sections: 0, problems: 0, error: message };
  }
  const content = {
    articles: snapshot.articles.length,
    sections: snapshot.sections.length,
    problems: snapshot.problems.length,
  };
  return { ok: content.articles > 0 && content.sections > 0, ...content };
}

async function viewStoreCheck(store: ViewStore): Promise<Readiness['checks']['views']> {
  try {
    await store.probe();
    return { ok: true };
  } catch (error) {
    if (!isViewStoreUnavailable(error)) throw error;
    // The reason names files and addresses inside the deployment: it goes to the log, not to the public answer.
    console.error(`Health: ${error.message}`);
    return { ok: false };
  }
}
