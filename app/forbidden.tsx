// Only desk pages call forbidden(), and their boundary is app/newsroom/forbidden.tsx; but with authInterrupts on Next
// sends the root forbidden UI with every page: this line instead of its built-in kilobyte of inline styles.
export default function Forbidden() {
  return <p className="mx-auto max-w-2xl px-4 py-16">You may not open this page.</p>;
}
