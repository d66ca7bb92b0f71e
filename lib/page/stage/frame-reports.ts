/**
 * The popup's "On this page" for a page with frames: the top frame's report with the reports of
 * its frames merged in (the background collects them: lib/background/frame-reports.ts). Counts
 * and painted mentions add up, forms of the same spelling count together, occurrences follow in frame order after
 * the top frame's own; the page's address, title and type stay the top frame's.
 */
import type { EntityOnPage, FormCount, PageMentionsReport } from '../read/report';

function mergeForms(into: FormCount[], more: readonly FormCount[]): void {
  for (const form of more) {
    const same = into.find((f) => f.form === form.form);
    if (same) same.count += form.count;
    else into.push({ ...form });
  }
}

export function mergeFrameReports(top: PageMentionsReport, frames: readonly PageMentionsReport[]): PageMentionsReport {
  const entities: EntityOnPage[] = top.entities.map((e) => ({ ...e, forms: e.forms.map((f) => ({ ...f })), occurrences: [...e.occurrences] }));
  let blocks = top.blocks;
  // Each frame paints up to its own highlight cap: the painted mentions add up like the counts.
  let painted = top.painted;
  for (const frame of frames) {
    blocks += frame.blocks;
    painted += frame.painted;
    for (const entity of frame.entities) {
      const same = entities.find((e) => e.entity === entity.entity);
      if (!same) {
        entities.push({ ...entity, forms: entity.forms.map((f) => ({ ...f })), occurrences: [...entity.occurrences] });
        continue;
      }
      same.count += entity.count;
      mergeForms(same.forms, entity.forms);
      same.occurrences.push(...entity.occurrences);
    }
  }
  // By count, descending; ties keep their order of first appearance (a stable sort).
  entities.sort((a, b) => b.count - a.count);
  return { ...top, blocks, entities, painted };
}

/** Whether a value from another frame has the shape of a report (it crossed a process boundary). */
export function isPageReport(value: unknown): value is PageMentionsReport {
  const r = value as Partial<PageMentionsReport> | null;
  return typeof r === 'object' && r !== null && typeof r.blocks === 'number' && typeof r.painted === 'number' && Array.isArray(r.entities);
}
