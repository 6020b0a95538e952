/**
 * Who may do what at the desk. Contributors write and submit; editors also schedule, publish, unpublish and choose
 * the front page; admins also manage accounts. Checked on the server for every action, whatever the UI shows.
 */
export const ROLES = ['contributor', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export type DeskAction = 'write' | 'submit' | 'schedule' | 'publish' | 'unpublish' | 'front-page' | 'manage-accounts';

const GRANTS: Record<Role, ReadonlySet<DeskAction>> = {
  contributor: new Set(['write', 'submit']),
  editor: new Set(['write', 'submit', 'schedule', 'publish', 'unpublish', 'front-page']),
  admin: new Set(['write', 'submit', 'schedule', 'publish', 'unpublish', 'front-page', 'manage-accounts']),
};

export function can(role: Role, action: DeskAction): boolean {
  return GRANTS[role].has(action);
}
