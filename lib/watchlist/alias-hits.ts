/**
 * How many stored passages an alias would match: the validation's answer to "is this a common
 * word?". The alias alone is compiled into a matcher (with the catalogue's suffix sets and cues,
 * so it expands exactly as it will once saved) and run over every passage's text.
 */
import { compileCatalogue } from '@/lib/entities/compile/compile';
import { createMatcherFromCompiled } from '@/lib/entities/scan/scan';
import type { Catalogue } from '@/lib/entities/types';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { aliasGroup } from './catalogue';
import type { UserAlias } from './schema';

export interface AliasHits {
  /** Passages the alias would be found in. */
  passages: number;
  /** Passages in the library. */
  total: number;
}

/** From this share of the library up, an alias "would match almost everywhere". */
export const COMMON_SHARE = 0.2;
/** ...and at least this many passages (a tiny library proves nothing). */
export const COMMON_MIN = 5;

export function isCommon(hits: AliasHits): boolean {
  return hits.passages >= COMMON_MIN && hits.passages >= hits.total * COMMON_SHARE;
}

const PROBE = 'probe';

export async function countAliasHits(db: CorpusDb, alias: UserAlias, base: Pick<Catalogue, 'suffixSets' | 'cues'>): Promise<AliasHits> {
  const group = aliasGroup(alias);
  if ((group.forms[0] ?? '') === '') return { passages: 0, total: await db.passages.count() };
  const catalogue: Catalogue = {
    entities: [{ id: PROBE, kind: 'other', highlight: true, description: '', displayNames: {}, aliases: [group] }],
    suffixSets: base.suffixSets,
    cues: base.cues,
  };
  const matcher = createMatcherFromCompiled(compileCatalogue(catalogue));
  const entities = new Set([PROBE]);
  let passages = 0;
  let total = 0;
  await db.passages.each((row) => {
    total++;
    if (matcher.scan(row.text, { lang: row.lang, entities }).length > 0) passages++;
  });
  return { passages, total };
}
