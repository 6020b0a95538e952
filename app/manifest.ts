import type { MetadataRoute } from 'next';
import { colours } from '@/lib/design/tokens';
import { MANIFEST_ICON_SIZES, manifestIconSrc } from '@/lib/images/site-icons';
import { siteConfig } from '@/lib/site-config';

/** /manifest.webmanifest: the name, colours and icons a browser uses when the site is added to a home screen. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: siteConfig.name,
    short_name: siteConfig.name,
    description: siteConfig.tagline,
    start_url: '/',
    display: 'browser',
    background_color: colours.light.paper,
    theme_color: colours.light.paper,
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ...MANIFEST_ICON_SIZES.map((size) => ({
        src: manifestIconSrc(size),
        sizes: `${size}x${size}`,
        type: 'image/png',
      })),
    ],
  };
}
