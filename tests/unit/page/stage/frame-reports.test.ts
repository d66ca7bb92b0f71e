/** The top frame's "On this page" with its frames' reports merged in (lib/page/stage/frame-reports.ts). */
import { describe, expect, it } from 'vitest';
import type { EntityOnPage, PageMentionsReport } from '@/lib/page/read/report';
import { isPageReport, mergeFrameReports } from '@/lib/page/stage/frame-reports';

const entity = (id: string, forms: Array<[string, number]>): EntityOnPage => ({
  entity: id,
  count: forms.reduce((n, [, c]) => n + c, 0),
  forms: forms.map(([form, count]) => ({ form, count, sentence: `${form}.` })),
  occurrences: forms.flatMap(([form, count]) => Array.from({ length: count }, () => ({ form, sentence: `${form}.` }))),
});

const report = (entities: EntityOnPage[], blocks = 3): PageMentionsReport => ({
  url: 'http://127.0.0.1/top.html', title: 'Top', contentType: 'text/html', active: true, blocks, entities,
  painted: entities.reduce((n, e) => n + e.count, 0),
});

describe('frame reports', () => {
  it('adds the frames\' counts, forms and occurrences to the top frame\'s, keeping the top frame\'s page', () => {
    const top = report([entity('csto', [['CSTO', 2]]), entity('kazakhstan', [['Kazakhstan', 1]])]);
    const frameA = { ...report([entity('kazakhstan', [['Kazakhstan', 1], ['Казахстана', 2]])], 2), url: 'about:srcdoc', title: '' };
    const frameB = report([entity('s300', [['S-300', 1]])], 1);
    const merged = mergeFrameReports(top, [frameA, frameB]);
    expect(merged.url).toBe(top.url);
    expect(merged.title).toBe('Top');
    expect(merged.blocks).toBe(6);
    expect(merged.painted).toBe(7);
    expect(merged.entities.map((e) => [e.entity, e.count])).toEqual([['kazakhstan', 4], ['csto', 2], ['s300', 1]]);
    const kazakhstan = merged.entities[0]!;
    expect(kazakhstan.forms.map((f) => [f.form, f.count])).toEqual([['Kazakhstan', 2], ['Казахстана', 2]]);
    expect(kazakhstan.occurrences.map((o) => o.form)).toEqual(['Kazakhstan', 'Kazakhstan', 'Казахстана', 'Казахстана']);
    // The inputs are left as they were.
    expect(top.entities[1]!.count).toBe(1);
    expect(frameA.entities[0]!.forms[0]!.count).toBe(1);
  });

  it('leaves a report without frames as it is', () => {
    const top = report([entity('csto', [['CSTO', 1]])]);
    expect(mergeFrameReports(top, [])).toEqual(top);
  });

  it('knows a report from anything else a frame may send', () => {
    expect(isPageReport(report([]))).toBe(true);
    expect(isPageReport(null)).toBe(false);
    expect(isPageReport({ blocks: '3', entities: [] })).toBe(false);
  });
});
