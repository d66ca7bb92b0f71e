/** A catalogue view builds its query tools once: at `prepareSearch` if asked (in slices), else at the first query. */
import { describe, expect, it, vi } from 'vitest';
import { createCatalogueView } from '@/lib/corpus/catalogue-view';
import { getCatalogue } from '@/lib/entities/index';
import * as query from '@/lib/entities/query';

vi.mock('@/lib/entities/query', { spy: true });

describe('createCatalogueView', () => {
  it('builds the query index in slices when asked to prepare, and the first search then reuses it', async () => {
    const view = createCatalogueView(getCatalogue());
    vi.mocked(query.buildQueryIndex).mockClear();
    vi.mocked(query.buildQueryIndexInSlices).mockClear();
    await view.prepareSearch();
    expect(query.buildQueryIndexInSlices).toHaveBeenCalledOnce();
    expect(view.resolve('Kazakhstan')?.entity).toBe('kazakhstan');
    expect(view.resolveAll('Kazakhstan CSTO').map((r) => r.entity)).toEqual(['kazakhstan', 'csto']);
    await view.prepareSearch();
    expect(query.buildQueryIndexInSlices).toHaveBeenCalledOnce();
    expect(query.buildQueryIndex).not.toHaveBeenCalled();
  });

  it('without it, builds the index at the first query, once', async () => {
    const view = createCatalogueView(getCatalogue());
    vi.mocked(query.buildQueryIndex).mockClear();
    vi.mocked(query.buildQueryIndexInSlices).mockClear();
    expect(view.resolve('Kazakhstan')?.entity).toBe('kazakhstan');
    await view.prepareSearch();
    expect(query.buildQueryIndex).toHaveBeenCalledOnce();
    expect(query.buildQueryIndexInSlices).not.toHaveBeenCalled();
  });
});
