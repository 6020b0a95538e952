// Nothing calls unauthorized() (a desk page without a session is redirected by proxy.ts), but with authInterrupts on
// Next sends the root unauthorized UI with every page: this line instead of its built-in kilobyte of inline styles.
export default function Unauthorized() {
  return <p className="mx-auto max-w-2xl px-4 py-16">Please sign in to open this page.</p>;
}
