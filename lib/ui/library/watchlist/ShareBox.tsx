/**
 * Sharing the watchlist with a desk: export as CSV or JSON, import either. An import is all or
 * nothing: a file with a bad row names every bad row and imports none of the file.
 */
import { useState } from 'preact/hooks';
import type { Catalogue } from '@/lib/entities/types';
import { getCatalogue } from '@/lib/entities/index';
import { t } from '@/lib/i18n';
import { parseWatchlistCsv, watchlistToCsv } from '@/lib/watchlist/csv';
import { parseWatchlistJson, watchlistToJson } from '@/lib/watchlist/json';
import { mergeWatchlist, partIssues, type WatchlistPart } from '@/lib/watchlist/merge';
import type { Watchlist } from '@/lib/watchlist/schema';
import { aliasIssueText, csvProblemText, jsonProblemText } from './issues';

/** Above this a file is not a watchlist (a desk's list is a few hundred KB at most). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

type Outcome = { ok: true; message: string } | { ok: false; title: string; lines: string[] };

export function ShareBox({ watchlist, nameOf, save }: { watchlist: Watchlist; nameOf: (id: string) => string; save: (change: (w: Watchlist) => Watchlist) => Promise<void> }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const bundled: Catalogue = getCatalogue();

  const importPart = async (file: string, part: WatchlistPart, rowsOf?: (id: string) => number[]) => {
    const problems = partIssues(bundled, watchlist, part);
    if (problems.length > 0) {
      const lines = problems.flatMap(({ entity, alias, issues }) => {
        const rows = rowsOf?.(entity) ?? [];
        const where = rows.length > 0 ? t('wlImportRows', [rows.join(', ')]) : nameOf(entity);
        return issues.map((issue) => `${where}: ${alias.text} — ${aliasIssueText(issue, nameOf)}`);
      });
      setOutcome({ ok: false, title: t('wlImportRefused', [file]), lines });
      return;
    }
    await save((current) => mergeWatchlist(current, part));
    const changed = Object.keys(part.builtIn).length;
    setOutcome({ ok: true, message: t('wlImported', [file, String(part.entities.length), String(changed)]) });
  };

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) return setOutcome({ ok: false, title: t('wlImportRefused', [file.name]), lines: [t('wlImportTooBig', [String(MAX_FILE_BYTES / 1024 / 1024)])] });
    const text = await file.text();
    if (/\.json$/i.test(file.name)) {
      const parsed = parseWatchlistJson(text);
      if (!parsed.ok) return setOutcome({ ok: false, title: t('wlImportRefused', [file.name]), lines: [jsonProblemText(parsed.problem)] });
      return importPart(file.name, parsed.part);
    }
    const parsed = parseWatchlistCsv(text, new Set(bundled.entities.map((e) => e.id)));
    if (!parsed.ok) {
      const lines = parsed.errors.map((e) => t('wlImportRow', [String(e.row), csvProblemText(e.problem)]));
      return setOutcome({ ok: false, title: t('wlImportRefused', [file.name]), lines });
    }
    return importPart(file.name, parsed.part, (id) => parsed.rows.get(id) ?? []);
  };

  return (
    <section class="share" aria-labelledby="wl-share-title">
      <h3 id="wl-share-title">{t('wlShareTitle')}</h3>
      <p class="hint">{t('wlShareHint')}</p>
      <div class="actions">
        <button type="button" id="wl-export-csv" onClick={() => download('backstory-watchlist.csv', 'text/csv', watchlistToCsv(watchlist))}>{t('wlExportCsv')}</button>
        <button type="button" id="wl-export-json" onClick={() => download('backstory-watchlist.json', 'application/json', watchlistToJson(watchlist))}>{t('wlExportJson')}</button>
        <label class="file-pick">
          <span>{t('wlImport')}</span>{' '}
          <input id="wl-import" type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void pick(e.currentTarget)} />
        </label>
      </div>
      {outcome?.ok && <p id="wl-import-outcome" role="status">{outcome.message}</p>}
      {outcome && !outcome.ok && (
        <div id="wl-import-outcome" role="alert" class="issue">
          <p>{outcome.title}</p>
          <ul>{outcome.lines.map((line) => <li key={line}>{line}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
