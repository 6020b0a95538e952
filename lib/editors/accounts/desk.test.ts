import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeRole, changeStatus, createAccount } from './account-actions';
import { deskGate } from './desk';
import { deskPageRefusal } from './desk-page-access';
import { getDeskStore, type Account } from './desk-store';
import { ROLES, type DeskAction } from './permissions';

// The process's store, in a folder of its own (DESK_DATA_DIR is read when the store is first opened).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'desk-gate-'));
process.env.DESK_DATA_DIR = dir;
const sessions = {} as Record<(typeof ROLES)[number], string>;
const accounts = {} as Record<(typeof ROLES)[number], Account>;

beforeAll(() => {
  for (const role of ROLES) {
    accounts[role] = getDeskStore().createAccount({
      name: `The ${role}`,
      email: `${role}@example.com`,
      role,
      passwordHash: 'not-used-here',
    })!;
    sessions[role] = getDeskStore().createSession(accounts[role].id, Date.now() + 3_600_000);
  }
});
afterAll(() => {
  getDeskStore().close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = (url: string, body: string, session: string | null, headers: Record<string, string> = {}) =>
  new Request(`http://desk.test${url}`, {
    method: 'POST',
    body,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...(session ? { Cookie: `meridian-editor=${session}` } : {}),
      ...headers,
    },
  });

describe('deskGate', () => {
  it('answers 401 signed out, 403 for a role without the action, and the editor otherwise', async () => {
    const actions: DeskAction[] = [
      'write',
      'submit',
      'schedule',
      'publish',
      'unpublish',
      'front-page',
      'manage-accounts',
    ];
    expect((await deskGate(post('/x', '', null), 'write')) as Response).toHaveProperty('status', 401);
    expect((await deskGate(post('/x', '', 'A'.repeat(43)), 'write')) as Response).toHaveProperty('status', 401);
    for (const action of actions) {
      const contributor = await deskGate(post('/x', '', sessions.contributor), action);
      if (['write', 'submit'].includes(action)) expect(contributor).toMatchObject({ role: 'contributor' });
      else expect((contributor as Response).status, action).toBe(403);
      const editor = await deskGate(post('/x', '', sessions.editor), action);
      if (action === 'manage-accounts') expect((editor as Response).status).toBe(403);
      else expect(editor).toMatchObject({ email: 'editor@example.com' });
      expect(await deskGate(post('/x', '', sessions.admin), action)).toMatchObject({ role: 'admin' });
    }
  });

  it('refuses a state-changing request from another site, even an admin’s', async () => {
    const forged = post('/x', '', sessions.admin, { 'Sec-Fetch-Site': 'cross-site' });
    expect(((await deskGate(forged, 'manage-accounts')) as Response).status).toBe(403);
    const read = new Request('http://desk.test/x', { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(((await deskGate(read, 'write')) as Response).status).toBe(401);
  });
});

describe('deskPageRefusal', () => {
  it('sends the signed-out to sign in and gives other roles 403 on the admin pages, before rendering', () => {
    for (const path of ['/newsroom/people', '/newsroom/audit']) {
      expect(deskPageRefusal(path, undefined)).toBe('sign-in');
      expect(deskPageRefusal(path, 'A'.repeat(43))).toBe('sign-in');
      expect(deskPageRefusal(path, sessions.contributor)).toBe('forbidden');
      expect(deskPageRefusal(path, sessions.editor)).toBe('forbidden');
      expect(deskPageRefusal(path, sessions.admin)).toBeNull();
    }
    expect(deskPageRefusal('/newsroom', undefined)).toBeNull();
    expect(deskPageRefusal('/newsroom/peoplex', sessions.contributor)).toBeNull();
  });
});

describe('account actions', { timeout: 60_000 }, () => {
  it('refuse a contributor and an editor every admin action, changing nothing', async () => {
    const target = accounts.contributor.id;
    for (const role of ['contributor', 'editor'] as const) {
      const answers = await Promise.all([
        createAccount(
          post(
            '/api/newsroom/accounts',
            'name=X&email=x@example.com&role=admin&password=violet tram under the quay',
            sessions[role],
          ),
        ),
        changeRole(post('/api/newsroom/accounts/role', `id=${accounts[role].id}&role=admin`, sessions[role])),
        changeStatus(post('/api/newsroom/accounts/status', `id=${target}&disabled=1`, sessions[role])),
      ]);
      expect(answers.map((a) => a.status)).toEqual([403, 403, 403]);
    }
    expect(getDeskStore().findForLogin('x@example.com')).toBeNull();
    expect(getDeskStore().getAccount(accounts.contributor.id)).toMatchObject({ role: 'contributor', disabled: false });
    expect(getDeskStore().getAccount(accounts.editor.id)?.role).toBe('editor');
  });

  it('let an admin create, re-role and disable accounts, with clear refusals and an audit entry each', async () => {
    const back = (response: Response) => new URL(response.headers.get('location')!, 'http://desk.test').search;
    const create = (body: string) => createAccount(post('/api/newsroom/accounts', body, sessions.admin));
    expect(back(await create('name=Bo&email=bo@example.com&role=editor&password=short'))).toBe('?error=weak-password');
    expect(back(await create('name=Bo&email=not-an-address&role=editor&password=violet tram under the quay'))).toBe(
      '?error=bad-email',
    );
    expect(back(await create('name=Bo&email=bo@example.com&role=owner&password=violet tram under the quay'))).toBe(
      '?error=bad-role',
    );
    expect(back(await create('name=Bo&email=bo@example.com&role=editor&password=violet tram under the quay'))).toBe(
      '?done=created',
    );
    expect(back(await create('name=Bo&email=BO@example.com&role=editor&password=violet tram under the quay'))).toBe(
      '?error=email-taken',
    );
    const bo = getDeskStore().findForLogin('bo@example.com')!.account;
    const role = (id: string, to: string) =>
      changeRole(post('/api/newsroom/accounts/role', `id=${id}&role=${to}`, sessions.admin));
    expect(back(await role(bo.id, 'contributor'))).toBe('?done=role-changed');
    expect(getDeskStore().getAccount(bo.id)?.role).toBe('contributor');
    // The only active admin stays an admin.
    expect(back(await role(accounts.admin.id, 'editor'))).toBe('?error=last-admin');
    const status = (id: string, disabled: string) =>
      changeStatus(post('/api/newsroom/accounts/status', `id=${id}&disabled=${disabled}`, sessions.admin));
    expect(back(await status(accounts.admin.id, '1'))).toBe('?error=last-admin');
    const boSession = getDeskStore().createSession(bo.id, Date.now() + 60_000);
    expect(back(await status(bo.id, '1'))).toBe('?done=disabled');
    expect(getDeskStore().actorForSession(boSession)).toBeNull();
    expect(back(await status('00000000-0000-4000-8000-000000000000', '1'))).toBe('?error=no-account');
    expect(
      getDeskStore()
        .listAudit()
        .map((e) => e.action)
        .slice(0, 3),
    ).toEqual(['disabled account', 'changed role editor → contributor', 'created editor account']);
  });

  it('cap the body before reading it whole', async () => {
    const big = post('/api/newsroom/accounts', `name=${'x'.repeat(5000)}`, sessions.admin);
    expect((await createAccount(big)).status).toBe(413);
  });
});
