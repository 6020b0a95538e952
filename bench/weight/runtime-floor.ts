/**
 * The JavaScript floor of this build: what Next.js and React load on every App Router page whatever the app does,
 * read from the build's manifests rather than from an extra "empty" route (such a route would either carry our root
 * layout's islands, hiding them inside the floor, or need a second root layout for the whole app).
 *   - `rootMainFiles` of .next/build-manifest.json: React, React DOM, the Next client runtime and app router;
 *   - the chunk(s) of Next's own layout router client components (layout-router, client-page, error boundaries),
 *     from the homepage's client reference manifest.
 * Everything else a page loads counts as ours: our islands and the libraries and Next components (link, image)
 * we chose to use. Paths are returned as the HTML writes them, /_next/static/…
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const NEXT_ROUTER_MODULE = '[project]/node_modules/next/dist/esm/client/components/layout-router.js';
/** The homepage's route in app/: every public page sits under the reader variant segment (decision 015). */
const HOME_ROUTE = '/[reader]/page';

interface ClientReferenceManifest {
  clientModules: Record<string, { chunks: string[] }>;
}

export function runtimeFloorScripts(buildDir = '.next'): string[] {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(buildDir, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
  };
  // The client reference manifest is a script that sets globalThis.__RSC_MANIFEST: run it in a sandbox.
  const context: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = vm.createContext({});
  vm.runInContext(
    fs.readFileSync(path.join(buildDir, 'server', 'app', `${HOME_ROUTE}_client-reference-manifest.js`), 'utf8'),
    context,
  );
  const manifest = context.__RSC_MANIFEST?.[HOME_ROUTE];
  const routerChunks = manifest?.clientModules[NEXT_ROUTER_MODULE]?.chunks;
  if (!routerChunks)
    throw new Error(
      `${NEXT_ROUTER_MODULE} is missing from the client reference manifest: has Next changed its layout?`,
    );
  return [...new Set([...buildManifest.rootMainFiles.map((file) => `/_next/${file}`), ...routerChunks])];
}
