import type { cookies, draftMode } from 'next/headers';
import { restrictDraftModeCookie } from './draft-mode-cookie';
import { grantCookieOptions, PREVIEW_GRANT_COOKIE, readGrant } from './preview-grant';
import { getRevocationStore } from './revocation-store';
import { readSecret } from './secrets';

type CookieStore = Awaited<ReturnType<typeof cookies>>;
type DraftMode = Awaited<ReturnType<typeof draftMode>>;

/** Revokes this browser's preview grant on every instance and clears it with Next's Draft Mode. */
export async function endPreview(store: CookieStore, draft: DraftMode): Promise<void> {
  const grant = readGrant(store.get(PREVIEW_GRANT_COOKIE)?.value, readSecret('PREVIEW_SECRET'));
  if (grant) await getRevocationStore().revoke(`preview:${grant.id}`, grant.expires * 1000);
  if (store.has(PREVIEW_GRANT_COOKIE)) store.set(PREVIEW_GRANT_COOKIE, '', grantCookieOptions(0));
  if (draft.isEnabled) {
    draft.disable();
    await restrictDraftModeCookie();
  }
}
