import type { ReactNode } from 'react';
import { QueryProvider } from '@/components/providers/query-provider';
import { tokensCss } from '@/lib/design/tokens';
import { siteConfig } from '@/lib/site-config';
import { headlineFont } from './fonts';

/** The <html> and <body> of every page: the root layout's, and the 404 page's, which Next renders without it. */
export function SiteDocument({ children }: { children: ReactNode }) {
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
