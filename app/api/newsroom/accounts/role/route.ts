import { changeRole } from '@/lib/editors/accounts/account-actions';

/** The people page's "Change role" form (admins only). */
export const POST = changeRole;
