import { ROLES } from '@/lib/editors/accounts/permissions';

/** The roles, as a select's options. */
export function RoleOptions() {
  return ROLES.map((role) => (
    <option key={role} value={role}>
      {role}
    </option>
  ));
}
