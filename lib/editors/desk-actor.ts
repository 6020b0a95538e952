import { cookies } from 'next/headers';
import type { Role } from './accounts/permissions';
import { EDITOR_COOKIE, isSignedIn } from './editor-session';

/** Who is at the desk. The seam between the story desk and sign-in: accounts replace its body, not its callers. */
export interface DeskActor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Today's one shared-password session stands for a single admin. */
const NEWSROOM: DeskActor = { id: 'newsroom', name: 'Newsroom', email: 'newsroom@localhost', role: 'admin' };

async function actorForSession(value: string | undefined): Promise<DeskActor | null> {
  return (await isSignedIn(value)) ? NEWSROOM : null;
}

/** The actor of the page being rendered (server components). */
export async function currentDeskActor(): Promise<DeskActor | null> {
  return actorForSession((await cookies()).get(EDITOR_COOKIE)?.value);
}

/** The actor who sent a request (route handlers). */
export async function deskActorFor(request: Request): Promise<DeskActor | null> {
  const cookie = request.headers.get('cookie') ?? '';
  const value = cookie
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${EDITOR_COOKIE}=`))
    ?.slice(EDITOR_COOKIE.length + 1);
  return actorForSession(value);
}
