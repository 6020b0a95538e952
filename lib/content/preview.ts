import { cookies } from 'next/headers';
import { connection } from 'next/server';
import { PREVIEW_GRANT_COOKIE, readGrant } from '../editors/preview-grant';
import { notRevoked } from '../editors/revocation-store';
import { readSecret } from '../editors/secrets';
import { getContentSnapshot } from './content-store';
import { publicArticles } from './public-articles';
import { toArticleSummary } from './public-view';
import { rankRelated } from './related';
import { toArticle } from './to-article';
import type { Article, ArticleSummary } from './types';
import { isPublic } from './visibility';

/**
 * Editors' view of one article, whatever its state: never cached ('use cache' is absent on purpose), only called
 * when Draft Mode is on, and only given to a browser holding a preview grant for this very article that has neither
 * expired nor been revoked (app/api/preview sets it). Draft Mode alone opens nothing: its cookie is the same for
 * every link of a build. Null otherwise: the page then shows what the public sees.
 */
export type PreviewState = { kind: 'draft' } | { kind: 'scheduled'; publishesAt: string } | { kind: 'published' };

export async function getPreviewArticle(
  slug: string,
): Promise<{ article: Article; state: PreviewState; related: ArticleSummary[] } | null> {
  await connection();
  const grant = readGrant((await cookies()).get(PREVIEW_GRANT_COOKIE)?.value, readSecret('PREVIEW_SECRET'));
  if (!grant || grant.slug !== slug || !(await notRevoked(`preview:${grant.id}`))) return null;
  const snapshot = getContentSnapshot();
  const meta = snapshot.articles.find((a) => a.slug === slug);
  if (!meta) return null;
  const now = Date.now();
  const lookups = {
    sections: new Map(snapshot.sections.map((s) => [s.slug, s])),
    authors: new Map(snapshot.authors.map((a) => [a.slug, a])),
  };
  const article: Article = toArticle(meta, (m) => toArticleSummary(m, lookups, now));
  const state: PreviewState =
    meta.status === 'draft'
      ? { kind: 'draft' }
      : isPublic(meta, now)
        ? { kind: 'published' }
        : { kind: 'scheduled', publishesAt: meta.publishedAt };
  const related = rankRelated(meta, publicArticles(snapshot, now).articles, 5).map((a) =>
    toArticleSummary(a, lookups, now),
  );
  return { article, state, related };
}
