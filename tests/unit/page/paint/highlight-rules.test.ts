import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../../lib/dev/paths';
import { rootScopedHighlightRules } from '../../../../lib/page/paint/highlight-rules';

// Read as the file it is (the test runner turns a stylesheet import into an empty string).
const highlightCss = readFileSync(join(ROOT, 'lib/page/paint/highlights.css'), 'utf8');

/** The selectors of every rule in `css`, in order (comments removed). */
function selectors(css: string): string[] {
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...bare.matchAll(/([^{};]+)\{[^{}]*\}/g)].flatMap((m) => (m[1] ?? '').split(',').map((s) => s.trim()));
}

describe('rootScopedHighlightRules', () => {
  it('gives every highlight rule of the shipped sheet the root as its subject, media blocks and selector lists included', () => {
    const scoped = rootScopedHighlightRules(highlightCss);
    const before = selectors(highlightCss);
    const after = selectors(scoped);
    expect(before.length).toBeGreaterThan(40);
    expect(before.every((s) => s.startsWith('::highlight(backstory-'))).toBe(true);
    expect(after).toEqual(before.map((s) => `html${s}`));
    // The declarations and media queries are untouched.
    expect(scoped.replaceAll('html::highlight(', '::highlight(')).toBe(highlightCss.replace(/\/\*[\s\S]*?\*\//g, ''));
    expect(scoped).toContain('@media (prefers-color-scheme: dark)');
    expect(scoped).toContain('@media (forced-colors: active)');
  });

  it('scopes a minified sheet as the build inlines it', () => {
    expect(rootScopedHighlightRules('::highlight(a){color:red}::highlight(b),::highlight(c){color:blue}@media print{::highlight(d){color:x}}')).toBe(
      'html::highlight(a){color:red}html::highlight(b),html::highlight(c){color:blue}@media print{html::highlight(d){color:x}}',
    );
  });

  it('leaves comments out', () => {
    const css = '/* ::highlight(a) in a comment */\n::highlight(a){color:red}\n  ::highlight(b), ::highlight(c) { color: blue }\n@media print{::highlight(d){color:x}}';
    expect(rootScopedHighlightRules(css)).toBe('\nhtml::highlight(a){color:red}\n  html::highlight(b), html::highlight(c) { color: blue }\n@media print{html::highlight(d){color:x}}');
  });
});
