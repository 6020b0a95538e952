import { can } from '../accounts/permissions';
import type { DeskActor } from '@/lib/editors/accounts/desk';
import { INTENT_NEEDS, type StoryIntent } from './save-story';

/** The buttons the story form offers this actor for a story in this state (the server checks again on save). */
export function actionsFor(actor: DeskActor, published: boolean): StoryIntent[] {
  const offered: StoryIntent[] = published ? ['update', 'unpublish'] : ['draft', 'submit', 'schedule', 'publish'];
  return offered.filter((intent) => can(actor.role, INTENT_NEEDS[intent]));
}
