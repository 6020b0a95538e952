/**
 * Shown in the reader bar's slot until the per-request bar streams in. Streamed content needs
 * JavaScript to move into place, so readers without it get the same bar as a small framed document.
 */
export function ReaderBarFallback() {
  return (
    <noscript>
      <iframe src="/reader-bar" title="Today's date and weather" className="block h-20 w-full border-0 sm:h-10" />
    </noscript>
  );
}
