/**
 * What a page makes a browser download, in gzip bytes (level 6, what `next start` sends): its HTML, the scripts
 * split into the Next.js + React floor of this build (runtime-floor.ts) and our own, and its stylesheets. Shared by
 * `npm run bench:weight` and `npm run bench:vitals` (our own JS beyond the floor). kB are 1,000 bytes.
 */
import zlib from 'node:zlib';
import { htmlAssets, linkHeaderFontPreloads, type HtmlAssets } from './html-assets';
import { runtimeFloorScripts } from './runtime-floor';

export const gzipSize = (bytes: Buffer | string) => zlib.gzipSync(bytes, { level: 6 }).length;
export const kB = (bytes: number) => (bytes / 1000).toFixed(1);

export interface PageWeight {
  path: string;
  status: number;
  htmlBytes: number;
  htmlGzip: number;
  jsGzip: number;
  floorJsGzip: number;
  ownJsGzip: number;
  ownScripts: string[];
  inlineScriptGzip: number;
  noModuleJsGzip: number;
  cssGzip: number;
  assets: HtmlAssets;
  /** Floor scripts the page does not load: the server runs another build than the one in .next. */
  missingFloor: string[];
}

interface FetchedFile {
  gzip: number;
  text: string;
}

/** Measures pages of one server; files shared by several pages are fetched once. */
export class PageWeigher {
  readonly floor = new Set(runtimeFloorScripts());
  private readonly files = new Map<string, Promise<FetchedFile>>();

  constructor(private readonly baseUrl: string) {}

  file(file: string): Promise<FetchedFile> {
    if (!this.files.has(file)) {
      this.files.set(
        file,
        fetch(new URL(file, this.baseUrl)).then(async (response) => {
          if (!response.ok) throw new Error(`${file} answered ${response.status}`);
          const body = Buffer.from(await response.arrayBuffer());
          return { gzip: gzipSize(body), text: body.toString('utf8') };
        }),
      );
    }
    return this.files.get(file)!;
  }

  async gzipTotal(files: string[]): Promise<number> {
    return (await Promise.all(files.map((f) => this.file(f)))).reduce((total, f) => total + f.gzip, 0);
  }

  async measure(path: string): Promise<PageWeight> {
    const response = await fetch(`${this.baseUrl}${path}`);
    const html = await response.text();
    const assets = htmlAssets(html);
    assets.fontPreloads.push(...linkHeaderFontPreloads(response.headers.get('link')));
    const ownScripts = assets.scripts.filter((file) => !this.floor.has(file));
    return {
      path,
      status: response.status,
      htmlBytes: Buffer.byteLength(html),
      htmlGzip: gzipSize(html),
      jsGzip: await this.gzipTotal(assets.scripts),
      floorJsGzip: await this.gzipTotal(assets.scripts.filter((file) => this.floor.has(file))),
      ownJsGzip: await this.gzipTotal(ownScripts),
      ownScripts,
      inlineScriptGzip: assets.inlineScript ? gzipSize(assets.inlineScript) : 0,
      noModuleJsGzip: await this.gzipTotal(assets.noModuleScripts),
      cssGzip: await this.gzipTotal(assets.stylesheets),
      assets,
      missingFloor: [...this.floor].filter((file) => !assets.scripts.includes(file)),
    };
  }
}
