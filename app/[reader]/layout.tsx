import { notFound } from 'next/navigation';
import { PageFrame } from '@/components/layout/page-frame';
import { defaultVariantKey, preferencesFromVariant } from '@/lib/weather/reader-variant';

// Only the site's own variant is built; a reader's other city and unit render on first request and are then cached.
export function generateStaticParams() {
  return [{ reader: defaultVariantKey() }];
}

/** Public pages, one copy per reader variant: next.config's rewrites send each request here from the reader's cookies. */
export default async function ReaderLayout({ params, children }: LayoutProps<'/[reader]'>) {
  const reader = preferencesFromVariant((await params).reader);
  if (!reader) notFound();
  return <PageFrame reader={reader}>{children}</PageFrame>;
}
