import { changeStatus } from '@/lib/editors/accounts/account-actions';

/** The people page's "Disable" and "Enable" buttons (admins only). */
export const POST = changeStatus;
