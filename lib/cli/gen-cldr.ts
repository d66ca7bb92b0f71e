/**
 * npm run gen:cldr: rewrites lib/entities/data/generated/cldr-names.ts from the installed
 * cldr-localenames-full package (see lib/build/cldr-names.ts). Run it after upgrading the
 * package or adding to the hand catalogue a name CLDR also has (a unit test says when).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CLDR_MODULE_PATH, generateCldrModule } from '../build/cldr-names';
import { handCatalogue } from '../entities/data';

const path = resolve(CLDR_MODULE_PATH);
writeFileSync(path, generateCldrModule(handCatalogue));
console.log(`gen:cldr: wrote ${path}`);
