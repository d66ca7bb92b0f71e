/** Every suffix set of the catalogue, by id. */
import type { SuffixSet } from '../../types';
import { balticUralicSuffixes } from './baltic-uralic';
import { otherSuffixes } from './other';
import { slavicSuffixes } from './slavic';
import { turkicSuffixes } from './turkic';

export const suffixSets: Readonly<Record<string, SuffixSet>> = {
  ...slavicSuffixes,
  ...balticUralicSuffixes,
  ...turkicSuffixes,
  ...otherSuffixes,
};
