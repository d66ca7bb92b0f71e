/**
 * Meta-test: every control of the popup and of the library's Settings tab carries a stable
 * `data-control` name, and every name is clicked, filled or hovered through the UI by at least
 * one end-to-end test that runs in both browsers (`forEachBrowser`). A control added without a
 * test, or without a name, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const UI_DIRS = ['lib/ui/options', 'lib/ui/popup'];
const NATIVE_CONTROLS = new Set(['input', 'button', 'a', 'select', 'textarea']);

/**
 * Controls no end-to-end test can reach by input, each with the reason. They stay listed here so
 * the exception is visible; a name here that no longer exists fails the test.
 */
const UNREACHABLE: Record<string, string> = {
  'allow-site': "the browser's permission prompt answers it, and a test cannot click a browser prompt",
  'start-in-tab': 'only shown for a tab opened before Backstory was installed, which a test session cannot have',
};

interface Tag {
  file: string;
  name: string;
  attributes: string;
}

/** The opening JSX tags of a source file, attributes as written (braces and strings skipped whole). */
function openingTags(file: string, source: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of source.matchAll(/<([A-Za-z][\w.]*)/g)) {
    // A type argument (`useRef<HTMLInputElement>`) follows an identifier; a tag does not.
    const before = source.slice(0, match.index).trimEnd().at(-1) ?? '';
    if (/[\w$]/.test(before)) continue;
    let depth = 0;
    let quote = '';
    let end = match.index + match[0].length;
    for (; end < source.length; end++) {
      const c = source[end];
      if (quote) {
        if (c === quote && source[end - 1] !== '\\') quote = '';
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (c === '>' && depth === 0) break;
    }
    tags.push({ file, name: match[1] ?? '', attributes: source.slice(match.index + match[0].length, end) });
  }
  return tags;
}

function filesIn(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .map((f) => join(dir, f));
}

const tags = UI_DIRS.flatMap((dir) => filesIn(dir, /\.tsx$/).flatMap((f) => openingTags(f, readFileSync(f, 'utf8'))));
const isControl = (tag: Tag) => NATIVE_CONTROLS.has(tag.name) || /\bonClick=/.test(tag.attributes);
/** Named with a literal (`data-control="x"`) or, for a component that renders the control, a `control="x"` prop. */
const nameOf = (tag: Tag) => /\b(?:data-)?control="([^"]+)"/.exec(tag.attributes)?.[1];

/** Selectors given to page.click / page.fill / page.hover in e2e files that run in both browsers. */
function exercisedNames(): Set<string> {
  const names = new Set<string>();
  for (const file of filesIn('tests/e2e', /\.e2e\.ts$/)) {
    const source = readFileSync(file, 'utf8');
    if (!source.includes('forEachBrowser(')) continue;
    for (const call of source.matchAll(/\.(?:click|fill|hover)\(\s*(['"`])((?:(?!\1).)*)\1/g)) {
      for (const name of (call[2] ?? '').matchAll(/\[data-control="([^"$]+)"/g)) names.add(name[1] ?? '');
    }
  }
  return names;
}

describe('every popup and Settings control is exercised through the UI', () => {
  const controls = tags.filter(isControl);
  const named = new Set(tags.map(nameOf).filter((n): n is string => n !== undefined));

  it('finds the controls it checks (the scan works)', () => {
    expect(controls.length).toBeGreaterThanOrEqual(15);
    expect([...named]).toEqual(expect.arrayContaining(['search', 'enabled', 'style', 'trigger', 'hover-delay', 'entity', 'site-switch', 'export-csv']));
  });

  it('gives every control a data-control name', () => {
    const unnamed = controls
      .filter((tag) => !nameOf(tag) && !/\bdata-control=\{/.test(tag.attributes))
      .map((tag) => `${tag.file}: <${tag.name}${tag.attributes.slice(0, 60)}…>`);
    expect(unnamed).toEqual([]);
  });

  it('clicks, fills or hovers every named control in an e2e test run in both browsers', () => {
    const exercised = exercisedNames();
    const missing = [...named].filter((name) => !exercised.has(name) && !(name in UNREACHABLE)).sort();
    expect(missing).toEqual([]);
  });

  it('lists as unreachable only controls that exist and are not exercised', () => {
    const exercised = exercisedNames();
    for (const name of Object.keys(UNREACHABLE)) {
      expect(named.has(name), name).toBe(true);
      expect(exercised.has(name), name).toBe(false);
    }
  });
});
