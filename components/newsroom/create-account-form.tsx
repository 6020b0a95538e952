import { MIN_PASSWORD_LENGTH } from '@/lib/editors/accounts/password-strength';
import { RoleOptions } from './role-options';

const field = 'mt-1 w-full rounded-sm border border-muted bg-transparent px-3 py-2';

/** Creates an account with a first password the admin hands over (a plain POST form). */
export function CreateAccountForm() {
  return (
    <section aria-labelledby="create-heading" className="mt-8">
      <h2 id="create-heading" className="border-t-4 border-ink pt-3 text-lg font-bold">
        Create an account
      </h2>
      <form method="post" action="/api/newsroom/accounts" className="mt-4 grid gap-4 sm:grid-cols-2">
        <label className="block">
          <span className="block text-sm font-semibold">Name</span>
          <input name="name" required maxLength={80} autoComplete="off" className={field} />
        </label>
        <label className="block">
          <span className="block text-sm font-semibold">E-mail address</span>
          <input type="email" name="email" required maxLength={254} autoComplete="off" className={field} />
        </label>
        <div>
          {/* Beside the select, not around it: a wrapping label's name would include the chosen option. */}
          <label htmlFor="new-account-role" className="block text-sm font-semibold">
            Role
          </label>
          <select id="new-account-role" name="role" defaultValue="contributor" className={field}>
            <RoleOptions />
          </select>
        </div>
        <div>
          <label className="block">
            <span className="block text-sm font-semibold">First password</span>
            <input
              type="password"
              name="password"
              required
              minLength={MIN_PASSWORD_LENGTH}
              autoComplete="new-password"
              aria-describedby="password-rules"
              className={field}
            />
          </label>
          <p id="password-rules" className="mt-1 text-sm text-muted">
            At least {MIN_PASSWORD_LENGTH} characters; not the name, the e-mail or a common word.
          </p>
        </div>
        <div>
          <button type="submit" className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper">
            Create account
          </button>
        </div>
      </form>
    </section>
  );
}
