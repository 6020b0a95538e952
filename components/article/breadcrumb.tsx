import { IntentPrefetchLink } from '@/components/navigation/intent-prefetch-link';
import type { Crumb } from '@/lib/seo/json-ld';

/**
 * The visible trail above the headline: every crumb of the BreadcrumbList but the page itself (its title is the
 * heading just below), so what crawlers read and what readers see agree.
 */
export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  const links = trail.slice(0, -1);
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 text-muted">
        {links.map((crumb, index) => (
          <li key={crumb.path} className="flex items-center gap-x-2">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            <IntentPrefetchLink
              href={crumb.path}
              className={
                index === links.length - 1
                  ? 'font-bold tracking-wide text-accent uppercase hover:underline'
                  : 'hover:underline'
              }
            >
              {crumb.name}
            </IntentPrefetchLink>
          </li>
        ))}
      </ol>
    </nav>
  );
}
