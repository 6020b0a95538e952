import localFont from 'next/font/local';

// Imported by the article page alone, so only article pages preload it (next/font preloads a font on the routes
// whose module graph uses it): fronts and lists set no body text in the serif.
export const bodyFont = localFont({
  src: '../../../../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2',
  variable: '--font-serif-body',
  weight: '400',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
});
