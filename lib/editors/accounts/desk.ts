import { cookies } from 'next/headers';
import { crossSiteRefusal, isCrossSiteRequest } from '../cross-site';
import { getDeskStore, type DeskActor } from './desk-store';
import { createLogin } from './login';
import { createLoginThrottle } from './login-throttle';
import { can, type DeskAction } from './permissions';
import { cookieFrom, sessionCookieName } from './session-cookie';

/**
 * The desk's sign-in facade, all a page or route handler needs:
 * - `currentEditor()` in server components: the signed-in account ({ id, name, email, role }) or null;
 * - `editorFor(request)` the same for a route handler that checks its own permissions per action;
 * - `deskGate(request, action)` first thing in a route handler: a Response to return at once (403 cross-site for
 *   any state-changing method, 401 signed out, 403 when the role may not do `action`), or the editor;
 * - `recordAudit(editor, action, target)` after a change, for the audit log (/newsroom/audit).
 * The role is read from the account on every call, so a changed role or a disabled account applies at once.
 */
export type { DeskActor } from './desk-store';

export async function currentEditor(): Promise<DeskActor | null> {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return token ? getDeskStore().actorForSession(token) : null;
}

/** The account that sent a request (route handlers), or null when signed out. */
export async function editorFor(request: Request): Promise<DeskActor | null> {
  const token = cookieFrom(request.headers.get('cookie'), sessionCookieName());
  return token ? getDeskStore().actorForSession(token) : null;
}

export async function deskGate(request: Request, action: DeskAction): Promise<DeskActor | Response> {
  if (!['GET', 'HEAD'].includes(request.method) && isCrossSiteRequest(request)) return crossSiteRefusal();
  const editor = await editorFor(request);
  if (!editor) return refusal(401, 'Sign in at /newsroom first.');
  if (!can(editor.role, action))
    return refusal(403, `Forbidden: a ${editor.role} may not ${action.replace('-', ' ')}.`);
  return editor;
}

export function recordAudit(editor: DeskActor, action: string, target: string): void {
  getDeskStore().addAudit(editor, action, target);
}

function refusal(status: 401 | 403, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}

// One per process: the limits must see every attempt the process answers.
export const deskLogin = createLogin(getDeskStore, createLoginThrottle());

/** Ends a session (signing out), noted in the audit log. */
export function signOut(token: string | undefined): void {
  if (!token) return;
  const store = getDeskStore();
  const editor = store.actorForSession(token);
  store.endSession(token);
  if (editor) store.addAudit(editor, 'signed out', editor.email);
}
