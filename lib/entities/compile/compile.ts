/**
 * Compiles the catalogue into the matcher's data: two tries (case-folded names and cues;
 * case-sensitive abbreviations and designations) whose terminals point at compact entries, and
 * the context rules with cue ids resolved to numbers. Runs once per matcher (a few milliseconds),
 * so the shipped data stays the small, readable catalogue rather than thousands of forms.
 */
import { classOfString, NONWORD, type CharClass } from '../../text/char-class';
import { foldForMatch, normaliseForMatch } from '../../text/normalise';
import type { AliasGroup, Catalogue, ContextCondition, ContextRule, LanguageGate, Tier } from '../types';
import { expandBraces, expandGroup } from './expand';
import { compilePrefilter, type CompiledPrefilter } from './prefilter';
import type { ReadonlyList } from './readonly-list';
import { compoundKeys, MORE_ENDINGS, skeletonHeads, slipKeys, skeletonKeys, stemKeys, takesMoreEndings } from './stems';
import { modelledLanguages } from '../forms';
import { primarySubtag } from '../language-tag';
import { TrieBuilder, type FlatTrie } from './trie';

export const PROCLITIC_NONE = 0;
export const PROCLITIC_AR = 1;
export const PROCLITIC_HE = 2;

export type CompiledCondition =
  | { type: 'before' | 'after'; signals: readonly number[]; gap: number }
  | { type: 'block' | 'covering'; signals: readonly number[] }
  | { type: 'phraseEnd' | 'wholeBlock' | 'quoted' }
  | { type: 'previousWordEndsWith'; endings: readonly string[] };

/** All conditions must hold. */
export type CompiledRule = readonly CompiledCondition[];

export interface CompiledGroup {
  entity: number;
  tier: Tier;
  lang: string;
  proclitics: number;
  gate: LanguageGate | undefined;
  vetoes: readonly CompiledRule[];
  needs: readonly CompiledRule[];
  /** A long name's stems: active only where the page's language is not in `closedLanguages`. */
  openEndings?: true;
}

/** What a trie terminal stands for: an alias of a group (with its label) or a cue. */
export interface CompiledEntry {
  /** Index into `groups`, or -1 for a cue. */
  group: number;
  /** Signal id of the cue, or -1. */
  cue: number;
  label: string | undefined;
  /** Class of the last character: decides which right boundary applies. */
  lastClass: CharClass;
  /** A cue matched as a word prefix: no right boundary. */
  prefix: boolean;
  misspelling: boolean;
}

export interface CompiledCatalogue {
  entityIds: readonly string[];
  highlight: readonly boolean[];
  /** Read with `at(i)`: an unpacked matcher's lists are lazy (scan/lazy-list.ts). */
  groups: ReadonlyList<CompiledGroup>;
  entries: ReadonlyList<CompiledEntry>;
  /** Aliases, case-folded and case-sensitive: walked over every block. */
  foldTrie: FlatTrie;
  caseTrie: FlatTrie;
  /** Cue words: walked only over blocks that have a candidate, to evaluate context rules. */
  cueFoldTrie: FlatTrie;
  cueCaseTrie: FlatTrie;
  cueIds: readonly string[];
  /** Signals are cue lists (0 … cues-1) then entities (cues + entity index). */
  entitySignalBase: number;
  /** Languages whose endings are listed or modelled: open endings do not apply on their pages. */
  closedLanguages: readonly string[];
  /** What a block must contain before it is normalised and walked (scan/prefilter.ts). */
  prefilter: CompiledPrefilter;
}

const DEFAULT_GAP = 40;

/** How a match by stem or by skeleton was recognised ("Try it", card explanations). */
export const STEM_LABEL = 'with an ending';
export const SKELETON_LABEL = 'spelling variant';
export const COMPOUND_LABEL = 'in a compound';

/**
 * Semitic proclitics wherever the language attaches them: every Arabic and Hebrew name takes
 * them unless its group says otherwise (CLDR's names and users' aliases included).
 */
function procliticsOf(group: AliasGroup): number {
  const kind = group.proclitics ?? (/^(ar|arz|apc|ajp|acm|ary|aeb|ayl)\b/.test(group.lang) ? 'ar' : /^(he|iw)\b/.test(group.lang) ? 'he' : undefined);
  return kind === 'ar' ? PROCLITIC_AR : kind === 'he' ? PROCLITIC_HE : PROCLITIC_NONE;
}

export function compileCatalogue(catalogue: Catalogue): CompiledCatalogue {
  const entityIds = catalogue.entities.map((e) => e.id);
  const cueIds = Object.keys(catalogue.cues);
  const signalOf = (cue: string): number => {
    if (cue.startsWith('entity:')) {
      const index = entityIds.indexOf(cue.slice('entity:'.length));
      if (index < 0) throw new Error(`unknown entity in context rule: ${cue}`);
      return cueIds.length + index;
    }
    const index = cueIds.indexOf(cue.startsWith('cue:') ? cue.slice(4) : cue);
    if (index < 0) throw new Error(`unknown cue list in context rule: ${cue}`);
    return index;
  };
  const compileCondition = (c: ContextCondition): CompiledCondition => {
    if ('phraseEnd' in c) return { type: 'phraseEnd' };
    if ('wholeBlock' in c) return { type: 'wholeBlock' };
    if ('quoted' in c) return { type: 'quoted' };
    if ('previousWordEndsWith' in c) return { type: 'previousWordEndsWith', endings: c.previousWordEndsWith.map(foldForMatch) };
    const signals = c.cues.map(signalOf);
    return c.where === 'block' || c.where === 'covering' ? { type: c.where, signals } : { type: c.where, signals, gap: c.gap ?? DEFAULT_GAP };
  };
  const compileRule = (r: ContextRule): CompiledRule => ('all' in r ? r.all.map(compileCondition) : [compileCondition(r)]);

  const groups: CompiledGroup[] = [];
  const entries: CompiledEntry[] = [];
  const entryIndex = new Map<string, number>();
  const intern = (entry: CompiledEntry): number => {
    const key = `${entry.group}|${entry.cue}|${entry.label ?? ''}|${entry.lastClass}|${entry.prefix}|${entry.misspelling}`;
    let index = entryIndex.get(key);
    if (index === undefined) {
      index = entries.length;
      entries.push(entry);
      entryIndex.set(key, index);
    }
    return index;
  };
  const fold = new TrieBuilder();
  const exact = new TrieBuilder();
  const cueFold = new TrieBuilder();
  const cueExact = new TrieBuilder();
  // Per entity, the keys of its forms in each trie: the prefilter's anchors come from them.
  const foldedKeys = catalogue.entities.map(() => new Set<string>());
  const exactKeys = catalogue.entities.map(() => new Set<string>());
  const skeletons = catalogue.entities.map(() => new Set<string>());

  // Languages whose endings the catalogue lists or the word-form model generates (compile/stems.ts).
  const closedLanguages = [...new Set([...modelledLanguages(), ...Object.values(catalogue.suffixSets).map((set) => set.lang.split('-')[0] ?? '')])].sort();

  catalogue.entities.forEach((entity, entityIndex) => {
    for (const group of entity.aliases) {
      const groupIndex = groups.length;
      groups.push({
        entity: entityIndex,
        tier: group.tier,
        lang: group.lang,
        proclitics: procliticsOf(group),
        gate: group.pageLangs,
        vetoes: (group.vetoes ?? []).map(compileRule),
        needs: (group.needs ?? []).map(compileRule),
      });
      const caseSensitive = group.caseSensitive ?? group.tier === 'abbreviation';
      const stem = (label: string, index = groupIndex, misspelling = false) => intern({ group: index, cue: -1, label, lastClass: NONWORD, prefix: true, misspelling });
      const stems = stemKeys(group, foldForMatch);
      for (const key of stems.plurals) {
        fold.add(key, stem(STEM_LABEL));
        foldedKeys[entityIndex]?.add(key);
      }
      if (stems.names.length > 0) {
        // The same group, active where the page's language has no modelled endings.
        const guarded = groups.length;
        groups.push({ ...(groups[groupIndex] as CompiledGroup), openEndings: true });
        for (const key of stems.names) {
          fold.add(key, stem(STEM_LABEL, guarded));
          foldedKeys[entityIndex]?.add(key);
        }
      }
      for (const key of skeletonKeys(group, foldForMatch)) {
        fold.add(key, stem(SKELETON_LABEL));
        skeletons[entityIndex]?.add(key);
      }
      // The same group, active only on pages in its own language (stacked endings, compounds).
      let ownLanguageGroup = -1;
      const ownLanguage = (): number => {
        if (ownLanguageGroup < 0) {
          ownLanguageGroup = groups.length;
          groups.push({ ...(groups[groupIndex] as CompiledGroup), gate: { langs: [primarySubtag(group.lang)], unknown: 'deny' } });
        }
        return ownLanguageGroup;
      };
      for (const key of compoundKeys(group, foldForMatch)) {
        fold.add(key, stem(COMPOUND_LABEL, ownLanguage()));
        foldedKeys[entityIndex]?.add(key);
      }
      if (entity.highlight) {
        for (const key of slipKeys(group, foldForMatch)) {
          fold.add(key, stem('misspelling', ownLanguage(), true));
          foldedKeys[entityIndex]?.add(key);
        }
      }
      for (const form of expandGroup(group, catalogue.suffixSets)) {
        const key = caseSensitive ? normaliseForMatch(form.text) : foldForMatch(form.text);
        const entry = intern({
          group: groupIndex,
          cue: -1,
          label: form.label,
          lastClass: classOfString(key, true),
          prefix: false,
          misspelling: form.label === 'misspelling',
        });
        (caseSensitive ? exact : fold).add(key, entry);
        (caseSensitive ? exactKeys : foldedKeys)[entityIndex]?.add(key);
        // Only on pages in its own language: elsewhere a form with an ending (Tatar Казахстана)
        // and more letters is another language's word (Russian Казахстанах), which that
        // language's closed list decides.
        if (takesMoreEndings(group, form)) fold.add(key, stem(`${form.label ?? ''}, ${MORE_ENDINGS}`, ownLanguage()));
      }
    }
  });

  cueIds.forEach((id, cueIndex) => {
    const list = catalogue.cues[id];
    if (list === undefined) return;
    for (const forms of Object.values(list.forms)) {
      for (const written of forms) {
        for (const form of expandBraces(written)) {
          const prefix = form.endsWith('*');
          const text = prefix ? form.slice(0, -1) : form;
          const key = list.caseSensitive ? normaliseForMatch(text) : foldForMatch(text);
          const entry = intern({
            group: -1,
            cue: cueIndex,
            label: undefined,
            lastClass: classOfString(key, true),
            prefix,
            misspelling: false,
          });
          (list.caseSensitive ? cueExact : cueFold).add(key, entry);
        }
      }
    }
  });

  return {
    entityIds,
    highlight: catalogue.entities.map((e) => e.highlight),
    groups,
    entries,
    foldTrie: fold.build(),
    caseTrie: exact.build(),
    cueFoldTrie: cueFold.build(false),
    cueCaseTrie: cueExact.build(false),
    cueIds,
    entitySignalBase: cueIds.length,
    closedLanguages,
    prefilter: compilePrefilter({ folded: foldedKeys, exact: exactKeys, skeletons: skeletons.map(skeletonHeads) }),
  };
}
