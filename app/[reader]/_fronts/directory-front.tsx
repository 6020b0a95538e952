import type { Metadata } from 'next';
import { SectionDirectory } from '@/components/directory/section-directory';
import { TopicDirectory } from '@/components/directory/topic-directory';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { getSectionDirectory, getTopicDirectory } from '@/lib/content/articles';
import { DIRECTORY_PAGES, type DirectoryPage } from '@/lib/content/directories';
import { breadcrumbJsonLd, collectionPageJsonLd, type Crumb } from '@/lib/seo/json-ld';
import { singlePageMetadata } from '@/lib/seo/metadata';

/** The Sections (/section) and Topics A–Z (/tag) indexes: one page each, listing the site's list pages. */
export function directoryFrontMetadata(kind: keyof typeof DIRECTORY_PAGES): Metadata {
  return singlePageMetadata(DIRECTORY_PAGES[kind]);
}

export async function SectionsFront() {
  const page = DIRECTORY_PAGES.sections;
  const sections = await getSectionDirectory();
  return (
    <>
      <DirectoryJsonLd page={page} items={sections.map((s) => ({ name: s.name, path: `/section/${s.slug}` }))} />
      <SectionDirectory page={page} sections={sections} />
    </>
  );
}

export async function TopicsFront() {
  const page = DIRECTORY_PAGES.topics;
  const groups = await getTopicDirectory();
  const topics = groups.flatMap((group) => group.topics);
  return (
    <>
      <DirectoryJsonLd page={page} items={topics.map((t) => ({ name: t.name, path: `/tag/${t.slug}` }))} />
      <TopicDirectory page={page} groups={groups} />
    </>
  );
}

function DirectoryJsonLd({ page, items }: { page: DirectoryPage; items: Crumb[] }) {
  const trail = [
    { name: 'Home', path: '/' },
    { name: page.title, path: page.path },
  ];
  return (
    <JsonLdScript
      data={[
        breadcrumbJsonLd(trail),
        collectionPageJsonLd({ name: page.title, description: page.description, path: page.path, items }),
      ]}
    />
  );
}
