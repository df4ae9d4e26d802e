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

/**
 * Every control a person can reach (buttons, inputs, selects, tabs, links) inside `scope` is drawn
 * whole and apart from the others: none covers another, and none is cut off by a panel that clips
 * without scrolling (a control scrolled out of its panel is fine: the panel scrolls to it).
 * Monaco's and xterm's internals are left out: they draw their own hidden inputs.
 */
export async function expectControlsApart(page: Page, scope = '[data-testid="studio"]'): Promise<void> {
  const problems: string[] = await page.evaluate((scopeSelector) => {
    const root = document.querySelector(scopeSelector);
    if (!root) return [`${scopeSelector} is not on the page`];
    const selector = 'button, input:not([type="hidden"]), select, textarea, a[href], [role="tab"], summary';
    const found: { element: HTMLElement; label: string; left: number; top: number; right: number; bottom: number }[] = [];
    const problems: string[] = [];
    const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
    for (const element of Array.from(root.querySelectorAll<HTMLElement>(selector))) {
      if (element.closest('.monaco-editor, .xterm, [aria-hidden="true"]')) continue;
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width < 2 || rect.height < 2) continue;
      const label = `${element.tagName.toLowerCase()} "${element.dataset.testid ?? element.getAttribute('aria-label') ?? element.getAttribute('title') ?? element.textContent?.trim().slice(0, 30) ?? ''}"`;
      const visible = { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
      let clipped = false;
      for (let parent = element.parentElement; parent && parent !== document.documentElement; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        const clipsX = style.overflowX !== 'visible';
        const clipsY = style.overflowY !== 'visible';
        if (!clipsX && !clipsY) continue;
        const box = parent.getBoundingClientRect();
        const cutX = visible.left < box.left - 0.5 || visible.right > box.right + 0.5;
        const cutY = visible.top < box.top - 0.5 || visible.bottom > box.bottom + 0.5;
        // Cut by a panel that cannot scroll to it: part of the control is lost.
        if ((clipsX && cutX && !scrolls(style.overflowX)) || (clipsY && cutY && !scrolls(style.overflowY))) clipped = true;
        if (clipsX) {
          visible.left = Math.max(visible.left, box.left);
          visible.right = Math.min(visible.right, box.right);
        }
        if (clipsY) {
          visible.top = Math.max(visible.top, box.top);
          visible.bottom = Math.min(visible.bottom, box.bottom);
        }
      }
      // Scrolled out of its panel entirely: not on screen, nothing to overlap.
      if (visible.right - visible.left < 1 || visible.bottom - visible.top < 1) continue;
      if (clipped) problems.push(`${label} is cut off by its panel`);
      found.push({ element, label, ...visible });
    }
    for (let i = 0; i < found.length; i += 1) {
      for (let j = i + 1; j < found.length; j += 1) {
        const a = found[i]!;
        const b = found[j]!;
        // A control inside another (a button in a summary) is one control.
        if (a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (overlapX > 1 && overlapY > 1) problems.push(`${a.label} overlaps ${b.label}`);
      }
    }
    return problems;
  }, scope);
  expect(problems, `controls in ${scope}`).toEqual([]);
}
