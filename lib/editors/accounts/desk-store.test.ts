import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskStore } from './desk-store';

let dir: string;
let store: DeskStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-store-'));
  store = new DeskStore(path.join(dir, 'desk.sqlite'));
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const add = (email: string, role: 'contributor' | 'editor' | 'admin' = 'contributor') =>
  store.createAccount({ name: email.split('@')[0]!, email, role, passwordHash: 'scrypt$stand-in' })!;

describe('desk store', () => {
  it('keeps one account per e-mail address, whatever its case', () => {
    expect(add('ada@example.com')).not.toBeNull();
    expect(
      store.createAccount({ name: 'Other', email: 'ADA@example.com', role: 'admin', passwordHash: 'x' }),
    ).toBeNull();
    expect(store.findForLogin('Ada@Example.com')?.account.email).toBe('ada@example.com');
  });

  it('names the account of a session, reads its role fresh, and ends it on sign-out, expiry or disabling', () => {
    const ada = add('ada@example.com');
    const now = 1_000_000;
    const token = store.createSession(ada.id, now + 60_000, now);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(store.actorForSession(token, now)).toEqual({
      id: ada.id,
      name: 'ada',
      email: ada.email,
      role: 'contributor',
    });
    store.setRole(ada.id, 'editor');
    expect(store.actorForSession(token, now)?.role).toBe('editor');
    expect(store.actorForSession(token, now + 60_000)).toBeNull();
    expect(store.actorForSession('A'.repeat(43), now)).toBeNull();

    const other = store.createSession(ada.id, now + 60_000, now);
    store.endSession(token);
    expect(store.actorForSession(token, now)).toBeNull();
    expect(store.actorForSession(other, now)).not.toBeNull();
    store.setDisabled(ada.id, true);
    expect(store.actorForSession(other, now)).toBeNull();
    // Enabling again does not bring ended sessions back.
    store.setDisabled(ada.id, false);
    expect(store.actorForSession(other, now)).toBeNull();
  });

  it('stores tokens hashed: the file holds no token a browser sends', () => {
    const ada = add('ada@example.com');
    const session = store.createSession(ada.id, Date.now() + 60_000);
    const device = store.rememberDevice(ada.id, Date.now() + 60_000);
    store.close();
    const bytes = fs.readFileSync(path.join(dir, 'desk.sqlite')).toString('latin1');
    const wal = fs.existsSync(path.join(dir, 'desk.sqlite-wal'))
      ? fs.readFileSync(path.join(dir, 'desk.sqlite-wal')).toString('latin1')
      : '';
    for (const token of [session, device]) expect(bytes + wal).not.toContain(token);
    store = new DeskStore(path.join(dir, 'desk.sqlite'));
    expect(store.actorForSession(session)?.email).toBe('ada@example.com');
  });

  it('knows a device only for the account it signed in to, until it expires', () => {
    const ada = add('ada@example.com');
    const bo = add('bo@example.com');
    const device = store.rememberDevice(ada.id, 2_000, 1_000);
    expect(store.isKnownDevice(device, ada.id, 1_500)).toBe(true);
    expect(store.isKnownDevice(device, bo.id, 1_500)).toBe(false);
    expect(store.isKnownDevice(device, ada.id, 2_000)).toBe(false);
  });

  it('counts active admins and lists the audit log newest first', () => {
    const admin = add('root@example.com', 'admin');
    add('ada@example.com');
    expect(store.activeAdmins()).toBe(1);
    store.setDisabled(admin.id, true);
    expect(store.activeAdmins()).toBe(0);
    store.addAudit(admin, 'created contributor account', 'ada <ada@example.com>');
    store.addAudit(admin, 'signed out', admin.email);
    expect(store.listAudit().map((e) => e.action)).toEqual(['signed out', 'created contributor account']);
    expect(store.listAudit()[0]).toMatchObject({ actorName: 'root', actorEmail: 'root@example.com' });
  });
});
