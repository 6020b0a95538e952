/** The notices a desk page shows after an action, read from its query (?done=…&git=none&refresh=…). */
export function editorNotices(query: Record<string, string | string[] | undefined>) {
  const one = (name: string) => (typeof query[name] === 'string' ? query[name] : null);
  return {
    done: one('done'),
    noGit: one('git') === 'none',
    refreshProblem: one('refresh'),
    draftId: one('draft'),
  };
}

export function previewSource(slug: string | null, draftId: string): string {
  const query = new URLSearchParams({ draft: draftId, ...(slug ? { slug } : {}) });
  return `/newsroom/stories/preview?${query}`;
}
