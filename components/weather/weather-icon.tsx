import type { WeatherIconKind } from '@/lib/weather/weather-codes';

const SUN = <circle cx="12" cy="12" r="4.5" fill="#f2b134" />;
const CLOUD = (
  <path d="M7 18h10a4 4 0 0 0 0-8 5.5 5.5 0 0 0-10.6 1.6A3.2 3.2 0 0 0 7 18Z" fill="currentColor" opacity="0.55" />
);
const DROPS = <path d="M9 20l-1 2M13 20l-1 2M17 20l-1 2" stroke="#219ebc" strokeWidth="1.6" strokeLinecap="round" />;

const SHAPES: Record<WeatherIconKind, React.ReactNode> = {
  clear: SUN,
  'partly-cloudy': (
    <>
      <g transform="translate(-3 -3)">{SUN}</g>
      {CLOUD}
    </>
  ),
  cloudy: CLOUD,
  fog: <path d="M4 9h16M6 13h12M4 17h16" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" opacity="0.6" />,
  drizzle: (
    <>
      {CLOUD}
      <path d="M10 20l-.5 1M15 20l-.5 1" stroke="#219ebc" strokeWidth="1.6" strokeLinecap="round" />
    </>
  ),
  rain: (
    <>
      {CLOUD}
      {DROPS}
    </>
  ),
  snow: (
    <>
      {CLOUD}
      <path d="M9 21h.01M13 21h.01M17 21h.01" stroke="#8ecae6" strokeWidth="2.4" strokeLinecap="round" />
    </>
  ),
  storm: (
    <>
      {CLOUD}
      <path d="M12 17l-2 4h3l-1.5 3" stroke="#f2b134" strokeWidth="1.6" fill="none" strokeLinejoin="round" />
    </>
  ),
};

/** A small decorative weather icon; the condition is also given as text beside it. */
export function WeatherIcon({ kind }: { kind: WeatherIconKind }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" className="shrink-0">
      {SHAPES[kind]}
    </svg>
  );
}
