import { getDeskStore } from './desk-store';
import { can, type DeskAction } from './permissions';

/** Desk pages that need more than being signed in, by path prefix. */
const GUARDED_PAGES: [prefix: string, action: DeskAction][] = [
  ['/newsroom/people', 'manage-accounts'],
  ['/newsroom/audit', 'manage-accounts'],
];

/**
 * What proxy.ts does with a request for a guarded desk page, decided before rendering: a page's status is sent
 * with its first streamed bytes, so `forbidden()` inside the page can show the refusal but not set 403 itself.
 * 'sign-in' sends the browser to the login form, 'forbidden' answers a plain 403 page (a rewrite's status does not
 * reach a prerendered page), null lets the request through (the page checks again, with `forbidden()`).
 */
export function deskPageRefusal(pathname: string, sessionToken: string | undefined): 'sign-in' | 'forbidden' | null {
  const guard = GUARDED_PAGES.find(([prefix]) => pathname === prefix || pathname.startsWith(`${prefix}/`));
  if (!guard) return null;
  const editor = sessionToken ? getDeskStore().actorForSession(sessionToken) : null;
  if (!editor) return 'sign-in';
  return can(editor.role, guard[1]) ? null : 'forbidden';
}
