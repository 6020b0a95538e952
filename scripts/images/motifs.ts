import { colours } from '../../lib/design/tokens';

/**
 * Motif families for the generated hero illustrations: each section draws its own subject (candlesticks for markets,
 * circuits for technology, roads and wheels for autos, columns and papers for policy, a globe for world, a skyline
 * for business, waves and turbines for energy stories), and each story's seed varies composition, scale and scheme.
 */

export type Random = () => number;

/** The colours one illustration uses, all drawn from the house tokens or tints between them. */
export interface Scheme {
  ground: string;
  shade: string;
  line: string;
  soft: string;
  mark: string;
}

export interface Frame {
  width: number;
  height: number;
  rand: Random;
  scheme: Scheme;
  /** Where the main subject sits, as a fraction of the width (0.3 left, 0.5 centre, 0.7 right). */
  focus: number;
}

export function seededRandom(seed: string): Random {
  let h = 2166136261;
  for (const char of seed) h = Math.imul(h ^ char.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/** A colour `share` of the way from `from` to `to` (both #rrggbb). */
export function mix(from: string, to: string, share: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const out = [0, 1, 2].map((i) =>
    Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * share)
      .toString(16)
      .padStart(2, '0'),
  );
  return `#${out.join('')}`;
}

const { light, dark } = colours;

/** Light paper, night ink and the house accent as grounds; each picked by the story's seed. */
export const SCHEMES: Scheme[] = [
  {
    ground: light.paper,
    shade: light.rule,
    line: light.ink,
    soft: mix(light.rule, light.paper, 0.5),
    mark: light.accent,
  },
  { ground: dark.paper, shade: dark.rule, line: dark.ink, soft: mix(dark.rule, dark.paper, 0.5), mark: dark.accent },
  {
    ground: light.accent,
    shade: mix(light.accent, light.ink, 0.35),
    line: light.paper,
    soft: mix(light.accent, light.paper, 0.2),
    mark: light.ink,
  },
  {
    ground: mix(light.rule, light.paper, 0.4),
    shade: light.rule,
    line: light.ink,
    soft: light.paper,
    mark: light.accent,
  },
  {
    ground: light.ink,
    shade: mix(light.ink, light.muted, 0.5),
    line: light.paper,
    soft: mix(light.ink, light.paper, 0.12),
    mark: dark.accent,
  },
];

const round = (n: number) => Math.round(n * 10) / 10;
const between = (rand: Random, low: number, high: number) => low + rand() * (high - low);

/** Faint background texture shared by every family: dots, hatching or a plain ground. */
export function texture({ width, height, rand, scheme }: Frame): string {
  const kind = Math.floor(rand() * 3);
  const step = round(between(rand, 28, 56));
  if (kind === 0) {
    const dots: string[] = [];
    for (let y = step / 2; y < height; y += step)
      for (let x = step / 2; x < width; x += step) dots.push(`M${round(x)} ${round(y)}h0.1`);
    return `<path d="${dots.join('')}" stroke="${scheme.shade}" stroke-width="5" stroke-linecap="round"/>`;
  }
  if (kind === 1) {
    const lines: string[] = [];
    for (let x = -height; x < width; x += step) lines.push(`M${round(x)} ${height}L${round(x + height)} 0`);
    return `<path d="${lines.join('')}" stroke="${scheme.soft}" stroke-width="3"/>`;
  }
  return '';
}

/** A random walk of `count` prices, stretched to fill the band between `top` and `bottom`. */
function walk(rand: Random, count: number, top: number, bottom: number): number[] {
  const drift = between(rand, -0.6, 0.6);
  const raw = [0];
  for (let i = 1; i <= count; i += 1) raw.push(raw[i - 1]! + drift + between(rand, -1, 1));
  const low = Math.min(...raw);
  const range = Math.max(...raw) - low || 1;
  return raw.map((value) => bottom - ((value - low) / range) * (bottom - top));
}

function gridLines({ width, height, scheme }: Frame): string {
  return [1, 2, 3, 4]
    .map(
      (i) =>
        `<line x1="0" x2="${width}" y1="${(height * i) / 5}" y2="${(height * i) / 5}" stroke="${scheme.shade}" stroke-width="2"/>`,
    )
    .join('');
}

function candlesticks(frame: Frame): string {
  const { width, height, rand, scheme, focus } = frame;
  const count = 14 + Math.floor(rand() * 16);
  const span = width * between(rand, 0.6, 0.84);
  const left = Math.min(width - span - 40, Math.max(40, width * focus - span / 2));
  const slot = span / count;
  const prices = walk(rand, count, height * between(rand, 0.12, 0.3), height * between(rand, 0.7, 0.88));
  const parts = [gridLines(frame)];
  const closes: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const [open, close] = [prices[i]!, prices[i + 1]!];
    const high = Math.min(open, close) - between(rand, 10, 60);
    const low = Math.max(open, close) + between(rand, 10, 60);
    const x = left + i * slot + slot / 2;
    const colour = close > open ? scheme.mark : scheme.line;
    parts.push(
      `<line x1="${round(x)}" x2="${round(x)}" y1="${round(high)}" y2="${round(low)}" stroke="${colour}" stroke-width="4"/>`,
      `<rect x="${round(x - slot * 0.3)}" y="${round(Math.min(open, close))}" width="${round(slot * 0.6)}" height="${round(Math.max(6, Math.abs(close - open)))}" fill="${colour}"/>`,
    );
    closes.push(`${round(x)},${round(close + between(rand, -30, 30))}`);
  }
  const average = `<polyline points="${closes.join(' ')}" fill="none" stroke="${scheme.mark}" stroke-width="6" stroke-linejoin="round" opacity="0.7"/>`;
  return parts.join('') + (rand() < 0.6 ? average : '');
}

/** A price line over its shaded area, with the last price marked. */
function areaChart(frame: Frame): string {
  const { width, height, rand, scheme } = frame;
  const count = 40 + Math.floor(rand() * 40);
  const prices = walk(rand, count, height * between(rand, 0.15, 0.35), height * between(rand, 0.65, 0.85));
  const points = prices.map((y, i) => `${round((i / count) * width)},${round(y)}`);
  const last = prices[count]!;
  return (
    gridLines(frame) +
    `<path d="M0 ${height}L${points.join('L')}L${width} ${height}Z" fill="${scheme.shade}" opacity="0.8"/>` +
    `<polyline points="${points.join(' ')}" fill="none" stroke="${scheme.line}" stroke-width="7" stroke-linejoin="round"/>` +
    `<line x1="0" x2="${width}" y1="${round(last)}" y2="${round(last)}" stroke="${scheme.mark}" stroke-width="3" stroke-dasharray="14 10"/>` +
    `<circle cx="${width - 4}" cy="${round(last)}" r="20" fill="${scheme.mark}"/>`
  );
}

function markets(frame: Frame): string {
  return frame.rand() < 0.6 ? candlesticks(frame) : areaChart(frame);
}

function circuit({ width, height, rand, scheme, focus }: Frame): string {
  const size = height * between(rand, 0.28, 0.42);
  const cx = width * focus;
  const cy = height * between(rand, 0.4, 0.6);
  const parts: string[] = [];
  const grid = round(between(rand, 40, 70));
  const traces = 18 + Math.floor(rand() * 14);
  for (let i = 0; i < traces; i += 1) {
    const side = Math.floor(rand() * 4);
    const offset = (Math.floor(rand() * 7) - 3) * (size / 8);
    const start =
      side === 0
        ? [cx - size / 2, cy + offset]
        : side === 1
          ? [cx + size / 2, cy + offset]
          : side === 2
            ? [cx + offset, cy - size / 2]
            : [cx + offset, cy + size / 2];
    const dir = side === 0 ? [-1, 0] : side === 1 ? [1, 0] : side === 2 ? [0, -1] : [0, 1];
    let [x, y] = start as [number, number];
    let d = `M${round(x)} ${round(y)}`;
    for (let leg = 0; leg < 3; leg += 1) {
      const length = grid * (1 + Math.floor(rand() * 5));
      const turn = leg % 2 === 1;
      const [dx, dy] = turn ? [dir[1]! * (rand() < 0.5 ? 1 : -1), dir[0]!] : dir;
      x += dx! * length;
      y += dy! * length;
      d += `L${round(x)} ${round(y)}`;
    }
    const colour = rand() < 0.25 ? scheme.mark : scheme.line;
    parts.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="5" stroke-linejoin="round"/>`);
    parts.push(
      `<circle cx="${round(x)}" cy="${round(y)}" r="11" fill="${scheme.ground}" stroke="${colour}" stroke-width="5"/>`,
    );
  }
  parts.push(
    `<rect x="${round(cx - size / 2)}" y="${round(cy - size / 2)}" width="${round(size)}" height="${round(size)}" rx="14" fill="${scheme.line}"/>`,
    `<rect x="${round(cx - size / 4)}" y="${round(cy - size / 4)}" width="${round(size / 2)}" height="${round(size / 2)}" rx="8" fill="none" stroke="${scheme.mark}" stroke-width="6"/>`,
  );
  return parts.join('');
}

/** Nodes on a jittered grid joined to their neighbours: a network map with a few lit routes. */
function network({ width, height, rand, scheme }: Frame): string {
  const columns = 7 + Math.floor(rand() * 5);
  const rows = 4 + Math.floor(rand() * 3);
  const nodes = Array.from({ length: columns * rows }, (_, i) => ({
    x: ((i % columns) + 0.5 + between(rand, -0.3, 0.3)) * (width / columns),
    y: (Math.floor(i / columns) + 0.5 + between(rand, -0.3, 0.3)) * (height / rows),
  }));
  const links: string[] = [];
  const lit: string[] = [];
  nodes.forEach((node, i) => {
    for (const j of [i + 1, i + columns, i + columns + 1]) {
      const other = nodes[j];
      if (!other || (j === i + 1 && j % columns === 0) || rand() < 0.3) continue;
      (rand() < 0.12 ? lit : links).push(`M${round(node.x)} ${round(node.y)}L${round(other.x)} ${round(other.y)}`);
    }
  });
  const dots = nodes
    .map((n) => {
      const big = rand() < 0.15;
      return `<circle cx="${round(n.x)}" cy="${round(n.y)}" r="${big ? 22 : 9}" fill="${big ? scheme.mark : scheme.line}"/>`;
    })
    .join('');
  return (
    `<path d="${links.join('')}" stroke="${scheme.line}" stroke-width="3" opacity="0.6"/>` +
    `<path d="${lit.join('')}" stroke="${scheme.mark}" stroke-width="8" stroke-linecap="round"/>` +
    dots
  );
}

function technology(frame: Frame): string {
  return frame.rand() < 0.55 ? circuit(frame) : network(frame);
}

function wheel(cx: number, cy: number, r: number, spokes: number, scheme: Scheme, spin: number): string {
  const lines = Array.from({ length: spokes }, (_, i) => {
    const angle = spin + (i * 2 * Math.PI) / spokes;
    return `M${round(cx + Math.cos(angle) * r * 0.25)} ${round(cy + Math.sin(angle) * r * 0.25)}L${round(cx + Math.cos(angle) * r * 0.78)} ${round(cy + Math.sin(angle) * r * 0.78)}`;
  }).join('');
  return (
    `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(r)}" fill="none" stroke="${scheme.line}" stroke-width="${round(r * 0.16)}"/>` +
    `<path d="${lines}" stroke="${scheme.mark}" stroke-width="${round(r * 0.07)}" stroke-linecap="round"/>` +
    `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(r * 0.2)}" fill="${scheme.mark}"/>`
  );
}

function road({ width, height, rand, scheme, focus }: Frame): string {
  const horizon = height * between(rand, 0.3, 0.45);
  const vanish = width * between(rand, 0.3, 0.7);
  const spread = width * between(rand, 0.3, 0.55);
  const parts = [
    `<path d="M${round(vanish - 6)} ${round(horizon)}L${round(vanish + 6)} ${round(horizon)}L${round(vanish + spread)} ${height}L${round(vanish - spread)} ${height}Z" fill="${scheme.shade}"/>`,
  ];
  for (let i = 0; i < 7; i += 1) {
    const t0 = (i + 0.2) / 7;
    const t1 = (i + 0.6) / 7;
    const y0 = horizon + (height - horizon) * t0 * t0;
    const y1 = horizon + (height - horizon) * t1 * t1;
    parts.push(
      `<line x1="${round(vanish)}" x2="${round(vanish)}" y1="${round(y0)}" y2="${round(y1)}" stroke="${scheme.line}" stroke-width="${round(2 + t1 * 14)}"/>`,
    );
  }
  const r = height * between(rand, 0.14, 0.24);
  const spokes = 5 + Math.floor(rand() * 4);
  const wheelY = height - r * between(rand, 0.9, 1.6);
  parts.push(wheel(width * focus - r * 1.3, wheelY, r, spokes, scheme, rand() * 6));
  if (rand() < 0.7) parts.push(wheel(width * focus + r * 1.3, wheelY, r, spokes, scheme, rand() * 6));
  return parts.join('');
}

/** A car in profile on a kerb line, with a charging bolt above it. */
function profile({ width, height, rand, scheme, focus }: Frame): string {
  const length = width * between(rand, 0.42, 0.58);
  const left = width * focus - length / 2;
  const kerb = height * between(rand, 0.74, 0.84);
  const r = length * 0.09;
  const roof = kerb - r - height * between(rand, 0.24, 0.32);
  const sill = kerb - r * 0.9;
  const belt = sill - height * 0.12;
  const body =
    `M${round(left)} ${round(sill)}L${round(left)} ${round(belt)}Q${round(left + length * 0.05)} ${round(belt - 40)} ${round(left + length * 0.22)} ${round(belt - 40)}` +
    `L${round(left + length * 0.34)} ${round(roof)}L${round(left + length * 0.68)} ${round(roof)}L${round(left + length * 0.82)} ${round(belt - 30)}` +
    `Q${round(left + length)} ${round(belt - 20)} ${round(left + length)} ${round(belt + 30)}L${round(left + length)} ${round(sill)}Z`;
  const bolt = `M${round(left + length * 0.52)} ${round(roof - 150)}l-44 86h36l-20 70l60-96h-38l24-60Z`;
  return (
    `<rect x="0" y="${round(kerb)}" width="${width}" height="${round(height - kerb)}" fill="${scheme.shade}"/>` +
    `<path d="M0 ${round(kerb + 40)}H${width}" stroke="${scheme.line}" stroke-width="8" stroke-dasharray="90 60"/>` +
    `<path d="${body}" fill="${scheme.line}"/>` +
    `<path d="M${round(left + length * 0.37)} ${round(roof + 18)}H${round(left + length * 0.66)}L${round(left + length * 0.76)} ${round(belt - 36)}H${round(left + length * 0.27)}Z" fill="${scheme.ground}" opacity="0.6"/>` +
    wheel(left + length * 0.2, kerb - r, r, 6, scheme, rand() * 6) +
    wheel(left + length * 0.8, kerb - r, r, 6, scheme, rand() * 6) +
    (rand() < 0.7 ? `<path d="${bolt}" fill="${scheme.mark}"/>` : '')
  );
}

function autos(frame: Frame): string {
  return frame.rand() < 0.5 ? road(frame) : profile(frame);
}

function energy({ width, height, rand, scheme, focus }: Frame): string {
  const parts: string[] = [];
  const bands = 4 + Math.floor(rand() * 4);
  const wavelength = between(rand, 220, 480);
  for (let b = 0; b < bands; b += 1) {
    const base = height * (0.6 + (b * 0.38) / bands);
    const amplitude = between(rand, 12, 40);
    const phase = rand() * wavelength;
    let d = `M0 ${height}`;
    for (let x = 0; x <= width; x += 20)
      d += `L${x} ${round(base + Math.sin(((x + phase) / wavelength) * 2 * Math.PI) * amplitude)}`;
    d += `L${width} ${height}Z`;
    parts.push(
      `<path d="${d}" fill="${b % 2 ? scheme.shade : scheme.soft}" stroke="${scheme.line}" stroke-width="3"/>`,
    );
  }
  const turbines = 1 + Math.floor(rand() * 3);
  for (let t = 0; t < turbines; t += 1) {
    const x = width * (focus + (t - (turbines - 1) / 2) * 0.17);
    const tall = height * between(rand, 0.35, 0.5) * (t === 0 ? 1.15 : 0.9);
    const hubY = height * 0.62 - tall;
    const blade = tall * 0.55;
    const spin = rand() * 2;
    parts.push(
      `<path d="M${round(x - 8)} ${height * 0.66}L${round(x - 3)} ${round(hubY)}L${round(x + 3)} ${round(hubY)}L${round(x + 8)} ${height * 0.66}Z" fill="${scheme.line}"/>`,
    );
    for (let i = 0; i < 3; i += 1) {
      const angle = spin + (i * 2 * Math.PI) / 3;
      const tipX = x + Math.cos(angle) * blade;
      const tipY = hubY + Math.sin(angle) * blade;
      const sideX = x + Math.cos(angle + 0.12) * blade * 0.3;
      const sideY = hubY + Math.sin(angle + 0.12) * blade * 0.3;
      parts.push(
        `<path d="M${round(x)} ${round(hubY)}L${round(sideX)} ${round(sideY)}L${round(tipX)} ${round(tipY)}Z" fill="${scheme.line}"/>`,
      );
    }
    parts.push(`<circle cx="${round(x)}" cy="${round(hubY)}" r="12" fill="${scheme.mark}"/>`);
  }
  return parts.join('');
}

function capitol({ width, height, rand, scheme, focus }: Frame): string {
  const columns = 4 + Math.floor(rand() * 4);
  const buildingWidth = width * between(rand, 0.32, 0.46);
  const left = width * focus - buildingWidth / 2;
  const base = height * 0.86;
  const top = height * between(rand, 0.34, 0.44);
  const gap = buildingWidth / columns;
  const parts = [
    `<path d="M${round(left - 30)} ${round(top)}L${round(left + buildingWidth / 2)} ${round(top - height * 0.16)}L${round(left + buildingWidth + 30)} ${round(top)}Z" fill="${scheme.line}"/>`,
    `<rect x="${round(left - 30)}" y="${round(top)}" width="${round(buildingWidth + 60)}" height="24" fill="${scheme.mark}"/>`,
    `<rect x="${round(left - 50)}" y="${round(base)}" width="${round(buildingWidth + 100)}" height="26" fill="${scheme.line}"/>`,
  ];
  for (let i = 0; i < columns; i += 1) {
    const x = left + i * gap + gap * 0.22;
    parts.push(
      `<rect x="${round(x)}" y="${round(top + 34)}" width="${round(gap * 0.56)}" height="${round(base - top - 40)}" fill="${scheme.line}"/>`,
    );
    for (let f = 1; f < 3; f += 1)
      parts.push(
        `<line x1="${round(x + (gap * 0.56 * f) / 3)}" x2="${round(x + (gap * 0.56 * f) / 3)}" y1="${round(top + 44)}" y2="${round(base - 12)}" stroke="${scheme.ground}" stroke-width="3"/>`,
      );
  }
  const papers = 2 + Math.floor(rand() * 3);
  const side = focus < 0.5 ? 0.78 : 0.2;
  for (let p = 0; p < papers; p += 1) {
    const w = width * 0.16;
    const h = w * 1.3;
    const x = width * side - w / 2 + (p - papers / 2) * 24;
    const y = height * 0.3 + p * 22;
    const tilt = round(between(rand, -14, 14));
    const lines = Array.from(
      { length: 6 },
      (_, i) => `M${round(x + 24)} ${round(y + 40 + i * 30)}h${round(w * (i === 0 ? 0.5 : between(rand, 0.55, 0.75)))}`,
    ).join('');
    parts.push(
      `<g transform="rotate(${tilt} ${round(x + w / 2)} ${round(y + h / 2)})"><rect x="${round(x)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" fill="${scheme.soft}" stroke="${scheme.line}" stroke-width="4"/><path d="${lines}" stroke="${p === papers - 1 ? scheme.mark : scheme.shade}" stroke-width="8" stroke-linecap="round"/></g>`,
    );
  }
  return parts.join('');
}

/** A fanned stack of papers, the top one ruled and stamped: a bill, a ruling, a filing. */
function papers({ width, height, rand, scheme, focus }: Frame): string {
  const w = height * between(rand, 0.5, 0.6);
  const h = w * 1.3;
  const cx = width * focus;
  const top = (height - h) / 2;
  const parts: string[] = [];
  const count = 3 + Math.floor(rand() * 2);
  for (let p = 0; p < count; p += 1) {
    const tilt = round((p - (count - 1) / 2) * between(rand, 5, 9));
    const last = p === count - 1;
    const lines = last
      ? Array.from(
          { length: 9 },
          (_, i) =>
            `M${round(cx - w / 2 + 40)} ${round(top + 60 + i * 40)}h${round(w * (i === 0 ? 0.45 : between(rand, 0.5, 0.8)))}`,
        ).join('')
      : '';
    parts.push(
      `<g transform="rotate(${last ? 0 : tilt} ${round(cx)} ${round(top + h)})"><rect x="${round(cx - w / 2)}" y="${round(top)}" width="${round(w)}" height="${round(h)}" fill="${last ? scheme.soft : scheme.shade}" stroke="${scheme.line}" stroke-width="4"/>` +
        (lines
          ? `<path d="${lines}" stroke="${scheme.line}" stroke-width="9" stroke-linecap="round" opacity="0.7"/>`
          : '') +
        '</g>',
    );
  }
  const sx = cx + w * 0.28;
  const sy = top + h * 0.78;
  parts.push(
    `<circle cx="${round(sx)}" cy="${round(sy)}" r="${round(w * 0.18)}" fill="none" stroke="${scheme.mark}" stroke-width="10"/>`,
    `<circle cx="${round(sx)}" cy="${round(sy)}" r="${round(w * 0.11)}" fill="none" stroke="${scheme.mark}" stroke-width="5" stroke-dasharray="8 6"/>`,
  );
  return parts.join('');
}

function policy(frame: Frame): string {
  return frame.rand() < 0.6 ? capitol(frame) : papers(frame);
}

function world({ width, height, rand, scheme, focus }: Frame): string {
  const r = height * between(rand, 0.34, 0.44);
  const cx = width * focus;
  const cy = height * between(rand, 0.45, 0.55);
  const id = `clip${Math.floor(rand() * 1e6)}`;
  const land: string[] = [];
  for (let c = 0; c < 5; c += 1) {
    const bx = cx + between(rand, -r, r);
    const by = cy + between(rand, -r, r);
    const size = r * between(rand, 0.25, 0.55);
    const points = Array.from({ length: 9 }, (_, i) => {
      const angle = (i / 9) * 2 * Math.PI;
      const reach = size * between(rand, 0.55, 1);
      return `${round(bx + Math.cos(angle) * reach * 1.3)},${round(by + Math.sin(angle) * reach)}`;
    }).join(' ');
    land.push(`<polygon points="${points}" fill="${scheme.line}" opacity="0.35"/>`);
  }
  const grid: string[] = [];
  for (let i = 1; i < 4; i += 1)
    grid.push(
      `<ellipse cx="${round(cx)}" cy="${round(cy)}" rx="${round((r * i) / 4)}" ry="${round(r)}" fill="none" stroke="${scheme.line}" stroke-width="3"/>`,
    );
  for (let i = -2; i <= 2; i += 1) {
    const y = cy + (i * r) / 3;
    const half = Math.sqrt(Math.max(0, r * r - (y - cy) * (y - cy)));
    grid.push(
      `<line x1="${round(cx - half)}" x2="${round(cx + half)}" y1="${round(y)}" y2="${round(y)}" stroke="${scheme.line}" stroke-width="3"/>`,
    );
  }
  const routes: string[] = [];
  for (let i = 0; i < 3; i += 1) {
    const x0 = cx + between(rand, -r, 0);
    const x1 = cx + between(rand, 0, r * 1.8);
    const y0 = cy + between(rand, -r * 0.6, r * 0.6);
    const y1 = cy + between(rand, -r * 0.6, r * 0.6);
    routes.push(
      `<path d="M${round(x0)} ${round(y0)}Q${round((x0 + x1) / 2)} ${round(Math.min(y0, y1) - r * 0.6)} ${round(x1)} ${round(y1)}" fill="none" stroke="${scheme.mark}" stroke-width="6" stroke-dasharray="18 12"/>`,
      `<circle cx="${round(x1)}" cy="${round(y1)}" r="10" fill="${scheme.mark}"/>`,
    );
  }
  return (
    `<defs><clipPath id="${id}"><circle cx="${round(cx)}" cy="${round(cy)}" r="${round(r)}"/></clipPath></defs>` +
    `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(r)}" fill="${scheme.soft}"/>` +
    `<g clip-path="url(#${id})">${land.join('')}${grid.join('')}</g>` +
    `<circle cx="${round(cx)}" cy="${round(cy)}" r="${round(r)}" fill="none" stroke="${scheme.line}" stroke-width="6"/>` +
    routes.join('')
  );
}

function skyline({ width, height, rand, scheme, focus }: Frame): string {
  const towers = 5 + Math.floor(rand() * 5);
  const span = width * between(rand, 0.45, 0.7);
  const left = width * focus - span / 2;
  const slot = span / towers;
  const ground = height * 0.9;
  const parts: string[] = [];
  const tops: string[] = [];
  for (let i = 0; i < towers; i += 1) {
    const tall = height * between(rand, 0.25, 0.7);
    const x = left + i * slot + slot * 0.08;
    const w = slot * 0.84;
    parts.push(
      `<rect x="${round(x)}" y="${round(ground - tall)}" width="${round(w)}" height="${round(tall)}" fill="${i % 3 === 1 ? scheme.shade : scheme.line}"/>`,
    );
    const windows: string[] = [];
    for (let y = ground - tall + 24; y < ground - 24; y += 34)
      for (let wx = x + 14; wx < x + w - 24; wx += 30)
        if (rand() < 0.55) windows.push(`M${round(wx)} ${round(y)}h12v16h-12Z`);
    parts.push(`<path d="${windows.join('')}" fill="${scheme.ground}" opacity="0.8"/>`);
    tops.push(`${round(x + w / 2)},${round(ground - tall - 40)}`);
  }
  parts.push(
    `<rect x="0" y="${round(ground)}" width="${width}" height="${round(height - ground)}" fill="${scheme.shade}"/>`,
  );
  if (rand() < 0.65)
    parts.push(
      `<polyline points="${tops.join(' ')}" fill="none" stroke="${scheme.mark}" stroke-width="9" stroke-linejoin="round" stroke-linecap="round"/>`,
    );
  return parts.join('');
}

/** A share-of-market donut beside a column of bars. */
function donut({ width, height, rand, scheme, focus }: Frame): string {
  const r = height * between(rand, 0.26, 0.34);
  const cx = width * focus;
  const cy = height / 2;
  const shares = Array.from({ length: 3 + Math.floor(rand() * 3) }, () => between(rand, 0.5, 2));
  const total = shares.reduce((a, b) => a + b, 0);
  const colours = [scheme.mark, scheme.line, scheme.shade, scheme.soft];
  let angle = -Math.PI / 2;
  const slices = shares.map((share, i) => {
    const sweep = (share / total) * 2 * Math.PI;
    const [x0, y0] = [cx + Math.cos(angle) * r, cy + Math.sin(angle) * r];
    angle += sweep;
    const [x1, y1] = [cx + Math.cos(angle) * r, cy + Math.sin(angle) * r];
    return `<path d="M${round(x0)} ${round(y0)}A${round(r)} ${round(r)} 0 ${sweep > Math.PI ? 1 : 0} 1 ${round(x1)} ${round(y1)}" fill="none" stroke="${colours[i % colours.length]}" stroke-width="${round(r * 0.45)}"/>`;
  });
  const side = focus < 0.5 ? 1 : -1;
  const bars = Array.from({ length: 5 }, (_, i) => {
    const w = width * 0.22 * between(rand, 0.3, 1);
    const x = side > 0 ? width * 0.62 : width * 0.38 - w;
    return `<rect x="${round(x)}" y="${round(height * 0.25 + i * height * 0.11)}" width="${round(w)}" height="${round(height * 0.07)}" fill="${i === 0 ? scheme.mark : scheme.line}"/>`;
  });
  return slices.join('') + bars.join('');
}

function business(frame: Frame): string {
  return frame.rand() < 0.6 ? skyline(frame) : donut(frame);
}

export type MotifFamily = 'markets' | 'technology' | 'autos' | 'energy' | 'policy' | 'world' | 'business';

export const MOTIFS: Record<MotifFamily, (frame: Frame) => string> = {
  markets,
  technology,
  autos,
  energy,
  policy,
  world,
  business,
};

const SECTION_FAMILIES: Record<string, MotifFamily> = {
  markets: 'markets',
  technology: 'technology',
  'autos-ev': 'autos',
  policy: 'policy',
  world: 'world',
  business: 'business',
};

/** Energy stories draw turbines and waves whatever their section; every other story draws its section's family. */
export function motifFamily(section: string, tags: readonly string[]): MotifFamily {
  if (section !== 'autos-ev' && tags.some((tag) => tag === 'energy' || tag === 'renewables')) return 'energy';
  return SECTION_FAMILIES[section] ?? 'business';
}
