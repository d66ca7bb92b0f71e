/**
 * The matcher imports are tagged with: the full catalogue, related entities included, exactly
 * as the build tags the bundled corpus. One function, so that whatever the matcher learns (the
 * user's own entities) reaches every import at once. Compiled on first use.
 */
import { bundledCatalogueView } from '../catalogue-view';
import type { IndexerOptions } from '../build/indexer';

let options: IndexerOptions | undefined;

export function indexingMatcher(): IndexerOptions {
  options ??= bundledCatalogueView().indexerOptions();
  return options;
}
