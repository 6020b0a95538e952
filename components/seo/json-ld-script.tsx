import { serializeJsonLd } from '@/lib/seo/json-ld';

/** Structured data for crawlers; serializeJsonLd escapes it for a <script> element. */
export function JsonLdScript({ data }: { data: object | object[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
