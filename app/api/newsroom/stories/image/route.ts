import { seeOther } from '@/app/_responses/see-other';
import { uploadStoryImage } from '@/lib/editors/stories/upload-story-image';

/** The story form's upload button posts here (multipart); works without JavaScript. */
export async function POST(request: Request) {
  const answer = await uploadStoryImage(request);
  return answer instanceof Response ? answer : seeOther(answer.location);
}
