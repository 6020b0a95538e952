import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from './add-account';
import { DeskStore } from './desk-store';
import { createKdfGate } from './kdf-gate';
import { createLogin } from './login';
import { admitAttempt, createLoginThrottle } from './login-throttle';

const ADA = {
  name: 'Ada Park',
  email: 'ada@example.com',
  role: 'editor' as const,
  password: 'violet tram under the quay',
};
let dir: string;
let store: DeskStore;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-login-'));
  store = new DeskStore(path.join(dir, 'desk.sqlite'));
  const added = await addAccount(store, ADA);
  if ('error' in added) throw new Error(added.error);
}, 60_000);
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const attempt = (password: string, extra: { client?: string; device?: string; email?: string } = {}) => ({
  client: extra.client ?? '203.0.113.1',
  email: extra.email ?? ADA.email,
  password,
  device: extra.device,
  waitMs: 0,
  signal: new AbortController().signal,
});

describe('signing in', { timeout: 60_000 }, () => {
  it('opens a session naming the account for the right password only, and notes it in the audit log', async () => {
    const login = createLogin(() => store, createLoginThrottle());
    expect(await login.signIn(attempt('violet tram under the quay!'))).toEqual({ outcome: 'wrong' });
    expect(await login.signIn(attempt(ADA.password, { email: 'nobody@example.com' }))).toEqual({ outcome: 'wrong' });
    const result = await login.signIn(attempt(ADA.password, { email: ' ADA@example.com ' }));
    if (result.outcome !== 'signed-in') throw new Error(result.outcome);
    expect(store.actorForSession(result.session)).toMatchObject({ name: 'Ada Park', role: 'editor' });
    expect(store.listAudit()[0]).toMatchObject({ actorEmail: ADA.email, action: 'signed in' });
  });

  it('limits attempts per address before the body is read, and lets other addresses in', () => {
    const login = createLogin(() => store, createLoginThrottle());
    const admissions = Array.from({ length: 20 }, () => login.admitClient('198.51.100.7'));
    expect(admissions.slice(0, 5).every((a) => 'waitMs' in a && a.waitMs === 0)).toBe(true);
    expect(admissions.filter((a) => 'retryAfterSeconds' in a).length).toBeGreaterThan(0);
    expect(login.admitClient('198.51.100.8')).toEqual({ waitMs: 0 });
  });

  it('keeps a guessed-at account closed to new browsers, never to the holder’s own browser', async () => {
    const throttle = createLoginThrottle();
    const login = createLogin(() => store, throttle);
    const first = await login.signIn(attempt(ADA.password));
    if (first.outcome !== 'signed-in') throw new Error(first.outcome);
    // A botnet's guesses, one from each address, use up the account's attempts for browsers it does not know.
    for (let i = 0; i < 30; i += 1) admitAttempt(throttle.accounts, ADA.email);
    const stranger = await login.signIn(attempt(ADA.password, { client: '192.0.2.50' }));
    expect(stranger.outcome).toBe('throttled');
    const holder = await login.signIn(attempt(ADA.password, { client: '192.0.2.51', device: first.device }));
    expect(holder.outcome).toBe('signed-in');
    // A device cookie for one account does nothing for another.
    const elsewhere = await login.signIn(attempt('guess', { email: 'nobody@example.com', device: first.device }));
    expect(elsewhere.outcome).toBe('wrong');
  });

  it('answers busy instead of queueing password checks without end', async () => {
    const login = createLogin(() => store, {
      ...createLoginThrottle(),
      kdf: createKdfGate({ concurrency: 0, queue: 0 }),
    });
    expect(await login.signIn(attempt(ADA.password))).toEqual({ outcome: 'busy' });
  });

  it('refuses a disabled account even with its right password', async () => {
    const login = createLogin(() => store, createLoginThrottle());
    const id = store.findForLogin(ADA.email)!.account.id;
    store.setDisabled(id, true);
    try {
      expect(await login.signIn(attempt(ADA.password))).toEqual({ outcome: 'disabled' });
    } finally {
      store.setDisabled(id, false);
    }
  });
});
