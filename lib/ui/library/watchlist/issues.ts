/** Validation issues and import problems in the UI's words (lib/watchlist returns codes). */
import { formatCount, t, tPlural } from '@/lib/i18n';
import type { CsvProblem } from '@/lib/watchlist/csv';
import type { JsonProblem } from '@/lib/watchlist/json';
import type { AliasIssue } from '@/lib/watchlist/validate';

export function aliasIssueText(issue: AliasIssue, nameOf: (id: string) => string): string {
  switch (issue.code) {
    case 'empty': return t('wlIssueEmpty');
    case 'tooShort': return t('wlIssueShort');
    case 'invisible': return t('wlIssueInvisible', [issue.char]);
    case 'language': return t('wlIssueLanguage', [issue.lang]);
    case 'taken': return t('wlIssueTaken', [nameOf(issue.entity)]);
    case 'repeated': return t('wlIssueRepeated');
  }
}

export function csvProblemText(problem: CsvProblem): string {
  switch (problem.code) {
    case 'noHeader': return t('wlCsvNoHeader', [problem.missing.join(', ')]);
    case 'empty': return t('wlCsvEmpty');
    case 'unknownBuiltIn': return t('wlCsvUnknownBuiltIn', [problem.entity]);
    case 'kind': return t('wlCsvKind', [problem.value]);
    case 'tier': return t('wlCsvTier', [problem.value]);
    case 'language': return t('wlCsvLanguage', [problem.value]);
    case 'state': return t('wlCsvState', [problem.value]);
    case 'offOwn': return t('wlCsvOffOwn');
    case 'noEntity': return t('wlCsvNoEntity');
    case 'noAlias': return t('wlCsvNoAlias');
    case 'tooLong': return t('wlCsvTooLong');
  }
}

export function jsonProblemText(problem: JsonProblem): string {
  switch (problem.code) {
    case 'malformed': return t('wlJsonMalformed', [problem.detail]);
    case 'notWatchlist': return t('wlJsonNotWatchlist');
    case 'newer': return t('wlJsonNewer', [String(problem.version)]);
    case 'badEntity': return t('wlJsonBadEntity', [String(problem.index)]);
    case 'badBuiltIn': return t('wlJsonBadBuiltIn', [problem.id]);
    case 'empty': return t('wlJsonEmpty');
  }
}

/** "1 passage" / "3 passages", by the UI language's plural rules. */
export function passagesOf(found: number, total: number): string {
  return tPlural('wlHitsOf', total, [formatCount(found)]);
}
