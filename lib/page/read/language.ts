/**
 * The language a block is written in, as the page declares it: the nearest `lang` attribute
 * (an empty one meaning "unknown"), else the document's. A block costs one attribute read; what
 * its ancestors declare is remembered for one scan (most blocks share ancestors), so no selector
 * match runs up the tree for each block.
 */
export class BlockLanguages {
  readonly #declared = new Map<Element, string | null>();

  constructor(private readonly documentLanguage: string | undefined) {}

  of(element: Element): string | undefined {
    // The block itself is not remembered: it is asked about once.
    const own = element.getAttribute('lang');
    return (own ?? this.#inherited(element.parentElement)) || this.documentLanguage;
  }

  /** The value of the nearest `lang` attribute on `element` or an ancestor, or null. */
  #inherited(element: Element | null): string | null {
    const path: Element[] = [];
    let found: string | null = null;
    for (let el: Element | null = element; el; el = el.parentElement) {
      const known = this.#declared.get(el);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(el);
      const own = el.getAttribute('lang');
      if (own !== null) {
        found = own;
        break;
      }
    }
    for (const el of path) this.#declared.set(el, found);
    return found;
  }
}
