/** What each toolbar button does to the selected text of the Markdown body: pure, so it is tested without a browser. */
export const TOOLBAR_ACTIONS = {
  heading: { label: 'Heading', apply: (text: string) => `\n## ${text || 'Subheading'}\n` },
  bold: { label: 'Bold', apply: (text: string) => `**${text || 'bold text'}**` },
  italic: { label: 'Italic', apply: (text: string) => `_${text || 'italic text'}_` },
  link: { label: 'Link', apply: (text: string) => `[${text || 'link text'}](https://)` },
  list: { label: 'Bulleted list', apply: (text: string) => eachLine(text || 'item', '- ') },
  numbered: { label: 'Numbered list', apply: (text: string) => eachLine(text || 'item', '1. ') },
  quote: { label: 'Quote', apply: (text: string) => eachLine(text || 'quotation', '> ') },
  image: { label: 'Image', apply: (text: string) => `![${text || 'describe the picture'}](/images/)` },
} as const;

export type ToolbarAction = keyof typeof TOOLBAR_ACTIONS;

function eachLine(text: string, prefix: string): string {
  return `\n${text
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n')}\n`;
}
