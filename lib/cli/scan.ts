/**
 * npm run -s scan -- [--jsonl] [--lang TAG] [--all] FILE…
 *
 * Plain text or HTML (visible text only, block by block): one JSON line per mention,
 *   {"file","block","entity","start","end","surface","tier","language"?,"form"?}
 * where block is the line number (plain text) or the block index (HTML) and start/end are
 * JavaScript string offsets into that line or block.
 *
 * --jsonl: input lines {"id","text","lang"?}; one output line per input line,
 *   {"id","mentions":[{"entity","start","end","surface"}]}
 *
 * Bad input (a missing file, an invalid JSON line, binary data) is reported on stderr as
 * FILE:LINE: message; the other lines and files are still processed, and the exit code is 1.
 * --all adds the related entities (Russia, Putin, Moscow…) to the three watched ones.
 */
import { createMatcher, getCatalogue } from '../entities/index';
import type { Matcher, Mention } from '../entities/types';
import { htmlToBlocks, looksLikeHtml } from './support/html-blocks';
import { byteLines, decodeUtf8, readInputFile } from './support/input';

interface Options {
  jsonl: boolean;
  lang: string | undefined;
  entities: ReadonlySet<string> | undefined;
  files: string[];
}

const USAGE = 'usage: npm run -s scan -- [--jsonl] [--lang TAG] [--all] FILE…';

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { jsonl: false, lang: undefined, entities: undefined, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--jsonl') options.jsonl = true;
    else if (arg === '--all') options.entities = new Set(getCatalogue().entities.map((e) => e.id));
    else if (arg === '--lang') {
      options.lang = argv[++i];
      if (!options.lang) return '--lang needs a language tag';
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  return options.files.length === 0 ? 'no input file' : options;
}

class Output {
  private buffer: string[] = [];
  errors = 0;

  line(value: unknown): void {
    this.buffer.push(JSON.stringify(value));
    if (this.buffer.length >= 512) this.flush();
  }

  error(where: string, message: string): void {
    this.errors++;
    process.stderr.write(`scan: ${where}: ${message}\n`);
  }

  flush(): void {
    if (this.buffer.length > 0) process.stdout.write(`${this.buffer.join('\n')}\n`);
    this.buffer = [];
  }
}

function mentionLine(file: string, block: number, m: Mention): Record<string, unknown> {
  return { file, block, entity: m.entity, start: m.start, end: m.end, surface: m.surface, tier: m.tier, language: m.language, form: m.form };
}

function scanDocument(file: string, bytes: Buffer, matcher: Matcher, options: Options, out: Output): void {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok && looksLikeHtml(decoded.text, file)) {
    const page = htmlToBlocks(decoded.text);
    const lang = options.lang ?? page.lang;
    page.blocks.forEach((text, i) => {
      for (const m of matcher.scan(text, { lang, entities: options.entities })) out.line(mentionLine(file, i, m));
    });
    return;
  }
  // Plain text, line by line: a line that is not text is reported, and the others are still read.
  for (const { line, bytes: raw } of byteLines(bytes)) {
    const text = decodeUtf8(raw);
    if (!text.ok) {
      out.error(`${file}:${line}`, text.error);
      continue;
    }
    for (const m of matcher.scan(text.text, { lang: options.lang, entities: options.entities })) out.line(mentionLine(file, line, m));
  }
}

function scanJsonl(file: string, bytes: Buffer, matcher: Matcher, options: Options, out: Output): void {
  for (const { line, bytes: raw } of byteLines(bytes)) {
    const where = `${file}:${line}`;
    const decoded = decodeUtf8(raw);
    if (!decoded.ok) {
      out.error(where, decoded.error);
      continue;
    }
    if (decoded.text.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(decoded.text);
    } catch (error) {
      out.error(where, `invalid JSON (${(error as Error).message})`);
      continue;
    }
    const r = record as { id?: unknown; text?: unknown; lang?: unknown } | null;
    if (r === null || typeof r !== 'object' || (typeof r.id !== 'string' && typeof r.id !== 'number') || typeof r.text !== 'string') {
      out.error(where, 'expected an object with "id" (string or number) and "text" (string)');
      continue;
    }
    const lang = typeof r.lang === 'string' ? r.lang : options.lang;
    const mentions = matcher.scan(r.text, { lang, entities: options.entities }).map((m) => ({ entity: m.entity, start: m.start, end: m.end, surface: m.surface }));
    out.line({ id: r.id, mentions });
  }
}

function main(): number {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    process.stderr.write(`scan: ${options}\n${USAGE}\n`);
    return 2;
  }
  const matcher = createMatcher();
  const out = new Output();
  for (const file of options.files) {
    const read = readInputFile(file);
    if (!read.ok) {
      out.error(file, read.error);
      continue;
    }
    if (options.jsonl) scanJsonl(file, read.bytes, matcher, options, out);
    else scanDocument(file, read.bytes, matcher, options, out);
  }
  out.flush();
  return out.errors > 0 ? 1 : 0;
}

process.exitCode = main();
