import { colours } from '../../lib/design/tokens';

import { MOTIFS, SCHEMES, motifFamily, seededRandom, texture } from './motifs';

/**
 * Deterministic illustrations (SVG) for sample content: each section draws its own motif family (scripts/images/
 * motifs.ts) and each slug seeds its composition and colour scheme, so no two heroes look alike and nothing is
 * downloaded.
 */

// Avatars keep their first palettes: the authors' pictures are theirs, not redrawn with each illustration change.
const AVATAR_PALETTES: [string, string, string][] = [
  ['#1f3b57', '#f2b134', '#e8e1d3'],
  ['#14213d', '#5ac8fa', '#e5e5e5'],
  ['#0f3d3e', '#6fcf97', '#f1f1e6'],
  ['#2b2d42', '#ef233c', '#edf2f4'],
  ['#3d2c2e', '#d4a373', '#faedcd'],
  ['#023047', '#ffb703', '#e9f5f9'],
];

export function heroIllustrationSvg(
  slug: string,
  section: string,
  tags: readonly string[],
  width = 1600,
  height = 900,
): string {
  const rand = seededRandom(slug);
  const scheme = SCHEMES[Math.floor(rand() * SCHEMES.length)]!;
  const focus = [0.32, 0.5, 0.68][Math.floor(rand() * 3)]!;
  const frame = { width, height, rand, scheme, focus };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="100%" height="100%" fill="${scheme.ground}"/>
${texture(frame)}
${MOTIFS[motifFamily(section, tags)](frame)}
</svg>`;
}

export function avatarSvg(name: string, size = 256): string {
  const rand = seededRandom(name);
  const palette = AVATAR_PALETTES[Math.floor(rand() * AVATAR_PALETTES.length)]!;
  const initials = name
    .split(/\s+/)
    .map((part) => part[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="100%" height="100%" fill="${palette[0]}"/>
<circle cx="${size * 0.8}" cy="${size * 0.2}" r="${size * 0.35}" fill="${palette[1]}" opacity="0.6"/>
<text x="50%" y="54%" dominant-baseline="middle" text-anchor="middle" font-family="sans-serif" font-weight="700" font-size="${size * 0.4}" fill="${palette[2]}">${initials}</text>
</svg>`;
}

/** The publisher logo for structured data (600×60, as Google asks for news publishers). */
export function logoSvg(name: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60">
<rect width="100%" height="100%" fill="${colours.light.paper}"/>
<text x="0" y="48" font-family="serif" font-weight="700" font-size="52" fill="${colours.light.ink}">${name}</text>
</svg>`;
}

/**
 * The site icon: the masthead's initial on the house accent. Rounded for app/icon.svg and favicon.ico; square for the
 * apple-icon and manifest icons, which the platforms mask themselves.
 */
export function siteIconSvg(name: string, { rounded }: { rounded: boolean }): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="${rounded ? 6 : 0}" fill="${colours.light.accent}"/><text x="16" y="23" text-anchor="middle" font-family="Georgia, serif" font-weight="700" font-size="20" fill="${colours.light.paper}">${name.slice(0, 1)}</text></svg>\n`;
}
