/**
 * Focus for controls that replace the ones a reader was on: a button pressed with Enter that
 * goes away with its panel (the import preview giving way to the progress, the progress to the
 * result) leaves the focus on the document's body, and a keyboard reader at the top of the page.
 * `useRescuedFocus` gives it to the element that took their place — only then: a reader whose
 * focus is anywhere else is not moved.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** Whether the focus was dropped (nothing, or the body, has it). */
export function focusIsLost(doc: Document = document): boolean {
  const active = doc.activeElement;
  return active === null || active === doc.body;
}

/** Focuses `target` when it mounts, where the focus was dropped. */
export function useRescuedFocus(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = target.current;
    if (!element || !focusIsLost(element.ownerDocument)) return;
    if (!element.matches('button, a[href], input, select, textarea, [tabindex]')) element.tabIndex = -1;
    element.focus();
  }, []);
}
