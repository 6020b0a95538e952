import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { QueryProvider } from '@/components/providers/query-provider';
import { getSections } from '@/lib/content/articles';
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

export default async function RootLayout({ children }: { children: ReactNode }) {
  const sections = await getSections();
  return (
    <html lang={siteConfig.language} className={headlineFont.variable}>
      <body className="min-h-screen bg-[var(--color-paper)] font-sans text-[var(--color-ink)] antialiased">
        {/* React hoists it into <head>, before the stylesheet that uses the properties. */}
        <style href="meridian-colours" precedence="high">
          {tokensCss}
        </style>
        <SkipLink />
        <QueryProvider>
          <SiteHeader />
          <main id="main-content" tabIndex={-1} className="focus:outline-none">
            {children}
          </main>
        </QueryProvider>
        <SiteFooter sections={sections} />
      </body>
    </html>
  );
}
