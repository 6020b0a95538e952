import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ROLES, type Role } from './permissions';

/** Who is at the desk: what every desk action and commit needs to know of an account. */
export interface DeskActor {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface Account extends DeskActor {
  disabled: boolean;
  createdAt: string;
}

export interface AuditEntry {
  at: string;
  actorName: string;
  actorEmail: string;
  action: string;
  target: string;
}

/** The folder of the desk's SQLite file (accounts, sessions, devices, audit): DESK_DATA_DIR, else `.data/desk`. */
export function deskDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.DESK_DATA_DIR || path.join(process.cwd(), '.data', 'desk'));
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS accounts (
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN (${ROLES.map((r) => `'${r}'`).join(', ')})),
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  expires_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS devices (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts(id),
  expires_ms INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  actor_email TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL
);`;

// Tokens are stored hashed: a copy of the file opens no session.
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');
const newToken = () => randomBytes(32).toString('base64url');

interface AccountRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  disabled: number;
  created_at: string;
}

const toAccount = (row: AccountRow): Account => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  disabled: row.disabled === 1,
  createdAt: row.created_at,
});

/**
 * Accounts, their sessions and remembered devices, and the audit log, in one SQLite file shared by the instances on
 * one machine. A session names its account; the account's role and state are read on every request, so a role
 * change applies at once, and disabling an account ends its sessions.
 */
export class DeskStore {
  readonly db: Database.Database;

  constructor(file: string) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    try {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('busy_timeout = 1000');
      this.db.pragma('foreign_keys = ON');
      this.db.exec(SCHEMA);
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /** A new account; null when the e-mail address already has one. */
  createAccount(input: { name: string; email: string; role: Role; passwordHash: string }): Account | null {
    const row: AccountRow = {
      id: randomUUID(),
      email: input.email,
      name: input.name,
      role: input.role,
      password_hash: input.passwordHash,
      disabled: 0,
      created_at: new Date().toISOString(),
    };
    const inserted = this.db
      .prepare(
        `INSERT INTO accounts (id, email, name, role, password_hash, disabled, created_at)
         VALUES (@id, @email, @name, @role, @password_hash, @disabled, @created_at) ON CONFLICT DO NOTHING`,
      )
      .run(row);
    return inserted.changes === 1 ? toAccount(row) : null;
  }

  /** The account and its password hash, for signing in. */
  findForLogin(email: string): { account: Account; passwordHash: string } | null {
    const row = this.db.prepare('SELECT * FROM accounts WHERE email = ?').get(email) as AccountRow | undefined;
    return row ? { account: toAccount(row), passwordHash: row.password_hash } : null;
  }

  getAccount(id: string): Account | null {
    const row = this.db.prepare('SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
    return row ? toAccount(row) : null;
  }

  listAccounts(): Account[] {
    return (this.db.prepare('SELECT * FROM accounts ORDER BY name COLLATE NOCASE').all() as AccountRow[]).map(
      toAccount,
    );
  }

  activeAdmins(): number {
    return (
      this.db.prepare("SELECT COUNT(*) AS n FROM accounts WHERE role = 'admin' AND disabled = 0").get() as { n: number }
    ).n;
  }

  setRole(id: string, role: Role): void {
    this.db.prepare('UPDATE accounts SET role = ? WHERE id = ?').run(role, id);
  }

  /** Disabling also ends every session of the account and forgets its devices. */
  setDisabled(id: string, disabled: boolean): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE accounts SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, id);
      if (disabled) {
        this.db.prepare('DELETE FROM sessions WHERE account_id = ?').run(id);
        this.db.prepare('DELETE FROM devices WHERE account_id = ?').run(id);
      }
    })();
  }

  /** A new session's token (for the cookie), valid until `expiresMs`. */
  createSession(accountId: string, expiresMs: number, now: number = Date.now()): string {
    const token = newToken();
    this.db.prepare('DELETE FROM sessions WHERE expires_ms <= ?').run(now);
    this.db.prepare('INSERT INTO sessions VALUES (?, ?, ?)').run(digest(token), accountId, expiresMs);
    return token;
  }

  /** The account a session token belongs to, read fresh; null when unknown, expired or the account is disabled. */
  actorForSession(token: string, now: number = Date.now()): DeskActor | null {
    const row = this.db
      .prepare(
        `SELECT a.id, a.name, a.email, a.role FROM sessions s JOIN accounts a ON a.id = s.account_id
         WHERE s.token_hash = ? AND s.expires_ms > ? AND a.disabled = 0`,
      )
      .get(digest(token), now) as DeskActor | undefined;
    return row ? { id: row.id, name: row.name, email: row.email, role: row.role } : null;
  }

  endSession(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(digest(token));
  }

  /** A device token for the account: proof, at later sign-ins, that this browser signed in before. */
  rememberDevice(accountId: string, expiresMs: number, now: number = Date.now()): string {
    const token = newToken();
    this.db.prepare('DELETE FROM devices WHERE expires_ms <= ?').run(now);
    this.db.prepare('INSERT INTO devices VALUES (?, ?, ?)').run(digest(token), accountId, expiresMs);
    return token;
  }

  isKnownDevice(token: string, accountId: string, now: number = Date.now()): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM devices WHERE token_hash = ? AND account_id = ? AND expires_ms > ?')
        .get(digest(token), accountId, now) !== undefined
    );
  }

  addAudit(actor: Pick<DeskActor, 'name' | 'email'>, action: string, target: string): void {
    this.db
      .prepare('INSERT INTO audit (at, actor_name, actor_email, action, target) VALUES (?, ?, ?, ?, ?)')
      .run(new Date().toISOString(), actor.name, actor.email, action, target);
  }

  /** Newest first. */
  listAudit(limit = 200): AuditEntry[] {
    return this.db
      .prepare(
        `SELECT at, actor_name AS actorName, actor_email AS actorEmail, action, target FROM audit
         ORDER BY id DESC LIMIT ?`,
      )
      .all(limit) as AuditEntry[];
  }

  close(): void {
    this.db.close();
  }
}

const KEY = Symbol.for('meridian.deskStore');
const holder = globalThis as typeof globalThis & { [KEY]?: DeskStore };

/** The process's store, opened on first use. */
export function getDeskStore(): DeskStore {
  holder[KEY] ??= new DeskStore(path.join(deskDataDir(), 'desk.sqlite'));
  return holder[KEY];
}
