/**
 * The highlight colours given to each open shadow root where the browser needs them (Firefox):
 * adopted beside the page's own sheets, withdrawn when Backstory stops — also in Firefox ESR 140,
 * whose content-script view of `adoptedStyleSheets` is opaque and the page's view is used instead.
 */
import { describe, expect, it } from 'vitest';
import { ShadowRoots } from '@/lib/page/read/shadow-roots';

const CSS_RULES = '::highlight(backstory-1) { background-color: yellow; }';

function hostWithSheet(): { root: ShadowRoot; own: CSSStyleSheet } {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const own = new CSSStyleSheet();
  root.adoptedStyleSheets = [own];
  return { root, own };
}

function roots(highlightCss: string | null, failures: string[] = []) {
  const stop = new AbortController();
  const seen: ShadowRoot[] = [];
  const shadows = new ShadowRoots({ onNew: (root) => seen.push(root), highlightCss, onFailure: (m) => failures.push(m) }, stop.signal);
  return { shadows, stop, seen };
}

describe('ShadowRoots', () => {
  it('adopts the colours after the page’s own sheet once per root, and withdraws only them on stop', () => {
    const { root, own } = hostWithSheet();
    const { shadows, stop, seen } = roots(CSS_RULES);
    shadows.add(root);
    shadows.add(root);
    expect(seen).toEqual([root]);
    expect(root.adoptedStyleSheets).toHaveLength(2);
    expect(root.adoptedStyleSheets[0]).toBe(own);
    // (happy-dom drops `::highlight()` rules; that they paint is the e2e tests' settings.e2e.ts.)
    expect(root.adoptedStyleSheets[1]).toBeInstanceOf(CSSStyleSheet);
    stop.abort();
    expect([...root.adoptedStyleSheets]).toEqual([own]);
  });

  it('adds no sheet where the document’s rules reach into shadow trees (Chromium)', () => {
    const { root, own } = hostWithSheet();
    const { shadows } = roots(null);
    shadows.add(root);
    expect([...root.adoptedStyleSheets]).toEqual([own]);
    expect(shadows.list()).toEqual([root]);
  });

  it('goes through the page’s view where the content script’s is opaque (Firefox ESR 140)', () => {
    const own = new CSSStyleSheet();
    const pageList: CSSStyleSheet[] = [own];
    // What ESR 140's wrapper shows a content script: an object with no iterator, length or methods.
    const opaque = Object.create(null) as ShadowRoot['adoptedStyleSheets'];
    const host = document.createElement('div');
    document.body.append(host);
    const root = { host, adoptedStyleSheets: opaque, wrappedJSObject: { adoptedStyleSheets: pageList } } as unknown as ShadowRoot;
    const failures: string[] = [];
    const { shadows, stop } = roots(CSS_RULES, failures);
    shadows.add(root);
    expect(failures).toEqual([]);
    expect(pageList).toHaveLength(2);
    expect(pageList[0]).toBe(own);
    stop.abort();
    expect(pageList).toEqual([own]);
  });

  it('withdraws the colours from every other root where one page broke its own list (Firefox ESR 140’s path)', () => {
    const broken: CSSStyleSheet[] = [];
    broken.splice = () => {
      throw new Error('the page’s splice');
    };
    const fine: CSSStyleSheet[] = [];
    const opaqueRoot = (pageList: CSSStyleSheet[]) => {
      const host = document.createElement('div');
      document.body.append(host);
      return { host, adoptedStyleSheets: Object.create(null), wrappedJSObject: { adoptedStyleSheets: pageList } } as unknown as ShadowRoot;
    };
    const { shadows, stop } = roots(CSS_RULES);
    shadows.add(opaqueRoot(broken));
    shadows.add(opaqueRoot(fine));
    expect([broken.length, fine.length]).toEqual([1, 1]);
    stop.abort();
    expect(fine).toEqual([]);
    expect(shadows.list()).toEqual([]);
  });

  it('tells a root that cannot take the sheet, and still lists it for hit-testing', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = { host, adoptedStyleSheets: Object.create(null) } as unknown as ShadowRoot;
    const failures: string[] = [];
    const { shadows } = roots(CSS_RULES, failures);
    shadows.add(root);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^cannot colour mentions inside a web component/);
    expect(shadows.list()).toEqual([root]);
  });
});
