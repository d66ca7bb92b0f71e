/** Writes the precompiled document batch validator (see lib/corpus/import/node/batch-validator-source.ts). */
import { writeFileSync } from 'node:fs';
import { batchValidatorSource, GENERATED_PATH } from '../corpus/import/node/batch-validator-source';

writeFileSync(GENERATED_PATH, batchValidatorSource());
console.log(`wrote ${GENERATED_PATH}`);
