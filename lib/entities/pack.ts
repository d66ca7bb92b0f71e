/**
 * Packs the bundled catalogue's matcher for content scripts (see packed.ts). Runs where the
 * catalogue is: the background, the build, tests.
 */
import { exportTextTables } from '../text/tables';
import { serializeCompiled } from './compile/serialize';
import { compiledCatalogue, displayName, getCatalogue } from './index';
import { MATCHER_BUILD_KEY, type PackedMatcher } from './packed';

export function packMatcher(key: string = MATCHER_BUILD_KEY): PackedMatcher {
  const names = Object.fromEntries(getCatalogue().entities.map((e) => [e.id, displayName(e.id)]));
  return { key, compiled: serializeCompiled(compiledCatalogue()), names, text: exportTextTables() };
}
