/**
 * The highlight colours (highlights.css) as the background inserts them into a frame with the
 * second stage (lib/background/page-injection.ts).
 *
 * In Chromium every rule is given the root element as its subject: `html::highlight(…)`, not
 * `::highlight(…)`. Chromium's highlight pseudo-elements inherit from their parent element's
 * (CSS Highlight Inheritance), so one rule on the root colours the whole document, shadow trees
 * included; and a rule whose subject is the root is tried on that element alone, where a bare
 * `::highlight(…)` rule is tried on every element of the page. That matters because inserting
 * the sheet makes Chromium work out the style of the whole document again: with 48 bare rules
 * that pass cost about twice as much as with none (`Document::recalcStyle` on `rferl-en`, median
 * CPU of alternated traced loads: 25.8 ms with bare rules, 17.9 ms scoped to the root, 9.0 ms
 * without the sheet; README "Page-load cost").
 *
 * Firefox (ESR 153) has no highlight inheritance: a rule on the root colours the root's own text
 * only, so there the rules stay as written.
 */

/** `css` with every `::highlight(` that starts a selector given the root element as its subject. */
export function rootScopedHighlightRules(css: string): string {
  // Comments first: nothing in them is a selector, and the frame need not receive them.
  return css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[\s,{}])::highlight\(/g, '$1html::highlight(');
}
