/**
 * The page gate: the small part of a compiled catalogue every page's text is asked about first —
 * the prefilter's anchors (compile/prefilter.ts) and which entities are watched — so that the
 * background can tell the first stage of the content script (lib/page/stage/) whether the page's
 * text could hold a mention before anything else is loaded (lib/background/gate-text.ts). The
 * background stores it beside the packed matcher (lib/background/matcher-cache.ts).
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

/**
 * The gate as kept in storage: its JSON text, Latin-1 (\uXXXX escapes) like the packed matcher.
 * Every page and frame reads it: one string crosses from the browser and is parsed natively,
 * instead of a tree of a few thousand values converted one by one.
 */
export function pageGateJson(gate: PageGate): string {
  return JSON.stringify(gate).replace(/[\u0100-\uffff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The key of a stored gate (its text or, from an older build, its value), if it has one. */
export function storedGateKey(stored: unknown): unknown {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return undefined;
    }
  }
  return (value as { key?: unknown } | null | undefined)?.key;
}

/** A stored gate (its text, or the value) of build `build`, or null when it is missing, damaged or another build's. */
export function readPageGate(stored: unknown, build: string): PageGate | null {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return null;
    }
  }
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
