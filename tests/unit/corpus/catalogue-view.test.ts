/** A catalogue view builds its query tools once: at `prepareSearch` if asked, else at the first query. */
import { describe, expect, it, vi } from 'vitest';
import { createCatalogueView } from '@/lib/corpus/catalogue-view';
import { getCatalogue } from '@/lib/entities/index';
import * as query from '@/lib/entities/query';

vi.mock('@/lib/entities/query', { spy: true });

describe('createCatalogueView', () => {
  it('builds the query index when asked to prepare, and the first search then reuses it', () => {
    const view = createCatalogueView(getCatalogue());
    vi.mocked(query.buildQueryIndex).mockClear();
    view.prepareSearch();
    expect(query.buildQueryIndex).toHaveBeenCalledOnce();
    expect(view.resolve('Kazakhstan')?.entity).toBe('kazakhstan');
    expect(view.resolveAll('Kazakhstan CSTO').map((r) => r.entity)).toEqual(['kazakhstan', 'csto']);
    view.prepareSearch();
    expect(query.buildQueryIndex).toHaveBeenCalledOnce();
  });

  it('without it, builds the index at the first query, once', () => {
    const view = createCatalogueView(getCatalogue());
    vi.mocked(query.buildQueryIndex).mockClear();
    expect(view.resolve('Kazakhstan')?.entity).toBe('kazakhstan');
    view.prepareSearch();
    expect(query.buildQueryIndex).toHaveBeenCalledOnce();
  });
});
