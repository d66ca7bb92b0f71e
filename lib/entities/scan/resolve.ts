/**
 * Second pass over one block: language gates, machine-token rejection, vetoes, longest match
 * on overlaps, then corroboration of weak aliases. Works on normalised offsets; the matcher maps
 * the survivors back to the original string.
 */
import type { NormalisedText } from '../../text/normalise';
import type { Tier } from '../types';
import type { CompiledCatalogue, CompiledEntry, CompiledGroup } from '../compile/compile';
import { anyRuleHolds, indexSignals } from './context';
import { insideMachineToken } from './tokens';
import type { Candidate, Signal } from './walk';
import { itemAt } from '../compile/readonly-list';
import { primarySubtag } from '../language-tag';

/** A surviving match, in normalised offsets, with the entry that explains it. */
export interface Accepted {
  start: number;
  end: number;
  entry: CompiledEntry;
  group: CompiledGroup;
}

const TIER_RANK: Readonly<Record<Tier, number>> = { name: 0, abbreviation: 1, adjective: 2, weak: 3 };

function primaryLanguage(lang: string | undefined): string | undefined {
  const primary = lang === undefined ? '' : primarySubtag(lang);
  return primary === '' ? undefined : primary;
}

function gatePasses(group: CompiledGroup, pageLang: string | undefined, closed: ReadonlySet<string>): boolean {
  // Open endings (compile/stems.ts): only on pages in a language whose endings are not listed.
  if (group.openEndings === true && (pageLang === undefined || closed.has(pageLang))) return false;
  if (group.gate === undefined) return true;
  if (pageLang === undefined) return group.gate.unknown === 'allow';
  return group.gate.langs.includes(pageLang);
}

interface Scored {
  start: number;
  end: number;
  entries: CompiledEntry[];
  /** The readings whose vetoes decide whether the candidate stands (see judgedReadings). */
  judged: CompiledEntry[];
  primary: CompiledEntry;
  group: CompiledGroup;
}

/** Orders the entries of one surface: real spellings, the page language, the strongest tier. */
function choosePrimary(entries: CompiledEntry[], compiled: CompiledCatalogue, pageLang: string | undefined): CompiledEntry {
  const score = (e: CompiledEntry): number => {
    const g = itemAt(compiled.groups, e.group);
    if (g === undefined) return 1e9;
    return (e.misspelling ? 100 : 0) + (primaryLanguage(g.lang) === pageLang ? 0 : 10) + TIER_RANK[g.tier];
  };
  return entries.reduce((a, b) => (score(b) < score(a) ? b : a));
}

/**
 * Which readings of one surface are judged by their vetoes. A string can be a name in one
 * language and a vetoed word in another (Swahili "Kazakistani" is also an Italian adjective
 * vetoed as a lone label): the readings in the page's language decide when there are any;
 * otherwise the strongest readings (real spellings before misspellings, then by tier). A veto
 * of any judged reading drops the candidate; the other readings' vetoes do not.
 */
function judgedReadings(entries: readonly CompiledEntry[], compiled: CompiledCatalogue, pageLang: string | undefined): CompiledEntry[] {
  const groupOf = (e: CompiledEntry) => itemAt(compiled.groups, e.group);
  if (pageLang !== undefined) {
    const inPageLanguage = entries.filter((e) => primaryLanguage(groupOf(e)?.lang) === pageLang);
    if (inPageLanguage.length > 0) return inPageLanguage;
  }
  const strength = (e: CompiledEntry): number => (e.misspelling ? 100 : 0) + TIER_RANK[groupOf(e)?.tier ?? 'weak'];
  const best = Math.min(...entries.map(strength));
  return entries.filter((e) => strength(e) === best);
}

const closedSets = new WeakMap<CompiledCatalogue, ReadonlySet<string>>();
function closedSet(compiled: CompiledCatalogue): ReadonlySet<string> {
  let set = closedSets.get(compiled);
  if (set === undefined) closedSets.set(compiled, (set = new Set(compiled.closedLanguages)));
  return set;
}

/**
 * Readings that may stand on another language's page when corroborated (see resolveCandidates):
 * names and abbreviations. Not adjectives, whose gates keep out short words of other languages
 * (Latvian kazaka, a coat), nor stems with open endings, which other languages' lists decide.
 */
function mayStandAbroad(group: CompiledGroup): boolean {
  return (group.tier === 'name' || group.tier === 'abbreviation') && group.openEndings !== true;
}

/**
 * Adds to `kept` the candidates that overlap nothing kept, the longest first; ties go to the
 * earlier start, then the stronger tier. Returns `kept`.
 */
function keepLongest(candidates: readonly Scored[], kept: Scored[]): Scored[] {
  const byPriority = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || TIER_RANK[a.group.tier] - TIER_RANK[b.group.tier],
  );
  for (const s of byPriority) {
    if (kept.every((k) => s.end <= k.start || s.start >= k.end)) kept.push(s);
  }
  return kept;
}

export function resolveCandidates(
  compiled: CompiledCatalogue,
  text: NormalisedText,
  candidates: readonly Candidate[],
  cueSignals: readonly Signal[],
  lang: string | undefined,
): Accepted[] {
  const pageLang = primaryLanguage(lang);
  const closed = closedSet(compiled);
  const live: Scored[] = [];
  // Readings of another language's page, which stand only beside a mention of their entity.
  const foreign: Scored[] = [];
  const groupOf = (e: CompiledEntry) => itemAt(compiled.groups, e.group) as CompiledGroup;
  for (const c of candidates) {
    const readings = c.entries
      .map((i) => itemAt(compiled.entries, i))
      .filter((e): e is CompiledEntry => e !== undefined && itemAt(compiled.groups, e.group) !== undefined);
    let entries = readings.filter((e) => gatePasses(groupOf(e), pageLang, closed));
    let into = live;
    if (entries.length === 0) {
      entries = readings.filter((e) => mayStandAbroad(groupOf(e)));
      into = foreign;
    }
    if (entries.length === 0) continue;
    if (insideMachineToken(text, c.start, c.end)) continue;
    const primary = choosePrimary(entries, compiled, pageLang);
    const group = itemAt(compiled.groups, primary.group);
    if (group === undefined) continue;
    const sameEntity = entries.filter((e) => itemAt(compiled.groups, e.group)?.entity === group.entity);
    into.push({ start: c.start, end: c.end, entries: sameEntity, judged: judgedReadings(sameEntity, compiled, pageLang), primary, group });
  }

  // Strong candidates (before vetoes) are the entity signals that rules can refer to.
  const signals = [...cueSignals];
  for (const s of live) {
    if (s.group.tier !== 'weak') signals.push({ id: compiled.entitySignalBase + s.group.entity, start: s.start, end: s.end });
  }
  const index = indexSignals(signals);

  const unvetoed = (list: readonly Scored[]) =>
    list.filter((s) => !s.judged.some((e) => anyRuleHolds(itemAt(compiled.groups, e.group)?.vetoes ?? [], s, text, index)));
  const kept = keepLongest(unvetoed(live), []);
  const strongEntities = new Set(kept.filter((k) => k.group.tier !== 'weak').map((k) => k.group.entity));
  // An abbreviation or name of another language's page (the Spanish OTSC in English copy) stands
  // where the block names its entity in a reading of its own: it never displaces one.
  keepLongest(unvetoed(foreign).filter((s) => strongEntities.has(s.group.entity)), kept);
  const accepted: Accepted[] = [];
  for (const s of kept) {
    if (s.group.tier === 'weak' && !strongEntities.has(s.group.entity) && !anyRuleHolds(s.group.needs, s, text, index)) continue;
    accepted.push({ start: s.start, end: s.end, entry: s.primary, group: s.group });
  }
  return accepted.sort((a, b) => a.start - b.start);
}
