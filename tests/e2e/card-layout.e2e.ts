/**
 * The card's own layout: left-to-right on a right-to-left page with page and corpus
 * text isolated (defect 4); a "more" button for the passages not shown, a header that stays
 * while the card scrolls, a badge on one line (defect 13). Everything through the real mouse.
 */
import { expect, it } from 'vitest';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { mentionPoint, waitForPainted } from '../harness/highlights';
import { evaluateInCard, waitForCard } from '../../lib/dev/card';
import { waitInShadow } from '../../lib/dev/closed-shadow';
import { DEMO, DEMO_MENTIONS } from './demo-article';

async function clickMention(page: BrowserPage, text: string): Promise<void> {
  const point = await mentionPoint(page, text);
  if (!point) throw new Error(`${text} is not painted`);
  await page.mouse.click(point.x, point.y);
}

/** Runs in the page, given the card's closed shadow root: how the open card is laid out. */
function cardLayout(root: ShadowRoot) {
  const q = (s: string) => root?.querySelector<HTMLElement>(s) ?? null;
  const box = q('.floating');
  const dialog = q('[role="dialog"]');
  const title = q('.head h2');
  const close = q('.head .close');
  const recognised = q('.recognised');
  if (!root || !box || !dialog || !title || !close || !recognised) return null;
  const boxRect = box.getBoundingClientRect();
  const titleRect = title.getBoundingClientRect();
  const closeRect = close.getBoundingClientRect();
  const inView = (r: DOMRect) => r.top >= boxRect.top - 0.5 && r.bottom <= boxRect.bottom + 0.5;
  /** Whether `el` is what the pointer would meet at its own centre (nothing covers it). */
  const onTop = (el: HTMLElement, r: DOMRect) => el.contains(root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  const passages = [...root.querySelectorAll<HTMLElement>('.passage')];
  return {
    direction: getComputedStyle(dialog).direction,
    titleBeforeClose: titleRect.right <= closeRect.left,
    /** Texts of the elements that isolate their direction inside the "recognised as" line. */
    isolatedInRecognition: [...recognised.querySelectorAll('bdi, [dir="auto"]')].map((e) => e.textContent),
    passageTitlesIsolated: passages.every((p) => !!p.querySelector('.title bdi, .title [dir="auto"]')),
    passageIds: passages.map((p) => p.dataset.passage ?? ''),
    heading: q('.passages-title')?.textContent ?? '',
    badgeLines: [...root.querySelectorAll('.badge')].map((b) => b.getClientRects().length),
    scrollTop: box.scrollTop,
    headerShown: inView(titleRect) && inView(closeRect) && onTop(close, closeRect) && onTop(title, titleRect),
  };
}

const layoutOf = (page: BrowserPage) => evaluateInCard(page, cardLayout, null);

/** Clicks or hovers the centre of `selector` inside the card's closed root, with the real mouse. */
async function pointAtInCard(page: BrowserPage, selector: string, click: boolean): Promise<void> {
  const at = await evaluateInCard(page, (root, sel) => {
    const el = root.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'nearest' });
    const r = el.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  if (!at) throw new Error(`no ${selector} in the card`);
  if (click) await page.mouse.click(at.x, at.y);
  else await page.mouse.move(at.x, at.y);
}

forEachBrowser((ctx) => {
  it('keeps the card left-to-right on an Arabic right-to-left page, with the Arabic isolated', async () => {
    const page = await ctx().session.openPage(ctx().server.url('e2e/rtl.html'));
    expect(await waitForPainted(page, ['kazakhstan:كازاخستان', 's300:إس-300'])).toEqual(['kazakhstan:كازاخستان', 's300:إس-300']);
    await clickMention(page, 'كازاخستان');
    const card = await waitForCard(page);
    expect(card.name).toBe('Kazakhstan');
    const layout = await layoutOf(page);
    expect(layout).toMatchObject({
      direction: 'ltr',
      titleBeforeClose: true,
      isolatedInRecognition: ['كازاخستان'],
      passageTitlesIsolated: true,
    });
    expect(layout?.heading).toMatch(/^Passages \(\d+ of \d+\)$/);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows more passages on "more", keeps the header while the card scrolls, and the badge on one line', async () => {
    const page = await ctx().session.openPage(ctx().server.url(DEMO));
    await waitForPainted(page, DEMO_MENTIONS);
    await clickMention(page, 'Kazakhstan');
    await waitForCard(page);
    const before = await layoutOf(page);
    if (!before) throw new Error('no card');
    const [, shown, total] = /\((\d+) of (\d+)\)/.exec(before.heading)?.map(Number) ?? [];
    expect(shown).toBe(5);
    expect(total).toBeGreaterThan(5);
    expect(before.passageIds).toHaveLength(5);
    expect(before.badgeLines.length).toBeGreaterThan(0);
    expect(before.badgeLines.every((n) => n === 1)).toBe(true);

    // The real mouse on the button, inside the card's shadow root.
    await pointAtInCard(page, 'button.more-passages', true);
    await waitInShadow(page, 'backstory-card', (root) => root.querySelectorAll('.passage').length > 5, null);
    const after = await layoutOf(page);
    const more = Math.min(10, total ?? 0);
    expect(after?.passageIds).toHaveLength(more);
    expect(new Set(after?.passageIds).size).toBe(more);
    expect(after?.passageIds.slice(0, 5)).toEqual(before.passageIds); // the first five stay where they were
    expect(after?.heading).toBe(`Passages (${more} of ${total})`);

    // Scroll the card with the wheel: the header and its close button stay in view.
    await pointAtInCard(page, 'div.passages', false);
    await page.mouse.wheel(0, 600);
    await waitInShadow(page, 'backstory-card', (root) => (root.querySelector('.floating')?.scrollTop ?? 0) > 200, null);
    const scrolled = await layoutOf(page);
    expect(scrolled?.scrollTop).toBeGreaterThan(200);
    expect(scrolled?.headerShown).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  /** The popup, Kazakhstan typed in its search, the first result opened as a full card by keyboard. */
  async function openFullCard(): Promise<BrowserPage> {
    const popup = await ctx().session.openExtensionPage('popup.html');
    await popup.setViewport(400, 600);
    await popup.waitFor(() => document.activeElement?.id === 'q');
    await popup.keyboard.type('Kazakhstan');
    await popup.waitFor(() => document.querySelector('.result') && document.querySelector('section[aria-busy="false"]'));
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    return popup;
  }

  it('shows more passages in the popup\'s full card too', async () => {
    const popup = await openFullCard();
    const count = () => popup.evaluate(() => document.querySelectorAll('.detail [role="dialog"] .passage').length);
    await popup.waitFor(() => document.querySelectorAll('.detail [role="dialog"] .passage').length > 0);
    expect(await count()).toBe(5);
    await popup.click('.detail button.more-passages');
    await popup.waitFor(() => document.querySelectorAll('.detail [role="dialog"] .passage').length > 5);
    expect(await count()).toBe(10);
    expect(popup.errors).toEqual([]);
    await popup.close();
  });

  it('takes the keyboard from "more passages" to the first passage it brought', async () => {
    const popup = await openFullCard();
    await popup.waitFor(() => document.querySelectorAll('.detail [role="dialog"] .passage').length === 5);
    // Tab through the card, as a reader would, to the button.
    const onMore = () => popup.evaluate(() => document.activeElement?.classList.contains('more-passages') ?? false);
    for (let presses = 0; presses < 80 && !(await onMore()); presses++) await popup.keyboard.press('Tab');
    expect(await onMore()).toBe(true);
    await popup.keyboard.press('Enter');
    expect(
      await popup.waitFor(() => {
        const passages = [...document.querySelectorAll('.detail [role="dialog"] .passage')];
        return passages.length > 5 && document.activeElement === passages[5];
      }),
    ).toBe(true);
    expect(popup.errors).toEqual([]);
    await popup.close();
  });
});
