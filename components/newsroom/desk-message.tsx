/** The outcome of the last form, announced to screen readers. */
export function DeskMessage({ message }: { message: { kind: 'notice' | 'error'; text: string } | null }) {
  if (!message) return null;
  return message.kind === 'error' ? (
    <p role="alert" className="mt-4 font-semibold text-accent">
      {message.text}
    </p>
  ) : (
    <p role="status" className="mt-4 font-semibold">
      {message.text}
    </p>
  );
}
