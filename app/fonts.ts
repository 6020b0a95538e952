import localFont from 'next/font/local';

// Self-hosted variable fonts (latin subset) from @fontsource-variable: no download at build time.
export const sansFont = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  display: 'swap',
  weight: '100 900',
});

export const serifFont = localFont({
  src: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
  variable: '--font-source-serif',
  display: 'swap',
  weight: '200 900',
});
