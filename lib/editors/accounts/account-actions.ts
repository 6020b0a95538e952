import { z } from 'zod';
import { readLimitedText } from '@/lib/http/read-limited-text';
import type { AccountError, AccountNotice } from './account-messages';
import { deskGate, recordAudit } from './desk';
import { getDeskStore, type DeskActor } from './desk-store';
import { addAccount, newAccountSchema } from './add-account';
import { createKdfGate } from './kdf-gate';
import { hashPassword } from './password-hash';
import { ROLES } from './permissions';

/**
 * The people page's three forms (create an account, change a role, disable or enable one), for admins only. Each
 * answers 303 back to /newsroom/people with what happened, so the forms work without JavaScript; a request from
 * another site or a role without `manage-accounts` gets 403 before its body is read.
 */
const BODY_LIMIT = 4096;
const role = z.enum(ROLES);
const id = z.string().uuid();
const forms = {
  create: newAccountSchema,
  role: z.object({ id, role }),
  status: z.object({ id, disabled: z.enum(['0', '1']) }),
};

// Hashing a new password is as costly as checking one: it waits its turn behind sign-ins' own gate.
const hashing = createKdfGate({ concurrency: 1, queue: 4 });

const back = (outcome: { done: AccountNotice } | { error: AccountError }) =>
  new Response(null, {
    status: 303,
    headers: { Location: `/newsroom/people?${new URLSearchParams(outcome)}`, 'Cache-Control': 'private, no-store' },
  });

async function readForm<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ form: z.infer<S> } | { fieldError: AccountError } | Response> {
  const body = await readLimitedText(request, BODY_LIMIT);
  if (!body.ok)
    return new Response(`${body.message}.\n`, {
      status: body.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
    });
  const parsed = schema.safeParse(Object.fromEntries(new URLSearchParams(body.text)));
  if (parsed.success) return { form: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0] ?? '');
  const byField: Record<string, AccountError> = { name: 'bad-name', email: 'bad-email', role: 'bad-role' };
  return { fieldError: byField[field] ?? 'bad-form' };
}

async function adminAction<S extends z.ZodType>(
  request: Request,
  schema: S,
  act: (admin: DeskActor, form: z.infer<S>) => Promise<Response> | Response,
): Promise<Response> {
  const admin = await deskGate(request, 'manage-accounts');
  if (admin instanceof Response) return admin;
  const read = await readForm(request, schema);
  if (read instanceof Response) return read;
  if ('fieldError' in read) return back({ error: read.fieldError });
  return act(admin, read.form);
}

export function createAccount(request: Request): Promise<Response> {
  return adminAction(request, forms.create, async (admin, form) => {
    const added = await addAccount(getDeskStore(), form, (password) => hashing.run(() => hashPassword(password)));
    if ('error' in added) return back({ error: added.error });
    const { account } = added;
    recordAudit(admin, `created ${account.role} account`, `${account.name} <${account.email}>`);
    return back({ done: 'created' });
  });
}

/** Whether this change would leave no active admin. */
function removesLastAdmin(accountId: string): boolean {
  const account = getDeskStore().getAccount(accountId);
  return !!account && account.role === 'admin' && !account.disabled && getDeskStore().activeAdmins() <= 1;
}

export function changeRole(request: Request): Promise<Response> {
  return adminAction(request, forms.role, (admin, form) => {
    const account = getDeskStore().getAccount(form.id);
    if (!account) return back({ error: 'no-account' });
    if (form.role !== 'admin' && removesLastAdmin(form.id)) return back({ error: 'last-admin' });
    getDeskStore().setRole(form.id, form.role);
    recordAudit(admin, `changed role ${account.role} → ${form.role}`, `${account.name} <${account.email}>`);
    return back({ done: 'role-changed' });
  });
}

export function changeStatus(request: Request): Promise<Response> {
  return adminAction(request, forms.status, (admin, form) => {
    const account = getDeskStore().getAccount(form.id);
    if (!account) return back({ error: 'no-account' });
    const disable = form.disabled === '1';
    if (disable && removesLastAdmin(form.id)) return back({ error: 'last-admin' });
    getDeskStore().setDisabled(form.id, disable);
    recordAudit(admin, disable ? 'disabled account' : 'enabled account', `${account.name} <${account.email}>`);
    return back({ done: disable ? 'disabled' : 'enabled' });
  });
}
