/**
 * Packs the bundled catalogue's matcher for content scripts (see packed.ts). Runs where the
 * catalogue is: the background, the build, tests.
 */
import { exportTextTables } from '../text/tables';
import { serializeCompiled } from './compile/serialize';
import { compiledCatalogue, displayName, getCatalogue } from './index';
import { MATCHER_BUILD_KEY, type PackedMatcher } from './packed';
import type { EntityId } from './types';

/** Entity id → English display name, for every catalogue entity. */
export function entityNames(): Record<EntityId, string> {
  return Object.fromEntries(getCatalogue().entities.map((e) => [e.id, displayName(e.id)]));
}

export function packMatcher(key: string = MATCHER_BUILD_KEY): PackedMatcher {
  return { key, compiled: serializeCompiled(compiledCatalogue()), names: entityNames(), text: exportTextTables() };
}
