import type { ReaderBarData } from '@/lib/weather/reader-bar';
import { WeatherIcon } from './weather-icon';

/** "☀️ 22.9 °C Beijing · Saturday, May 31, 2025", or the date and a quiet note when the weather is unknown. */
export function WeatherSummary({ data }: { data: ReaderBarData }) {
  return (
    <p className="flex flex-wrap items-center gap-x-1.5 text-sm text-muted">
      {data.weather ? (
        <>
          <WeatherIcon kind={data.weather.icon} />
          <span className="font-semibold text-ink" data-testid="temperature">
            {data.weather.temperature}
          </span>
          <span className="sr-only">{data.weather.label},</span>
          <span title={`${data.weather.label}. High ${data.weather.high}, low ${data.weather.low}`}>
            {data.city.name}
          </span>
          <span className="hidden sm:inline">
            (H {data.weather.high} · L {data.weather.low})
          </span>
        </>
      ) : (
        <>
          <span>{data.city.name}</span>
          <span className="text-xs">(weather unavailable)</span>
        </>
      )}
      <span aria-hidden="true">·</span>
      <time dateTime={data.date.iso}>{data.date.label}</time>
    </p>
  );
}
