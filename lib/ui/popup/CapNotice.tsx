/**
 * Said in "On this page" when the page has more mentions than Backstory paints (the highlight
 * cap, lib/page/paint/highlighter.ts): the counts below are every mention, the page shows the
 * first ones.
 */
import { formatCount, tPlural } from '@/lib/i18n';
import type { PageMentionsReport } from '@/lib/page/read/report';

export function CapNotice({ report }: { report: PageMentionsReport }) {
  const total = report.entities.reduce((sum, e) => sum + e.count, 0);
  if (report.painted >= total) return null;
  return (
    <p class="notice cap-notice" role="status">
      {tPlural('pageCapNotice', total, [formatCount(report.painted)])}
    </p>
  );
}
