/**
 * Layout checks for the UI in another language: text that does not fit, boxes that leave the
 * viewport, and what the painted pixels say about both (screenshots, read by tests/harness/png).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BrowserPage } from '../../harness/session';
import { readPng, type Pixels } from '../../harness/png';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Runs in the page (self-contained: it is serialised), over a document or a shadow root: every
 * rendered element that holds text and whose text is wider than its box, every element that
 * reaches past the viewport's left or right edge, and a page wider than its viewport.
 */
export function overflowAudit(root: Document | ShadowRoot | null): string[] {
  const scope = root ?? document;
  const width = document.documentElement.clientWidth;
  const problems: string[] = [];
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
  for (const el of scope.querySelectorAll<HTMLElement>('*')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const rect = el.getBoundingClientRect();
    // Nothing drawn, or text for screen readers only (a 1-pixel box by design).
    if (rect.width <= 1 || rect.height <= 1) continue;
    // An empty fixed layer (the private-paint overlay) draws nothing past the edge and scrolls nothing.
    if (style.position === 'fixed' && (el.textContent ?? '').trim() === '') continue;
    if (rect.right > width + 1 || rect.left < -1) problems.push(`${describe(el)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} of ${width}`);
    const holdsText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (holdsText && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) problems.push(`${describe(el)} clips its text: ${el.scrollWidth} > ${el.clientWidth}`);
  }
  if (document.documentElement.scrollWidth > width + 1) problems.push(`the page is ${document.documentElement.scrollWidth} wide in a ${width} viewport`);
  return problems;
}

/** Saves a PNG of the viewport under tests/.artifacts and decodes it. */
export async function screenshot(page: BrowserPage, name: string): Promise<Pixels> {
  const path = `tests/.artifacts/locales/${name}.png`;
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot(path);
  return readPng(path);
}

// Text and the dark controls are "ink"; page backgrounds, rules and tints are not.
const isInk = ([r, g, b]: [number, number, number]) => 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;

/** Ink pixels in the outermost `columns` columns on each side of `box` (text cut by the edge). */
export function inkAtEdges(pixels: Pixels, box: Box, columns = 2): { left: number; right: number } {
  const count = (from: number) => {
    let n = 0;
    for (let x = from; x < from + columns; x++) for (let y = Math.ceil(box.y); y < box.y + box.height; y++) if (isInk(pixels.at(x, y))) n++;
    return n;
  };
  return { left: count(Math.ceil(box.x)), right: count(Math.floor(box.x + box.width) - columns) };
}

/** Where the ink sits across `box`, from 0 (all at the left edge) to 1 (all at the right). */
export function inkCentre(pixels: Pixels, box: Box): number {
  let sum = 0;
  let n = 0;
  for (let y = Math.ceil(box.y); y < box.y + box.height; y++) {
    for (let x = Math.ceil(box.x); x < box.x + box.width; x++) {
      if (isInk(pixels.at(x, y))) {
        sum += x - box.x;
        n++;
      }
    }
  }
  return n === 0 ? Number.NaN : sum / n / box.width;
}
