/**
 * A grey stand-in of the size of a StoryTeaser, shown while "Load more" fetches. It takes the room the stories
 * will take at the moment of the click, when a layout shift is the reader's own doing, not later under their eyes.
 */
export function StoryTeaserPlaceholder() {
  const bar = 'rounded-sm bg-rule';
  return (
    <div className="flex gap-4 py-4 motion-safe:animate-pulse" aria-hidden="true">
      <div className="min-w-0 flex-1">
        <div className={`my-1 h-4 w-20 ${bar}`} />
        <div className={`mt-2 h-5 w-11/12 ${bar}`} />
        <div className={`mt-1.5 h-5 w-2/3 ${bar}`} />
        <div className={`mt-2.5 h-4 w-full ${bar}`} />
        <div className={`mt-2 h-4 w-4/5 ${bar}`} />
        <div className={`mt-2 h-3 w-1/3 ${bar}`} />
      </div>
      <div className={`h-[54px] w-24 shrink-0 sm:h-[90px] sm:w-40 ${bar}`} />
    </div>
  );
}
