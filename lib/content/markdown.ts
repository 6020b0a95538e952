import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Raw HTML in Markdown is dropped by remark-rehype (allowDangerousHtml is off), and rehype-sanitize's
// GitHub schema then strips script-capable URLs (javascript:, data:) and event handler attributes.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype)
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: 'md-' })
  .use(rehypeStringify)
  .freeze();

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

export function countWords(markdown: string): number {
  const words = markdown
    .replace(/\]\([^)]*\)/g, ' ') // link and image targets are not words
    .replace(/[#>*_`[\]()!-]/g, ' ')
    .match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$-]*/gu);
  return words ? words.length : 0;
}
