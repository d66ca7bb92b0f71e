/**
 * The bundled catalogue: the three watched entities, the related ones, suffix sets and cues —
 * the hand catalogue, with every CLDR locale's name of its countries merged in (cldr.ts).
 */
import type { Catalogue } from '../types';
import { withCldrNames } from './cldr';
import { csto } from './csto';
import { cues } from './cues';
import { kazakhstan } from './kazakhstan';
import { astana } from './related/astana';
import { belarus } from './related/belarus';
import { israel } from './related/israel';
import { kyiv } from './related/kyiv';
import { moscow } from './related/moscow';
import { nato } from './related/nato';
import { putin } from './related/putin';
import { russia } from './related/russia';
import { southAfrica } from './related/south-africa';
import { tokayev } from './related/tokayev';
import { ukraine } from './related/ukraine';
import { s300, s300Suffixes } from './s300';
import { suffixSets } from './suffixes';

/** The catalogue as written by hand (npm run gen:cldr subtracts it from CLDR's names). */
export const handCatalogue: Catalogue = {
  entities: [kazakhstan, csto, s300, russia, ukraine, israel, southAfrica, nato, putin, tokayev, kyiv, astana, moscow, belarus],
  suffixSets: { ...suffixSets, ...s300Suffixes },
  cues,
};

export const bundledCatalogue: Catalogue = { ...handCatalogue, entities: handCatalogue.entities.map(withCldrNames) };
