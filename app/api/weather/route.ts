import { UPSTREAM_TIMEOUT_MS } from '@/lib/weather/open-meteo';
import { getReaderBar } from '@/lib/weather/reader-bar';
import { parseUnit } from '@/lib/weather/reader-preferences';
import { resolveCity } from '@/lib/weather/cities';

/** The reader bar's data for one city and unit, for the header island's periodic refresh. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const data = await getReaderBar(
    { city: resolveCity(params.get('city')), unit: parseUnit(params.get('unit')) },
    UPSTREAM_TIMEOUT_MS + 100,
  );
  return Response.json(data, { headers: { 'Cache-Control': 'public, max-age=60, s-maxage=60' } });
}
