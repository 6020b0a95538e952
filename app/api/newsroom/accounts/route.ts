import { createAccount } from '@/lib/editors/accounts/account-actions';

/** The people page's "Create account" form (admins only). */
export const POST = createAccount;
