import { shareLinks } from '@/lib/share/share-links';
import { ShareButton } from './share-button';

/** Plain share links (nothing loads from the services until a click) and, where the browser can, a share button. */
export function ShareLinks({ title, url }: { title: string; url: string }) {
  return (
    <section aria-labelledby="share-heading" className="flex flex-wrap items-center gap-2 text-sm">
      <h2 id="share-heading" className="font-bold">
        Share this story
      </h2>
      <ul className="flex flex-wrap gap-2">
        {shareLinks({ title, url }).map((link) => (
          <li key={link.service}>
            <a
              href={link.href}
              rel="noopener noreferrer"
              target={link.external ? '_blank' : undefined}
              data-share={link.service}
              className="inline-block rounded-full border border-rule px-3 py-1 hover:bg-rule"
            >
              <span className="sr-only">{link.label}</span>
              <span aria-hidden="true">{link.name}</span>
              {link.external ? <span className="sr-only"> (opens in a new tab)</span> : null}
            </a>
          </li>
        ))}
      </ul>
      <ShareButton title={title} url={url} />
    </section>
  );
}
