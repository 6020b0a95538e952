import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parsePageParam } from '@/lib/content/paginate';
import { homeMetadata, NOT_FOUND_METADATA } from '@/lib/seo/metadata';
import { HomeFront } from '../../_fronts/home-front';

export async function generateStaticParams() {
  return [{ page: '2' }];
}

export async function generateMetadata({ params }: PageProps<'/[reader]/page/[page]'>): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  return page === null ? NOT_FOUND_METADATA : homeMetadata(page);
}

export default async function HomeArchivePage({ params }: PageProps<'/[reader]/page/[page]'>) {
  const page = parsePageParam((await params).page);
  if (page === null) notFound();
  return <HomeFront page={page} />;
}
