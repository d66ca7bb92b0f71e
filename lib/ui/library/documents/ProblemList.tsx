/** What was not imported, one line per file (or batch record), each with its reason. */
import type { ImportProblem } from '@/lib/corpus/import/draft';
import type { ImportProgress } from '@/lib/corpus/user/import-protocol';
import { t } from '@/lib/i18n';
import { problemText } from './messages';

export interface ProblemListProps {
  problems: readonly ImportProblem[];
  duplicates?: ImportProgress['duplicates'];
  cancelled?: readonly string[];
}

export function ProblemList({ problems, duplicates = [], cancelled = [] }: ProblemListProps) {
  if (problems.length + duplicates.length + cancelled.length === 0) return null;
  return (
    <section class="problems" role="alert" aria-labelledby="problems-heading">
      <h3 id="problems-heading">{t('docNotImported')}</h3>
      <ul>
        {problems.map((p, i) => (
          <li key={`p${i}`} data-code={p.code}>
            <strong>
              <bdi>{p.file}</bdi>
            </strong>
            : {problemText(p)}
          </li>
        ))}
        {duplicates.map((d, i) => (
          <li key={`d${i}`} data-code="duplicate">
            <strong>
              <bdi>{d.file}</bdi>
            </strong>
            : {t(d.by === 'url' ? 'docDuplicateUrl' : 'docDuplicateText', [d.title])}
          </li>
        ))}
        {cancelled.map((file) => (
          <li key={`c${file}`} data-code="cancelled">
            <strong>
              <bdi>{file}</bdi>
            </strong>
            : {t('docCancelledFile')}
          </li>
        ))}
      </ul>
    </section>
  );
}
