/** The list of one's documents shows a long library a hundred rows at a time. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { UserDocumentSummary } from '@/lib/corpus/user/list';
import { DocumentList } from '@/lib/ui/library/documents/DocumentList';
import { LIST_PAGE_SIZE } from '@/lib/ui/library/documents/page-sizes';

const doc = (i: number): UserDocumentSummary => ({
  id: `user-${i}`, title: `Report ${i}`, file: `report-${i}.txt`, language: 'en', source: '', url: '', passages: 1, importedAt: 1000 - i,
  date: { refersTo: 'publication', precision: 'unknown', value: null, inferredFrom: 'not known' },
});

async function mount(count: number) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  await act(() => {
    render(<DocumentList documents={Array.from({ length: count }, (_, i) => doc(i))} onDelete={async () => undefined} />, host);
  });
  return {
    rows: () => host.querySelectorAll('.documents li').length,
    showing: () => host.querySelector('#list-showing')?.textContent ?? null,
    more: () => host.querySelector<HTMLButtonElement>('#list-more'),
  };
}

describe('the document list', () => {
  it('shows a short library whole', async () => {
    const list = await mount(3);
    expect(list.rows()).toBe(3);
    expect(list.more()).toBeNull();
  });

  it('shows the newest hundred of a long one, and a hundred more on each click', async () => {
    const list = await mount(250);
    expect(list.rows()).toBe(LIST_PAGE_SIZE);
    expect(list.showing()).toBe('Showing the newest 100 of 250.');
    expect(list.more()?.textContent).toBe('Show 100 more');
    await act(() => list.more()?.click());
    expect(list.rows()).toBe(200);
    expect(list.more()?.textContent).toBe('Show 50 more');
    await act(() => list.more()?.click());
    expect(list.rows()).toBe(250);
    expect(list.more()).toBeNull();
  });
});
