/** A plain POST form, so editors can sign in without JavaScript. */
export function LoginForm({ error }: { error: 'wrong' | 'disabled' | null }) {
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="font-serif text-3xl font-bold">Newsroom</h1>
      <p className="mt-2 text-muted">For Meridian’s contributors, editors and admins. Sign in with your account.</p>
      {error ? (
        <p role="alert" className="mt-4 font-semibold text-accent">
          {error === 'wrong'
            ? 'That e-mail address and password do not match an account.'
            : 'This account is disabled. Ask an admin to enable it.'}
        </p>
      ) : null}
      <form method="post" action="/api/newsroom/login" className="mt-6 space-y-4">
        <label className="block">
          <span className="block text-sm font-semibold">E-mail address</span>
          <input
            type="email"
            name="email"
            required
            autoComplete="username"
            className="mt-1 w-full rounded-sm border border-muted bg-transparent px-3 py-2"
          />
        </label>
        <label className="block">
          <span className="block text-sm font-semibold">Password</span>
          <input
            type="password"
            name="password"
            required
            autoComplete="current-password"
            className="mt-1 w-full rounded-sm border border-muted bg-transparent px-3 py-2"
          />
        </label>
        <button type="submit" className="rounded-sm bg-ink px-4 py-2 font-semibold text-paper">
          Sign in
        </button>
      </form>
    </div>
  );
}
