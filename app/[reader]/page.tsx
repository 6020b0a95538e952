import type { Metadata } from 'next';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { organizationJsonLd, websiteJsonLd } from '@/lib/seo/json-ld';
import { homeMetadata } from '@/lib/seo/metadata';
import { HomeFront } from './_fronts/home-front';

export const metadata: Metadata = homeMetadata(1);

export default function HomePage() {
  return (
    <>
      <JsonLdScript data={[organizationJsonLd(), websiteJsonLd()]} />
      <HomeFront page={1} />
    </>
  );
}
