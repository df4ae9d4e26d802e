import { expect, type Page } from '@playwright/test';

/** The page never scrolls, and the window's parts sit side by side without covering one another. */
export async function expectLaidOut(page: Page, parts: string[]): Promise<void> {
  const scroll = await page.evaluate(() => ({ height: document.scrollingElement!.scrollHeight, width: document.scrollingElement!.scrollWidth, innerHeight, innerWidth }));
  expect(scroll.height).toBeLessThanOrEqual(scroll.innerHeight);
  expect(scroll.width).toBeLessThanOrEqual(scroll.innerWidth);
  const boxes = [];
  for (const selector of parts) {
    const box = await page.locator(selector).boundingBox();
    expect(box, `${selector} is on screen`).not.toBeNull();
    expect(box!.x + box!.width).toBeLessThanOrEqual(scroll.innerWidth + 0.5);
    expect(box!.y + box!.height).toBeLessThanOrEqual(scroll.innerHeight + 0.5);
    boxes.push({ selector, ...box! });
  }
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      expect(overlapX > 1 && overlapY > 1, `${a.selector} overlaps ${b.selector}`).toBe(false);
    }
  }
}
