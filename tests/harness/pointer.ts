/** Clicks an element the way a person does: the mouse moves to its middle and clicks there. */
import type { BrowserPage } from '../../lib/dev/page';

/** Waits for `selector` to be shown, then clicks it as a person does (see `BrowserPage.click`). */
export async function clickElement(page: BrowserPage, selector: string): Promise<void> {
  await page.waitFor((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect();
    return !!box && box.width > 0 && box.height > 0;
  }, selector);
  await page.click(selector);
}

/** Moves the mouse over the middle of the first text range of `selector`'s text matching `text`. */
export async function hoverText(page: BrowserPage, selector: string, text: string): Promise<void> {
  const point = await page.waitFor(
    ({ sel, text }) => {
      const root = document.querySelector(sel);
      const walker = root && document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker?.nextNode(); node; node = walker?.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return null;
    },
    { sel: selector, text },
  );
  if (!point) throw new Error(`no "${text}" in ${selector}`);
  await page.mouse.move(point.x, point.y);
}
