import localFont from 'next/font/local';

// Headlines are the one web font every page needs: Source Serif 4 Bold, a static latin file from @fontsource (22 kB,
// against 49 kB for the variable file with every weight). Interface text uses the platform's sans-serif, which costs
// no bytes and no layout time: two variable fonts added ~0.3 s to a mobile LCP and tens of ms to the first layout.
// The article body's regular weight is preloaded by article pages only (app/articles/[slug]/body-font.ts).
// `optional`: a font not there by the first paint is not swapped in later (the text would reflow and shift the page:
// CLS 0.009 on the homepage once the scripts stopped delaying that paint); both are preloaded, so it usually is.
export const headlineFont = localFont({
  src: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2',
  variable: '--font-serif-headline',
  weight: '700',
  display: 'optional',
  adjustFontFallback: 'Times New Roman',
});
