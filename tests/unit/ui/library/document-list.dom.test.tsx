/**
 * The list of one's documents shows a long library a hundred rows at a time, drawn a few new rows
 * a frame (a hundred new rows at once held Firefox's library page as an import ended).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { UserDocumentSummary } from '@/lib/corpus/user/list';
import { DocumentList, ROWS_PER_FRAME, rowsToDraw } from '@/lib/ui/library/documents/DocumentList';
import { LIST_PAGE_SIZE } from '@/lib/ui/library/documents/page-sizes';

const doc = (i: number): UserDocumentSummary => ({
  id: `user-${i}`, title: `Report ${i}`, file: `report-${i}.txt`, language: 'en', source: '', url: '', passages: 1, importedAt: 1000 - i,
  date: { refersTo: 'publication', precision: 'unknown', value: null, inferredFrom: 'not known' },
});
const docs = (from: number, count: number) => Array.from({ length: count }, (_, i) => doc(from + i));

async function mount(documents: UserDocumentSummary[]) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const show = (list: UserDocumentSummary[]) => act(() => {
    render(<DocumentList documents={list} onDelete={async () => undefined} />, host);
  });
  await show(documents);
  return {
    show,
    rows: () => host.querySelectorAll('.documents li').length,
    busy: () => host.querySelector('.documents')?.getAttribute('aria-busy') ?? null,
    first: () => host.querySelector('.documents li')?.getAttribute('data-document') ?? null,
    showing: () => host.querySelector('#list-showing')?.textContent ?? null,
    more: () => host.querySelector<HTMLButtonElement>('#list-more'),
  };
}

/** Waits for the frames that draw the rest of the rows. */
const drawnTo = async (rows: () => number, n: number) => vi.waitFor(() => expect(rows()).toBe(n), { timeout: 3000 });

describe('the document list', () => {
  it('shows a short library whole', async () => {
    const list = await mount(docs(0, 3));
    expect(list.rows()).toBe(3);
    expect(list.more()).toBeNull();
  });

  it('shows the newest hundred of a long one, drawn a few a frame, and a hundred more on each click', async () => {
    const list = await mount(docs(0, 250));
    expect(list.rows()).toBe(ROWS_PER_FRAME);
    expect(list.busy()).toBe('true');
    expect(list.showing()).toBe('Showing the newest 100 of 250.');
    expect(list.more()?.textContent).toBe('Show 100 more');
    await drawnTo(list.rows, LIST_PAGE_SIZE);
    expect(list.busy()).toBeNull();
    await act(() => list.more()?.click());
    await drawnTo(list.rows, 200);
    expect(list.more()?.textContent).toBe('Show 50 more');
    await act(() => list.more()?.click());
    await drawnTo(list.rows, 250);
    expect(list.more()).toBeNull();
  });

  it('after an import draws the new rows a few a frame, after a deletion redraws nothing new', async () => {
    const list = await mount(docs(100, 150));
    await drawnTo(list.rows, LIST_PAGE_SIZE);
    // A deletion: the same rows less one, all drawn at once.
    await list.show(docs(101, 149));
    expect(list.rows()).toBe(LIST_PAGE_SIZE);
    // An import: a hundred new documents on top.
    await list.show(docs(0, 250));
    expect(list.rows()).toBe(ROWS_PER_FRAME);
    expect(list.first()).toBe('user-0');
    await drawnTo(list.rows, LIST_PAGE_SIZE);
  });
});

describe('rowsToDraw', () => {
  const ids = (from: number, count: number) => docs(from, count).map((d) => ({ id: d.id }));
  it('draws every row already drawn and at most a frame\'s worth of new ones', () => {
    expect(rowsToDraw(ids(0, 250), new Set(), 100)).toBe(ROWS_PER_FRAME);
    expect(rowsToDraw(ids(1, 249), new Set(ids(0, 100).map((d) => d.id)), 100)).toBe(100);
    expect(rowsToDraw(ids(0, 10), new Set(), 100)).toBe(10);
    expect(rowsToDraw(ids(0, 3), new Set(), 0)).toBe(3);
  });
});
