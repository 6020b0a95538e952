/**
 * The house style's colours, defined once: the stylesheet's custom properties (`tokensCss`, written by the root
 * layout), browser theme colours, social cards, generated images and the few HTML documents written outside React
 * all read them from here.
 */
export const colours = {
  light: {
    paper: '#fffdf8',
    ink: '#1a1a1a',
    muted: '#595959',
    rule: '#d9d4c7',
    accent: '#9c2b1b',
    accentInk: '#ffffff',
  },
  dark: {
    paper: '#121212',
    ink: '#ececec',
    muted: '#b3b3b3',
    rule: '#3a3a3a',
    accent: '#ff8f7a',
    accentInk: '#121212',
  },
} as const;

type Palette = (typeof colours)['light'];

function customProperties(palette: Record<keyof Palette, string>): string {
  return Object.entries(palette)
    .map(([name, value]) => `--color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value}`)
    .join(';');
}

/** `--color-paper`, `--color-ink`, … for light, and for dark when the system asks for it. */
export const tokensCss = `:root{${customProperties(colours.light)}}@media (prefers-color-scheme:dark){:root{${customProperties(colours.dark)}}}`;
