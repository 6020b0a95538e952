/** Prints a signed preview link: npm run preview-link -- <slug> [--hours 24] */
import { parseArgs } from 'node:util';
import { loadContent } from '../lib/content/load-content';
import { previewPath } from '../lib/editors/preview-token';
import { missingSecretMessage, readSecret } from '../lib/editors/secrets';
import { absoluteUrl } from '../lib/site-config';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { hours: { type: 'string', default: '24' } },
});
const slug = positionals[0];
const hours = Number(values.hours);
if (!slug || positionals.length > 1 || !Number.isFinite(hours)) {
  console.error('Usage: npm run preview-link -- <slug> [--hours 24]');
  process.exit(2);
}
const secret = readSecret('PREVIEW_SECRET');
if (!secret) {
  console.error(missingSecretMessage('PREVIEW_SECRET'));
  process.exit(2);
}
if (!process.env.PREVIEW_SECRET)
  console.error('Note: PREVIEW_SECRET is not set; this link only works on a development server.');
if (!loadContent().articles.some((a) => a.slug === slug))
  console.error(`Warning: no valid article "${slug}" in the content folder.`);
try {
  console.log(absoluteUrl(previewPath(slug, hours, secret)));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
