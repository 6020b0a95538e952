import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { parsePageParam } from '@/lib/content/paginate';
import { HomeFront } from '../../_fronts/home-front';

export async function generateStaticParams() {
  return [{ page: '2' }];
}

export async function generateMetadata({ params }: PageProps<'/page/[page]'>): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  if (page === null) return {};
  return { title: `Latest stories, page ${page}`, alternates: { canonical: `/page/${page}` } };
}

export default async function HomeArchivePage({ params }: PageProps<'/page/[page]'>) {
  const page = parsePageParam((await params).page);
  if (page === null) notFound();
  if (page === 1) permanentRedirect('/');
  return <HomeFront page={page} />;
}
