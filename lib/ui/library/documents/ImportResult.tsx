/** A finished import: how many documents and passages were stored, and what was not, and why. */
import { useRef } from 'preact/hooks';
import type { ImportProgress } from '@/lib/corpus/user/import-protocol';
import { t } from '@/lib/i18n';
import { useRescuedFocus } from '@/lib/ui/rescue-focus';
import { documentsCount, passagesCount } from './messages';
import { ProblemList } from './ProblemList';

export function ImportResult({ progress, cancelled, notImported }: { progress: ImportProgress; cancelled: boolean; notImported: string[] }) {
  // The progress and its Cancel went: the result takes the focus, so the reader goes on from it.
  const summary = useRef<HTMLParagraphElement>(null);
  useRescuedFocus(summary);
  return (
    <>
      <p role="status" id="import-result" ref={summary}>
        {cancelled ? `${t('docCancelled')} ` : ''}
        {t('docFinished', [documentsCount(progress.stored), passagesCount(progress.passages)])}
      </p>
      <ProblemList problems={progress.problems} duplicates={progress.duplicates} cancelled={notImported} />
    </>
  );
}
