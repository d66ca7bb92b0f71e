/** The scan command line, spawned as the user runs it (tsx lib/cli/scan.ts). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const TSX = join('node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
let dir = '';

function scan(...args: string[]): { status: number | null; stdout: string; stderr: string; lines: unknown[] } {
  const result = spawnSync(TSX, ['lib/cli/scan.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  const lines = result.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-scan-'));
});

// Each test starts a tsx process: seconds on a loaded 2-core machine, not milliseconds.
describe('scan FILE', { timeout: 30_000 }, () => {
  it('prints one JSON line per mention of a plain-text file, offsets within each line', () => {
    const path = file('plain.txt', 'Nothing here.\nВ Казахстане и ОДКБ.\nS-300 батарея\n');
    const { status, lines } = scan(path);
    expect(status).toBe(0);
    expect(lines).toEqual([
      { file: path, block: 2, entity: 'kazakhstan', start: 2, end: 12, surface: 'Казахстане', tier: 'name', language: 'ru', form: 'prepositional' },
      { file: path, block: 2, entity: 'csto', start: 15, end: 19, surface: 'ОДКБ', tier: 'abbreviation', language: 'ru', form: 'abbreviation' },
      { file: path, block: 3, entity: 's300', start: 0, end: 5, surface: 'S-300', tier: 'name', form: 'designation' },
    ]);
  });

  it('reads only the visible text of HTML, block by block', () => {
    const path = file(
      'page.html',
      `<!doctype html><html lang="en"><head><title>Kazakhstan</title><style>.Kazakhstan{}</style></head><body>
       <script>var csto = "Kazakhstan CSTO";</script>
       <p>The CSTO met in <b>Kazakh</b>stan.</p>
       <div hidden>Kazakhstan</div><div aria-hidden="true">S-300</div>
       <select><option>Kazakhstan</option></select><noscript>CSTO</noscript>
       <p>S-300 batteries</p></body></html>`,
    );
    const { status, lines } = scan(path);
    expect(status).toBe(0);
    // aria-hidden text is on screen (hidden from screen readers only): it is read.
    expect(lines.map((l) => (l as { surface: string }).surface)).toEqual(['CSTO', 'Kazakhstan', 'S-300', 'S-300']);
  });

  it('reports a missing file by name, exits non-zero, and still scans the other files', () => {
    const good = file('good.txt', 'Kazakhstan');
    const { status, stderr, lines } = scan(join(dir, 'missing.txt'), good);
    expect(status).toBe(1);
    expect(stderr).toContain('missing.txt: cannot read: no such file');
    expect(lines).toHaveLength(1);
  });

  it('refuses binary data', () => {
    const path = file('blob.bin', Buffer.from([0x4b, 0x61, 0x00, 0xff, 0xfe, 0x43, 0x53, 0x54, 0x4f]));
    const { status, stderr, lines } = scan(path);
    expect(status).toBe(1);
    expect(stderr).toMatch(/blob\.bin:1: binary data/);
    expect(lines).toEqual([]);
  });

  it('reports a binary line of a text file by number and still reads the other lines', () => {
    const path = file('mixed.txt', Buffer.concat([Buffer.from('Kazakhstan, line one\n'), Buffer.from([0x00, 0xff, 0x0a]), Buffer.from('the CSTO, line three\n')]));
    const { status, stderr, lines } = scan(path);
    expect(status).toBe(1);
    expect(stderr.trim()).toBe(`scan: ${path}:2: binary data (NUL byte), not UTF-8 text`);
    expect(lines.map((l) => [(l as { block: number }).block, (l as { surface: string }).surface])).toEqual([[1, 'Kazakhstan'], [3, 'CSTO']]);
  });

  it('explains its usage without arguments', () => {
    const { status, stderr } = scan();
    expect(status).toBe(2);
    expect(stderr).toContain('usage:');
  });
});

describe('scan --jsonl FILE', { timeout: 30_000 }, () => {
  it('writes one line per input line with JavaScript string offsets', () => {
    const path = file('in.jsonl', ['{"id":"a","text":"😀 Казахстана и ОДКБ","lang":"ru"}', '{"id":7,"text":"nothing"}', ''].join('\n'));
    const { status, lines } = scan('--jsonl', path);
    expect(status).toBe(0);
    expect(lines).toEqual([
      { id: 'a', mentions: [{ entity: 'kazakhstan', start: 3, end: 13, surface: 'Казахстана' }, { entity: 'csto', start: 16, end: 20, surface: 'ОДКБ' }] },
      { id: 7, mentions: [] },
    ]);
  });

  it('names the file and line of invalid JSON, binary data and bad records, and goes on', () => {
    const path = file(
      'bad.jsonl',
      Buffer.concat([
        Buffer.from('{"id":"ok1","text":"CSTO"}\n{not json\n'),
        Buffer.from([0xc3, 0x28, 0x0a]),
        Buffer.from('{"id":"x"}\n["id","text"]\n{"id":"ok2","text":"S-300"}\r\n'),
      ]),
    );
    const { status, stderr, lines } = scan('--jsonl', path);
    expect(status).toBe(1);
    expect(stderr).toContain(`${path}:2: invalid JSON`);
    expect(stderr).toContain(`${path}:3: binary data`);
    expect(stderr).toContain(`${path}:4: expected an object`);
    expect(stderr).toContain(`${path}:5: expected an object`);
    expect(lines).toEqual([
      { id: 'ok1', mentions: [{ entity: 'csto', start: 0, end: 4, surface: 'CSTO' }] },
      { id: 'ok2', mentions: [{ entity: 's300', start: 0, end: 5, surface: 'S-300' }] },
    ]);
  });
});
