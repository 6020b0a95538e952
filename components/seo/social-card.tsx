import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { colours } from '@/lib/design/tokens';
import { siteConfig } from '@/lib/site-config';

export const OG_SIZE = { width: 1200, height: 630 };

// Satori reads WOFF (not WOFF2): the static latin files of @fontsource, read from disk, nothing downloaded.
async function fonts() {
  const dir = (pkg: string) =>
    path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource', pkg, 'files');
  const [serif, sans] = await Promise.all([
    fs.readFile(path.join(dir('source-serif-4'), 'source-serif-4-latin-700-normal.woff')),
    fs.readFile(path.join(dir('inter'), 'inter-latin-700-normal.woff')),
  ]);
  return [
    { name: 'Source Serif 4', data: serif, weight: 700 as const, style: 'normal' as const },
    { name: 'Inter', data: sans, weight: 700 as const, style: 'normal' as const },
  ];
}

/** The social card: masthead, section and headline on the house colours. */
export async function renderSocialCard({
  kicker,
  headline,
}: {
  kicker: string;
  headline: string;
}): Promise<ImageResponse> {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        background: colours.light.paper,
        padding: 64,
        borderTop: `16px solid ${colours.light.accent}`,
      }}
    >
      <div
        style={{
          display: 'flex',
          fontFamily: 'Inter',
          fontSize: 30,
          color: colours.light.accent,
          textTransform: 'uppercase',
          letterSpacing: 2,
        }}
      >
        {kicker}
      </div>
      <div
        style={{
          display: 'flex',
          fontFamily: 'Source Serif 4',
          fontSize: headline.length > 80 ? 58 : 68,
          lineHeight: 1.12,
          color: colours.light.ink,
        }}
      >
        {headline}
      </div>
      <div style={{ display: 'flex', fontFamily: 'Source Serif 4', fontSize: 44, color: colours.light.ink }}>
        {siteConfig.name}
      </div>
    </div>,
    { ...OG_SIZE, fonts: await fonts() },
  );
}
