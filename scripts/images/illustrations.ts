import { colours } from '../../lib/design/tokens';

/**
 * Deterministic abstract illustrations (SVG) for sample content: each slug gets its own composition,
 * each section its own palette, so every hero image is distinct and nothing is downloaded.
 */

const PALETTES: Record<string, [string, string, string, string]> = {
  business: ['#1f3b57', '#f2b134', '#e8e1d3', '#c4492c'],
  technology: ['#14213d', '#5ac8fa', '#e5e5e5', '#7b61ff'],
  'autos-ev': ['#0f3d3e', '#6fcf97', '#f1f1e6', '#f2994a'],
  markets: ['#2b2d42', '#ef233c', '#edf2f4', '#8d99ae'],
  policy: ['#3d2c2e', '#d4a373', '#faedcd', '#6b705c'],
  world: ['#023047', '#ffb703', '#e9f5f9', '#219ebc'],
};
const FALLBACK: [string, string, string, string] = ['#333333', '#999999', '#eeeeee', '#666666'];

function seededRandom(seed: string): () => number {
  let h = 2166136261;
  for (const char of seed) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

export function heroIllustrationSvg(slug: string, section: string, width = 1600, height = 900): string {
  const [deep, bright, light, accent] = PALETTES[section] ?? FALLBACK;
  const rand = seededRandom(slug);
  const shapes: string[] = [];
  // A rising or falling "chart" line across the frame.
  const points = Array.from({ length: 9 }, (_, i) => `${(i / 8) * width},${height * (0.35 + rand() * 0.45)}`).join(' ');
  for (let i = 0; i < 7; i += 1) {
    const r = 40 + rand() * 260;
    shapes.push(
      `<circle cx="${rand() * width}" cy="${rand() * height}" r="${r}" fill="${[bright, accent, light][i % 3]}" opacity="${0.25 + rand() * 0.5}"/>`,
    );
  }
  for (let i = 0; i < 12; i += 1) {
    const barHeight = 60 + rand() * height * 0.5;
    shapes.push(
      `<rect x="${80 + i * 120}" y="${height - barHeight}" width="70" height="${barHeight}" fill="${i % 2 ? light : bright}" opacity="0.55"/>`,
    );
  }
  const angle = Math.round(rand() * 360);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="g" gradientTransform="rotate(${angle} 0.5 0.5)"><stop offset="0" stop-color="${deep}"/><stop offset="1" stop-color="${accent}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
${shapes.join('\n')}
<polyline points="${points}" fill="none" stroke="${light}" stroke-width="14" stroke-linejoin="round" stroke-linecap="round"/>
</svg>`;
}

export function avatarSvg(name: string, size = 256): string {
  const rand = seededRandom(name);
  const palette = Object.values(PALETTES)[Math.floor(rand() * 6)] ?? FALLBACK;
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

/** The site icon: the masthead's initial on the house accent (app/icon.svg, and app/favicon.ico from it). */
export function siteIconSvg(name: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${colours.light.accent}"/><text x="16" y="23" text-anchor="middle" font-family="Georgia, serif" font-weight="700" font-size="20" fill="${colours.light.paper}">${name.slice(0, 1)}</text></svg>\n`;
}
