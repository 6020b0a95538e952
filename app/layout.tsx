import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/providers/query-provider';
import { colours, tokensCss } from '@/lib/design/tokens';
import { siteConfig } from '@/lib/site-config';
import { headlineFont } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.baseUrl),
  title: { default: `${siteConfig.name}: ${siteConfig.tagline}`, template: `%s | ${siteConfig.name}` },
  description: 'Meridian reports on business, technology, markets, policy and the global economy.',
  openGraph: { siteName: siteConfig.name, type: 'website' },
  twitter: { card: 'summary_large_image' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: colours.light.paper },
    { media: '(prefers-color-scheme: dark)', color: colours.dark.paper },
  ],
};

/** The document shell; each page group adds the site's frame (components/layout/page-frame.tsx) for its reader. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={siteConfig.language} className={headlineFont.variable}>
      <body className="min-h-screen bg-paper font-sans text-ink antialiased">
        {/* React hoists it into <head>, before the stylesheet that uses the properties. */}
        <style href="meridian-colours" precedence="high">
          {tokensCss}
        </style>
        <QueryProvider>{children}</QueryProvider>
      </body>
    </html>
  );
}
