/**
 * Focus handed to the control that replaced the one a reader was on — only where it was dropped
 * (on the body); a reader whose focus is elsewhere is not moved.
 */
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { focusIsLost, useRescuedFocus } from '@/lib/ui/rescue-focus';

function Result() {
  const summary = useRef<HTMLParagraphElement>(null);
  useRescuedFocus(summary);
  return <p id="result" ref={summary}>Imported 1 document.</p>;
}

function setUp() {
  const elsewhere = Object.assign(document.createElement('input'), { id: 'elsewhere' });
  const host = document.createElement('div');
  document.body.replaceChildren(elsewhere, host);
  return { elsewhere, show: () => act(() => render(<Result />, host)) };
}

describe('useRescuedFocus', () => {
  it('focuses what took the place of a control the focus went with, made focusable', async () => {
    const { show } = setUp();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(focusIsLost()).toBe(true);
    await show();
    expect(document.activeElement?.id).toBe('result');
    expect((document.activeElement as HTMLElement).tabIndex).toBe(-1);
  });

  it('leaves a focus that was not lost where it is', async () => {
    const { elsewhere, show } = setUp();
    elsewhere.focus();
    await show();
    expect(document.activeElement).toBe(elsewhere);
    expect(focusIsLost()).toBe(false);
  });
});
