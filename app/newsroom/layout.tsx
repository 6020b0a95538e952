import { PageFrame } from '@/components/layout/page-frame';
import { readPreferences } from '@/lib/weather/reader-preferences';

/** The newsroom wears the site's frame with the site's own reader bar. */
export default function NewsroomLayout({ children }: LayoutProps<'/newsroom'>) {
  return <PageFrame reader={readPreferences(() => undefined)}>{children}</PageFrame>;
}
