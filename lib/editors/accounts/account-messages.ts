/** What the people page says after an account action (the handlers redirect with one of these codes). */
export const ACCOUNT_NOTICES = {
  created: 'Account created. Give its holder the password by a safe channel.',
  'role-changed': 'Role changed; it applies to the account’s next request.',
  disabled: 'Account disabled; its sessions have ended.',
  enabled: 'Account enabled.',
} as const;

export const ACCOUNT_ERRORS = {
  'bad-form': 'The form was incomplete: every field is required.',
  'bad-name': 'The name must have 1 to 80 characters.',
  'bad-email': 'That is not an e-mail address.',
  'bad-role': 'The role must be contributor, editor or admin.',
  'weak-password':
    'That password is too weak: use at least 12 characters, several different ones, and not the account’s name, e-mail or a common word.',
  'email-taken': 'An account with that e-mail address exists already.',
  'no-account': 'There is no such account.',
  'last-admin': 'That is the last active admin: make another admin first.',
  busy: 'The server is busy checking passwords; try again in a few seconds.',
} as const;

export type AccountNotice = keyof typeof ACCOUNT_NOTICES;
export type AccountError = keyof typeof ACCOUNT_ERRORS;

export function accountMessage(query: {
  done?: unknown;
  error?: unknown;
}): { kind: 'notice' | 'error'; text: string } | null {
  if (typeof query.error === 'string' && query.error in ACCOUNT_ERRORS)
    return { kind: 'error', text: ACCOUNT_ERRORS[query.error as AccountError] };
  if (typeof query.done === 'string' && query.done in ACCOUNT_NOTICES)
    return { kind: 'notice', text: ACCOUNT_NOTICES[query.done as AccountNotice] };
  return null;
}
