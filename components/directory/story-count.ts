/** "1 story", "12 stories". */
export function storyCount(count: number): string {
  return `${count} ${count === 1 ? 'story' : 'stories'}`;
}
