/**
 * The backup panel's inline confirmation: the focus goes to Cancel when it opens and back to what
 * opened it when it closes, either way; a reader who moved elsewhere meanwhile stays there.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { Confirm } from '@/lib/ui/library/backup/Confirm';

function setUp() {
  const opener = Object.assign(document.createElement('button'), { id: 'opener' });
  const elsewhere = Object.assign(document.createElement('input'), { id: 'elsewhere' });
  const host = document.createElement('div');
  document.body.replaceChildren(opener, elsewhere, host);
  opener.focus();
  const open = (on: boolean) =>
    act(() => render(on ? <Confirm id="c" question="Delete?" action="Delete" onConfirm={() => undefined} onCancel={() => undefined} /> : null, host));
  return { opener, elsewhere, open };
}

describe('Confirm', () => {
  it('takes the focus to Cancel, and gives it back to its opener when it closes', async () => {
    const { opener, open } = setUp();
    await open(true);
    expect(document.activeElement?.id).toBe('c-cancel');
    await open(false);
    expect(document.activeElement).toBe(opener);
  });

  it('leaves the focus where the reader took it', async () => {
    const { elsewhere, open } = setUp();
    await open(true);
    elsewhere.focus();
    await open(false);
    expect(document.activeElement).toBe(elsewhere);
  });
});
