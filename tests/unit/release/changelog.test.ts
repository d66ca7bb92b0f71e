import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryFor, parseChangelog } from '../../../lib/release/changelog';

const changelog = readFileSync(new URL('../../../lib/release/CHANGELOG.md', import.meta.url), 'utf8');
const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('changelog', () => {
  it('has an entry, with items, for the version in package.json', () => {
    expect(entryFor(changelog, version)?.items.length).toBeGreaterThan(0);
  });

  it('reads versions newest first, items with their wrapped lines, and nothing else', () => {
    const md = '# Changelog\n\nIntro.\n\n## [1.1.0] — 2027-01-02\n\n- One\n  continued\n* Two\n\n## 1.0.0\n\n- First\n';
    expect(parseChangelog(md)).toEqual([
      { version: '1.1.0', items: ['One continued', 'Two'] },
      { version: '1.0.0', items: ['First'] },
    ]);
    expect(entryFor(md, '2.0.0')).toBeNull();
  });
});
