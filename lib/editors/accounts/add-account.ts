import { z } from 'zod';
import type { AccountError } from './account-messages';
import type { Account, DeskStore } from './desk-store';
import { hashPassword } from './password-hash';
import { passwordProblem } from './password-strength';
import { ROLES } from './permissions';

/** A new account's fields, as the people page's form and `npm run editors:add` give them. */
export const newAccountSchema = z.object({
  name: z.string().trim().min(1).max(80),
  email: z.string().trim().toLowerCase().max(254).email(),
  role: z.enum(ROLES),
  password: z.string().max(1024),
});
export type NewAccount = z.infer<typeof newAccountSchema>;

/** Creates the account, or says why not: a weak password (with the reason) or an e-mail address already taken. */
export async function addAccount(
  store: DeskStore,
  input: NewAccount,
  hash: (password: string) => Promise<string | null> = hashPassword,
): Promise<{ account: Account } | { error: AccountError; reason?: string }> {
  const weak = passwordProblem(input.password, input);
  if (weak) return { error: 'weak-password', reason: weak };
  const passwordHash = await hash(input.password);
  if (!passwordHash) return { error: 'busy' };
  const account = store.createAccount({ name: input.name, email: input.email, role: input.role, passwordHash });
  return account ? { account } : { error: 'email-taken' };
}
