import { readUpload } from '@/lib/images/media-store';

/** /media/uploads/<name>: a picture uploaded at the desk. Names are random and never reused, so it never changes. */
export async function GET(_request: Request, { params }: RouteContext<'/media/uploads/[name]'>) {
  const upload = await readUpload((await params).name);
  if (!upload) return new Response('Not found.\n', { status: 404 });
  return new Response(new Uint8Array(upload.bytes), {
    headers: { 'Content-Type': upload.type, 'Cache-Control': 'public, max-age=31536000, immutable' },
  });
}
