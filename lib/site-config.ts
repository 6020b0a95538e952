/** Site-wide settings in one typed place; the environment overrides only what differs per deployment. */
export interface SiteConfig {
  name: string;
  tagline: string;
  baseUrl: string;
  locale: string;
  language: string;
  timeZone: string;
  defaultWeatherCityId: string;
}

function baseUrlFromEnv(): string {
  const raw = process.env.SITE_URL ?? 'http://localhost:3000';
  return raw.replace(/\/+$/, '');
}

export const siteConfig: SiteConfig = {
  name: 'Meridian',
  tagline: 'Business and technology news',
  baseUrl: baseUrlFromEnv(),
  locale: 'en-US',
  language: 'en',
  timeZone: 'Asia/Shanghai',
  defaultWeatherCityId: 'beijing',
};

export function absoluteUrl(path: string): string {
  return `${siteConfig.baseUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
