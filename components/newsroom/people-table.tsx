import type { Account } from '@/lib/editors/accounts/desk-store';
import { RoleOptions } from './role-options';

/** Every account with a form to change its role and a button to disable or enable it (plain POST forms). */
export function PeopleTable({ accounts }: { accounts: Account[] }) {
  return (
    <section aria-labelledby="people-heading" className="mt-8">
      <h2 id="people-heading" className="border-t-4 border-ink pt-3 text-lg font-bold">
        Accounts ({accounts.length})
      </h2>
      <ul className="divide-y divide-rule" data-testid="people-list">
        {accounts.map((account) => (
          <li key={account.id} className="flex flex-wrap items-end justify-between gap-4 py-3">
            <div>
              <p className="font-semibold">
                {account.name} {account.disabled ? <span className="text-accent">(disabled)</span> : null}
              </p>
              <p className="text-sm text-muted">
                {account.email} · {account.role}
              </p>
            </div>
            <div className="flex flex-wrap items-end gap-3">
              <form method="post" action="/api/newsroom/accounts/role" className="flex items-end gap-2">
                <input type="hidden" name="id" value={account.id} />
                <div>
                  <label htmlFor={`role-${account.id}`} className="block text-sm">
                    Role of {account.name}
                  </label>
                  <select
                    id={`role-${account.id}`}
                    name="role"
                    defaultValue={account.role}
                    className="rounded-sm border border-muted bg-transparent px-2 py-1"
                  >
                    <RoleOptions />
                  </select>
                </div>
                <button type="submit" className="rounded-sm border border-current px-3 py-1 font-semibold">
                  Change role<span className="sr-only"> of {account.name}</span>
                </button>
              </form>
              <form method="post" action="/api/newsroom/accounts/status">
                <input type="hidden" name="id" value={account.id} />
                <input type="hidden" name="disabled" value={account.disabled ? '0' : '1'} />
                <button type="submit" className="rounded-sm border border-current px-3 py-1 font-semibold">
                  {account.disabled ? 'Enable' : 'Disable'}
                  <span className="sr-only"> {account.name}</span>
                </button>
              </form>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
