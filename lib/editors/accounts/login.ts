import { randomBytes } from 'node:crypto';
import { waitOrAbort } from '../guess-limiter';
import type { DeskActor, DeskStore } from './desk-store';
import { admitAttempt, type LoginThrottle } from './login-throttle';
import { hashPassword, verifyPassword } from './password-hash';
import { DEVICE_DAYS, SESSION_HOURS } from './session-cookie';

export type LoginResult =
  | { outcome: 'signed-in'; actor: DeskActor; session: string; device: string }
  | { outcome: 'wrong' | 'disabled' | 'busy' | 'gone' }
  | { outcome: 'throttled'; retryAfterSeconds: number };

export interface LoginAttempt {
  client: string;
  email: string;
  password: string;
  /** The browser's device cookie, if any. */
  device: string | undefined;
  /** The wait the client's admission asked for (admitClient). */
  waitMs: number;
  signal: AbortSignal;
}

// Unknown e-mail addresses are checked against this, so they cost what a real account costs and answer alike.
let decoy: Promise<string> | null = null;

/** Signing in, step by step: the client was admitted before its body was read; then the account, then the check. */
export function createLogin(store: () => DeskStore, throttle: LoginThrottle) {
  return {
    admitClient(client: string) {
      return admitAttempt(throttle.clients, client);
    },

    async signIn(attempt: LoginAttempt, now: number = Date.now()): Promise<LoginResult> {
      await waitOrAbort(attempt.waitMs, attempt.signal);
      if (attempt.signal.aborted) return { outcome: 'gone' };
      const email = attempt.email.trim().toLowerCase().slice(0, 254);
      const found = email ? store().findForLogin(email) : null;
      const knownDevice = !!(found && attempt.device && store().isKnownDevice(attempt.device, found.account.id, now));
      if (!knownDevice) {
        const admission = admitAttempt(throttle.accounts, email);
        if ('retryAfterSeconds' in admission) return { outcome: 'throttled', ...admission };
        await waitOrAbort(admission.waitMs, attempt.signal);
        if (attempt.signal.aborted) return { outcome: 'gone' };
      }
      const hash = found?.passwordHash ?? (await (decoy ??= hashPassword(randomBytes(16).toString('hex'))));
      const right = attempt.password
        ? await throttle.kdf.run(() => verifyPassword(hash, attempt.password.slice(0, 1024)))
        : false;
      if (right === null) return { outcome: 'busy' };
      if (!right || !found) return { outcome: 'wrong' };
      throttle.clients.forget(attempt.client);
      throttle.accounts.forget(email);
      if (found.account.disabled) return { outcome: 'disabled' };
      const { id, name, role } = found.account;
      const actor: DeskActor = { id, name, email: found.account.email, role };
      const session = store().createSession(id, now + SESSION_HOURS * 3_600_000, now);
      const device = store().rememberDevice(id, now + DEVICE_DAYS * 86_400_000, now);
      store().addAudit(actor, 'signed in', actor.email);
      return { outcome: 'signed-in', actor, session, device };
    },
  };
}
