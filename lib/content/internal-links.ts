import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentProblem } from './types';

/** A link in an article body to one of the site's own pages, with the line of the file it is on. */
export interface InternalLink {
  href: string;
  line: number;
}

const parser = unified().use(remarkParse).use(remarkGfm).freeze();
// Bodies without a root-relative link target skip the Markdown parse entirely (most of an archive).
const MAY_HAVE_INTERNAL_LINK = /\]\(\s*<?\/|\]:\s*<?\//;

interface MdNode {
  type: string;
  url?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

/** Root-relative links and link definitions in a Markdown body; `firstLine` is the body's line in its file. */
export function extractInternalLinks(body: string, firstLine: number): InternalLink[] {
  if (!MAY_HAVE_INTERNAL_LINK.test(body)) return [];
  const links: InternalLink[] = [];
  const walk = (node: MdNode) => {
    if (
      (node.type === 'link' || node.type === 'definition') &&
      node.url?.startsWith('/') &&
      !node.url.startsWith('//')
    ) {
      links.push({ href: node.url, line: firstLine + (node.position?.start.line ?? 1) - 1 });
    }
    node.children?.forEach(walk);
  };
  walk(parser.parse(body) as MdNode);
  return links;
}

export interface KnownPages {
  articles: Set<string>;
  /** Drafts: a published story must not link to one (a public 404 that names the draft). */
  drafts: Set<string>;
  /** Former slugs (redirectFrom): links to them still work through a permanent redirect. */
  formerSlugs: Set<string>;
  sections: Set<string>;
  tags: Set<string>;
  authors: Set<string>;
}

/** Why an internal link leads nowhere, or null when it leads to a page that exists. */
export function brokenLinkReason(href: string, known: KnownPages, fromPublished = true): string | null {
  const path = href.split(/[?#]/)[0]!.replace(/\/+$/, '') || '/';
  const [, kind, slug, ...rest] = path.split('/');
  const tail = rest.length === 0 || (rest.length === 2 && rest[0] === 'page' && /^[1-9]\d*$/.test(rest[1]!));
  switch (kind) {
    case 'articles':
      if (!slug || rest.length > 0) return `links to "${href}", which is not an article address`;
      if (known.drafts.has(slug))
        return fromPublished ? `links to the draft "${slug}", which is not public (${href})` : null;
      return known.articles.has(slug) || known.formerSlugs.has(slug)
        ? null
        : `links to unknown article "${slug}" (${href})`;
    case 'section':
    case 'tag':
    case 'author': {
      const set = kind === 'section' ? known.sections : kind === 'tag' ? known.tags : known.authors;
      if (!slug || !tail) return `links to "${href}", which is not a ${kind} page address`;
      return set.has(slug) ? null : `links to unknown ${kind} "${slug}" (${href})`;
    }
    default:
      return null; // other site paths (/, /page/2, images) are not content references
  }
}

export function reportBrokenLinks(
  file: string,
  links: InternalLink[],
  known: KnownPages,
  fromPublished = true,
): ContentProblem[] {
  return links.flatMap((link) => {
    const reason = brokenLinkReason(link.href, known, fromPublished);
    return reason ? [{ file, line: link.line, field: 'body', message: `broken internal link: ${reason}` }] : [];
  });
}
