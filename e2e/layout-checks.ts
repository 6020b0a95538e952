import type { Page } from '@playwright/test';

/** The widths readers use, from a small phone to a wide desktop. */
export const WIDTHS = [320, 390, 768, 1440, 1920];

/** Controls drawn outside the viewport's width; the section menu scrolls on its own and is checked apart. */
export async function controlsOutside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')]
      .filter((el) => !el.closest('nav[aria-label="Sections"]') && el.checkVisibility())
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 1 && box.height > 1 && (box.left < 0 || box.right > width + 0.5);
      })
      .map((el) => el.outerHTML.slice(0, 80));
  });
}

/** How far the page scrolls sideways (0 when it fits). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
