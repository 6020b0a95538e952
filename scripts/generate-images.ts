/**
 * Generates the sample newsroom's hero images and author avatars (WebP) into public/images/, the publisher logo, and
 * the site icons: app/icon.svg, app/favicon.ico for the browsers and feed readers that ask for it, app/apple-icon.png
 * (180 px, full bleed as iOS rounds it itself) and the web manifest's 192 and 512 px PNGs in public/images/icons/.
 * Hero files no article refers to any more are removed.
 */
import fs from 'node:fs';
import path from 'node:path';
import pngToIco from 'png-to-ico';
import sharp from 'sharp';
import { listArticleSources, listAuthorRecords } from '../lib/content/load-content';
import { MANIFEST_ICON_SIZES } from '../lib/images/site-icons';
import { renderHeroMaster, HERO_MASTER } from '../lib/images/renditions';
import { avatarSvg, heroIllustrationSvg, logoSvg, siteIconSvg } from './images/illustrations';
import { siteConfig } from '../lib/site-config';

const publicImages = path.join(process.cwd(), 'public', 'images');
const appDir = path.join(process.cwd(), 'app');

function renderIcon(svg: string, size: number, viewBoxSize = 32) {
  return sharp(Buffer.from(svg), { density: (72 * size) / viewBoxSize })
    .resize(size, size)
    .png()
    .toBuffer();
}

async function writeHeroes(): Promise<{ count: number; bytes: number; removed: string[] }> {
  const articlesDir = path.join(publicImages, 'articles');
  fs.mkdirSync(articlesDir, { recursive: true });
  const articles = listArticleSources();
  const referenced = new Set(articles.map((a) => path.basename(a.heroSrc)));
  let bytes = 0;
  let count = 0;
  for (const { slug, section, tags, heroSrc } of articles) {
    // Only the illustrations this script owns; an uploaded hero lives elsewhere and is left alone.
    if (heroSrc !== `/images/articles/${slug}.webp`) continue;
    const svg = heroIllustrationSvg(slug, section, tags, HERO_MASTER.width, HERO_MASTER.height);
    const { data } = await renderHeroMaster(sharp(Buffer.from(svg)), HERO_MASTER.width, HERO_MASTER.height);
    fs.writeFileSync(path.join(articlesDir, `${slug}.webp`), data);
    bytes += data.length;
    count += 1;
  }
  const removed = fs.readdirSync(articlesDir).filter((name) => !referenced.has(name));
  for (const name of removed) fs.rmSync(path.join(articlesDir, name));
  return { count, bytes, removed };
}

async function writeIcons(): Promise<void> {
  const icon = siteIconSvg(siteConfig.name, { rounded: true });
  fs.writeFileSync(path.join(appDir, 'icon.svg'), icon);
  const favicons = await Promise.all([16, 32, 48].map((size) => renderIcon(icon, size)));
  fs.writeFileSync(path.join(appDir, 'favicon.ico'), await pngToIco(favicons));
  const square = siteIconSvg(siteConfig.name, { rounded: false });
  fs.writeFileSync(path.join(appDir, 'apple-icon.png'), await renderIcon(square, 180));
  fs.mkdirSync(path.join(publicImages, 'icons'), { recursive: true });
  for (const size of MANIFEST_ICON_SIZES)
    fs.writeFileSync(path.join(publicImages, 'icons', `icon-${size}.png`), await renderIcon(square, size));
}

async function main() {
  const heroes = await writeHeroes();
  let bytes = heroes.bytes;
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
  await writeIcons();
  console.log(
    `Wrote ${heroes.count} hero images and ${authors.length} avatars (${Math.round(bytes / 1024)} KiB); ` +
      `removed ${heroes.removed.length} unreferenced: ${heroes.removed.join(', ') || 'none'}.`,
  );
}

void main();
