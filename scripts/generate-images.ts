/**
 * Generates the sample newsroom's hero images and author avatars (WebP) into public/images/, the publisher logo, and
 * the site icon (app/icon.svg, and app/favicon.ico for the browsers and feed readers that ask for it).
 */
import fs from 'node:fs';
import path from 'node:path';
import pngToIco from 'png-to-ico';
import sharp from 'sharp';
import { listArticleSources, listAuthorRecords } from '../lib/content/load-content';
import { avatarSvg, heroIllustrationSvg, logoSvg, siteIconSvg } from './images/illustrations';
import { siteConfig } from '../lib/site-config';

const publicImages = path.join(process.cwd(), 'public', 'images');

async function main() {
  fs.mkdirSync(path.join(publicImages, 'articles'), { recursive: true });
  fs.mkdirSync(path.join(publicImages, 'authors'), { recursive: true });
  let bytes = 0;
  const articles = listArticleSources();
  for (const { slug, section } of articles) {
    const out = path.join(publicImages, 'articles', `${slug}.webp`);
    const info = await sharp(Buffer.from(heroIllustrationSvg(slug, section)))
      .webp({ quality: 72 })
      .toFile(out);
    bytes += info.size;
  }
  const authors = listAuthorRecords();
  for (const author of authors) {
    const info = await sharp(Buffer.from(avatarSvg(author.name)))
      .webp({ quality: 80 })
      .toFile(path.join(publicImages, 'authors', `${author.slug}.webp`));
    bytes += info.size;
  }
  const logo = await sharp(Buffer.from(logoSvg(siteConfig.name)))
    .png()
    .toFile(path.join(process.cwd(), 'public', 'logo.png'));
  bytes += logo.size;
  const icon = siteIconSvg(siteConfig.name);
  fs.writeFileSync(path.join(process.cwd(), 'app', 'icon.svg'), icon);
  const sizes = await Promise.all(
    [16, 32, 48].map((size) =>
      sharp(Buffer.from(icon), { density: (72 * size) / 32 })
        .resize(size, size)
        .png()
        .toBuffer(),
    ),
  );
  fs.writeFileSync(path.join(process.cwd(), 'app', 'favicon.ico'), await pngToIco(sizes));
  console.log(`Wrote ${articles.length} hero images and ${authors.length} avatars (${Math.round(bytes / 1024)} KiB).`);
}

void main();
