/**
 * The scan stage: normalise a block, sweep it once with the compiled tries (walk.ts), apply the
 * context pass (resolve.ts), and report mentions with offsets into the ORIGINAL string. Free of
 * DOM and Node APIs so the content script, the background and the CLI share it.
 */
import { createNormaliser, type TextTableSources } from '../../text/normalise';
import { Skeletoniser, SKELETON_SCRIPT_TEXT } from '../../text/skeleton';
import type { CompiledCatalogue } from '../compile/compile';
import { watchedEntities } from '../matcher-summary';
import { entryColumns } from './entry-columns';
import { createPrefilter, PrefilterGate, type Prefilter } from './prefilter';
import { resolveCandidates, type Accepted } from './resolve';
import { BlockSweeper, hasSkeletons, SkeletonSweeper, type Candidate } from './walk';
import type { Matcher, Mention, ScanOptions } from '../types';
import { itemAt } from '../compile/readonly-list';

/** Blocks longer than this are scanned in overlapping windows to bound memory. */
const WINDOW = 1 << 20;
/** Context kept on each side of a window: longer than any alias plus its context rules. */
const MARGIN = 512;
/** What most blocks give: shared, never written to, so a block without a mention allocates nothing. */
const NO_CANDIDATES: readonly Candidate[] = [];
const NO_MENTIONS: readonly Mention[] = [];

function toMention(text: string, a: Accepted, compiled: CompiledCatalogue, starts: Int32Array, ends: Int32Array, offset: number): Mention {
  const start = (starts[a.start] ?? 0) + offset;
  const end = (ends[a.end - 1] ?? 0) + offset;
  const mention: Mention = {
    entity: compiled.entityIds[a.group.entity] ?? '',
    start,
    end,
    surface: text.slice(start, end),
    tier: a.group.tier,
  };
  if (a.group.lang !== 'und') mention.language = a.group.lang;
  if (a.entry.label) mention.form = a.entry.label;
  return mention;
}

/**
 * A matcher over a compiled catalogue (index.ts compiles the bundled one; the content script
 * receives it compiled by the background: see lib/page/matcher-loader.ts). `tables`: the
 * per-character data packed with it (lib/text/tables.ts), so a fresh page fills its character
 * tables from them instead of computing. `prefilter: false` normalises and walks every block:
 * the reference the prefilter's tests compare against.
 */
export function createMatcherFromCompiled(
  compiled: CompiledCatalogue,
  options: { prefilter?: boolean; tables?: TextTableSources | null } = {},
): Matcher {
  const usePrefilter = options.prefilter ?? true;
  const normaliser = createNormaliser(1024, options.tables ?? null);
  const defaultEntities = new Set(watchedEntities(compiled));

  // One prefilter per set of wanted entities: callers pass the same set block after block.
  const prefilters = new WeakMap<ReadonlySet<string>, Prefilter>();
  const prefilterFor = (wanted: ReadonlySet<string>): Prefilter => {
    let prefilter = prefilters.get(wanted);
    if (!prefilter) {
      const indices = compiled.entityIds.flatMap((id, i) => (wanted.has(id) ? [i] : []));
      prefilter = createPrefilter(compiled.prefilter, indices, foldOne);
      prefilters.set(wanted, prefilter);
    }
    return prefilter;
  };

  /** One character's case-preserved fold (™ → TM), for a prefilter packed without its folds list. */
  const foldOne = (ch: string): string => {
    const n = normaliser.normalise(ch);
    return String.fromCharCode(...n.upper.subarray(0, n.length));
  };

  const gate = new PrefilterGate();
  const skeletons = hasSkeletons(compiled);
  const skeletonSweeper = skeletons ? new SkeletonSweeper(compiled, new Skeletoniser()) : null;

  const sweeper = new BlockSweeper(compiled);

  /** Whether any candidate could become a mention the caller wants (others only give context). */
  const entryGroup = entryColumns(compiled.entries).group;
  const anyWanted = (candidates: readonly Candidate[], wanted: ReadonlySet<string>): boolean => {
    for (const candidate of candidates) {
      for (const e of candidate.entries) {
        const group = itemAt(compiled.groups, entryGroup[e] ?? -1);
        if (group !== undefined && wanted.has(compiled.entityIds[group.entity] ?? '')) return true;
      }
    }
    return false;
  };

  const scanWindow = (text: string, from: number, to: number, keepFrom: number, keepTo: number, lang: string | undefined, wanted: ReadonlySet<string>): readonly Mention[] => {
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    const norm = normaliser.normalise(slice);
    const bySkeleton = skeletonSweeper !== null && SKELETON_SCRIPT_TEXT.test(slice) ? skeletonSweeper.candidates(norm) : NO_CANDIDATES;
    if (!anyWanted(sweeper.candidates(norm), wanted) && !anyWanted(bySkeleton, wanted)) return NO_MENTIONS;
    const { candidates, signals } = sweeper.withSignals(norm);
    return resolveCandidates(compiled, norm, bySkeleton.length === 0 ? candidates : [...candidates, ...bySkeleton], signals, lang)
      .map((a) => toMention(text, a, compiled, norm.starts, norm.ends, from))
      .filter((m) => m.start >= keepFrom && m.start < keepTo);
  };

  const scan = (text: string, scanOptions?: ScanOptions): Mention[] => {
    if (typeof text !== 'string' || text.length === 0) return [];
    const wanted = scanOptions?.entities ?? defaultEntities;
    if (usePrefilter && gate.open && !prefilterFor(wanted).mayMatch(text)) {
      gate.record(text.length, false);
      return [];
    }
    const lang = scanOptions?.lang;
    const found: Mention[] = [];
    for (let keepFrom = 0; keepFrom < text.length; keepFrom += WINDOW) {
      const keepTo = Math.min(text.length, keepFrom + WINDOW);
      const from = Math.max(0, keepFrom - MARGIN);
      const to = Math.min(text.length, keepTo + MARGIN);
      for (const m of scanWindow(text, from, to, keepFrom, keepTo, lang, wanted)) if (wanted.has(m.entity)) found.push(m);
    }
    gate.record(text.length, found.length > 0);
    return found;
  };

  return {
    scan(text: string, scanOptions?: ScanOptions): Mention[] {
      try {
        return scan(text, scanOptions);
      } catch {
        // A matcher bug must never break the page or the CLI: no mentions rather than a throw.
        return [];
      }
    },
  };
}
