import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeContentFixture } from '@/test-support/content-fixture';
import { decompressionBomb } from '@/test-support/image-bomb';
import { getDeskStore } from '../accounts/desk-store';
import { sessionCookieName } from '../accounts/session-cookie';
import { readDeskDraft } from './desk-drafts';
import { uploadAction, uploadStoryImage } from './upload-story-image';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-upload-'));
const media = path.join(scratch, 'media');
process.env.DESK_DATA_DIR = path.join(scratch, 'desk');
process.env.MEDIA_DIR = media;
let session = '';

beforeAll(() => {
  process.env.CONTENT_DIR = makeContentFixture([{ slug: 'existing-story' }]).contentDir;
  const store = getDeskStore();
  const account = store.createAccount({
    name: 'Cas Contributor',
    email: 'cas@example.test',
    role: 'contributor',
    passwordHash: 'not-used-here',
  })!;
  session = store.createSession(account.id, Date.now() + 3_600_000);
});
afterAll(() => {
  getDeskStore().close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const DRAFT_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const mediaFiles = () => (fs.existsSync(media) ? fs.readdirSync(media).sort() : []);

function upload(file: Blob | null, headers: Record<string, string> = {}, signedIn = true) {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    draftId: DRAFT_ID,
    title: 'Harbour cranes return as the strike ends',
    slug: 'harbour-cranes-return',
    'hero.alt': 'Cranes over a quay at dawn',
    'hero.caption': 'The terminal reopened on Friday.',
    'hero.credit': 'Photo: Meridian',
  }))
    form.append(name, value);
  if (file) form.append('heroFile', file, 'quay.jpg');
  return uploadStoryImage(
    new Request(`http://desk.test${uploadAction(null, DRAFT_ID)}`, {
      method: 'POST',
      body: form,
      headers: {
        'Sec-Fetch-Site': 'same-origin',
        ...(signedIn ? { Cookie: `${sessionCookieName()}=${session}` } : {}),
        ...headers,
      },
    }),
  );
}

const draft = () => readDeskDraft(process.env.CONTENT_DIR!, DRAFT_ID);

describe('uploadStoryImage', () => {
  it('refuses a signed-out or cross-site post before reading it', async () => {
    expect(((await upload(null, {}, false)) as Response).status).toBe(401);
    expect(((await upload(null, { 'Sec-Fetch-Site': 'cross-site' })) as Response).status).toBe(403);
    expect(mediaFiles()).toEqual([]);
  });

  it.each([
    ['renamed text', new Blob(['Plain words, not a picture.\n'.repeat(50)]), /"quay.jpg" is not a JPEG, PNG or WebP/],
    ['a decompression bomb', new Blob([new Uint8Array(decompressionBomb())]), /more than 50 million pixels/],
    ['a 50 MB file', new Blob([Buffer.alloc(50 * 1024 * 1024, 0xff)]), /larger than 15 MB/],
  ])('sends %s back to the form with the reason at the file field, writing no file', async (_name, file, reason) => {
    expect(await upload(file)).toEqual({ location: `/newsroom/stories/new?draft=${DRAFT_ID}` });
    expect(draft()?.errors?.['hero.file']?.[0]).toMatch(reason);
    expect(mediaFiles()).toEqual([]);
  });

  it('keeps a contributor’s picture in the media folder and its fields in the draft, with what was typed', async () => {
    const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#2f6690' } })
      .jpeg()
      .toBuffer();
    expect(await upload(new Blob([photo]))).toEqual({
      location: `/newsroom/stories/new?draft=${DRAFT_ID}&done=upload`,
    });
    const { fields, errors } = draft()!;
    expect(errors).toBeUndefined();
    expect(fields).toMatchObject({ title: 'Harbour cranes return as the strike ends', 'hero.width': '1600' });
    const name = path.posix.basename(fields['hero.src']);
    expect(fields['hero.src']).toMatch(/^\/media\/uploads\/harbour-cranes-return-\d{8}-[0-9a-f]{12}\.webp$/);
    expect(mediaFiles()).toEqual(['16x9.jpg', '1x1.jpg', '4x3.jpg', 'webp'].map((end) => name.replace(/webp$/, end)));
  });
});
