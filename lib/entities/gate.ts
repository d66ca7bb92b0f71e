/**
 * The page gate: the small part of a compiled catalogue a page reads first — the prefilter's
 * anchors (compile/prefilter.ts) and which entities are watched — so that the first stage of the
 * content script (lib/page/stage/) can ask whether the page's text could hold a mention before
 * anything else is read or loaded. The background stores it beside the packed matcher
 * (lib/background/matcher-cache.ts).
 *
 * Sound because the matcher asks the same question first: a block its prefilter turns away is
 * never scanned (scan/scan.ts), so a page none of whose blocks pass has no mention.
 */
import type { CompiledCatalogue } from './compile/compile';
import type { CompiledPrefilter } from './compile/prefilter';
import { isOfBuild } from './unpack-key';
import type { EntityId } from './types';

export interface PageGate {
  /** The packed matcher's key (same build and watchlist). */
  key: string;
  entityIds: EntityId[];
  /** Per entity: highlighted unless the settings say otherwise (the watched ones). */
  watched: boolean[];
  prefilter: CompiledPrefilter;
}

/**
 * The gate of a compiled catalogue. Only watched entities are ever asked about (page-gate.ts), so
 * the others' anchors are left out: the gate every page reads stays small.
 */
export function pageGateOf(key: string, compiled: CompiledCatalogue): PageGate {
  const watched = [...compiled.highlight];
  const only = (sources: readonly string[]) => sources.map((source, i) => (watched[i] ? source : ''));
  const p = compiled.prefilter;
  const prefilter: CompiledPrefilter = { ...p, folded: only(p.folded), exact: only(p.exact), skeleton: only(p.skeleton) };
  return { key, entityIds: [...compiled.entityIds], watched, prefilter };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** A stored gate of build `build`, or null when it is missing, damaged or another build's. */
export function readPageGate(value: unknown, build: string): PageGate | null {
  if (typeof value !== 'object' || value === null) return null;
  const gate = value as Partial<PageGate>;
  const p = gate.prefilter as Partial<CompiledPrefilter> | undefined;
  if (!isOfBuild(gate.key, build) || !isStringArray(gate.entityIds) || !Array.isArray(gate.watched)) return null;
  if (!p || typeof p.invisible !== 'string' || typeof p.complex !== 'string' || !Array.isArray(p.special)) return null;
  if (!isStringArray(p.folded) || !isStringArray(p.exact) || !isStringArray(p.skeleton) || !isStringArray(p.folds)) return null;
  const n = gate.entityIds.length;
  if (gate.watched.length !== n || p.folded.length !== n || p.exact.length !== n || p.skeleton.length !== n) return null;
  return gate as PageGate;
}
