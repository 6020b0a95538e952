/**
 * Plain share URLs: each service's documented "share this address" link, so sharing needs no script of theirs and
 * nothing is sent to them until the reader clicks.
 */
export interface ShareLink {
  service: 'email' | 'x' | 'linkedin' | 'facebook';
  /** The service's name, shown on the link. */
  name: string;
  /** The link's accessible name: what it does, not only where it goes. */
  label: string;
  href: string;
  /** Opens in a new tab (every service but email, which opens the mail program). */
  external: boolean;
}

export function shareLinks(story: { title: string; url: string }): ShareLink[] {
  const url = encodeURIComponent(story.url);
  const title = encodeURIComponent(story.title);
  return [
    {
      service: 'email',
      name: 'Email',
      label: 'Share by email',
      href: `mailto:?subject=${title}&body=${url}`,
      external: false,
    },
    {
      service: 'x',
      name: 'X',
      label: 'Share on X',
      href: `https://x.com/intent/post?text=${title}&url=${url}`,
      external: true,
    },
    {
      service: 'linkedin',
      name: 'LinkedIn',
      label: 'Share on LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
      external: true,
    },
    {
      service: 'facebook',
      name: 'Facebook',
      label: 'Share on Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
      external: true,
    },
  ];
}
