/**
 * npm run eval [-- --json] [-- FILE]: scans the project's copy of the dev set (default
 * tests/fixtures/eval/mentions-dev.jsonl) and scores it with the rules of the shared scorer,
 * printing precision and recall per entity, kind and language with every error, then the
 * recognition targets. Exits 1 when a target is missed.
 */
import { resolve } from 'node:path';
import { createMatcher } from '../entities/index';
import { parseExpected } from '../eval/dataset';
import { formatReport } from '../eval/format';
import { evaluate } from '../eval/run';
import { targetFailures } from '../eval/targets';
import { decodeUtf8, readInputFile } from './support/input';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/eval/mentions-dev.jsonl');

function readDataset(path: string): ReturnType<typeof parseExpected> {
  const fail = (reason: string): never => {
    process.stderr.write(`eval: ${path}: ${reason}\n`);
    process.exit(2);
  };
  const read = readInputFile(path);
  if (!read.ok) return fail(read.error);
  const decoded = decodeUtf8(read.bytes);
  if (!decoded.ok) return fail(decoded.error);
  try {
    return parseExpected(decoded.text);
  } catch (error) {
    return fail((error as Error).message);
  }
}

const report = evaluate(createMatcher(), readDataset(file));
const failures = targetFailures(report);
if (asJson) {
  console.log(JSON.stringify({ ...report, targetFailures: failures }, null, 2));
} else {
  console.log(formatReport(report));
  console.log(failures.length === 0 ? 'targets: all met' : `targets missed:\n  ${failures.join('\n  ')}`);
}
process.exitCode = failures.length === 0 ? 0 : 1;
