/** The body's HTML comes from lib/content/markdown.ts, which sanitises it; nothing else may be passed here. */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
