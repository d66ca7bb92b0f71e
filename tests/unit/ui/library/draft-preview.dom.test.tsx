/** The import preview shows a batch a page at a time and, on Import, leads to the draft still to fix. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { UNKNOWN_DATE, type ImportDraft } from '@/lib/corpus/import/draft';
import { DraftPreview } from '@/lib/ui/library/documents/DraftPreview';
import { PREVIEW_PAGE_SIZE } from '@/lib/ui/library/documents/page-sizes';

const draft = (i: number, language: string | null = 'en'): ImportDraft => ({
  file: `file-${i}.txt`, format: 'txt', title: `File ${i}`, text: `Text ${i}`, language, date: UNKNOWN_DATE, source: '', url: '', byline: '',
});

async function mount(drafts: ImportDraft[]) {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const calls = { imported: 0, notReady: 0 };
  await act(() => {
    render(
      <DraftPreview drafts={drafts} busy={false} onChange={() => undefined} onImport={() => calls.imported++} onNotReady={() => calls.notReady++} />,
      host,
    );
  });
  const click = async (id: string) => {
    await act(() => (host.querySelector<HTMLButtonElement>(`#${id}`) as HTMLButtonElement).click());
  };
  const shown = () => [...host.querySelectorAll('fieldset.draft')].map((f) => f.getAttribute('data-file'));
  return { host, calls, click, shown, range: () => host.querySelector('#preview-range')?.textContent ?? null };
}

describe('the import preview', () => {
  it('shows a small batch whole, with no page controls', async () => {
    const view = await mount([draft(0), draft(1)]);
    expect(view.shown()).toEqual(['file-0.txt', 'file-1.txt']);
    expect(view.range()).toBeNull();
    await view.click('import-start');
    expect(view.calls).toEqual({ imported: 1, notReady: 0 });
  });

  it('pages through a large batch', async () => {
    const view = await mount(Array.from({ length: 120 }, (_, i) => draft(i)));
    expect(view.shown()).toHaveLength(PREVIEW_PAGE_SIZE);
    expect(view.range()).toBe('Documents 1–50 of 120');
    // At either end the button says it cannot go on, and does not (it stays focusable).
    expect(view.host.querySelector('#preview-previous')?.getAttribute('aria-disabled')).toBe('true');
    await view.click('preview-previous');
    expect(view.range()).toBe('Documents 1–50 of 120');
    await view.click('preview-next');
    await view.click('preview-next');
    expect(view.range()).toBe('Documents 101–120 of 120');
    expect(view.shown()[0]).toBe('file-100.txt');
    expect(view.host.querySelector('#preview-next')?.getAttribute('aria-disabled')).toBe('true');
    await view.click('preview-next');
    expect(view.range()).toBe('Documents 101–120 of 120');
  });

  it('on Import, turns to the page of the first draft that needs a language and focuses its field', async () => {
    const drafts = Array.from({ length: 120 }, (_, i) => draft(i, i === 77 ? null : 'en'));
    const view = await mount(drafts);
    await view.click('import-start');
    expect(view.calls).toEqual({ imported: 0, notReady: 1 });
    expect(view.range()).toBe('Documents 51–100 of 120');
    expect(document.activeElement?.id).toBe('draft-77-language');
  });
});
