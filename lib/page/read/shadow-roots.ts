/**
 * The open shadow roots a scan has met. Each is watched for changes, handed to hit-testing (the
 * caret APIs only look inside the shadow roots they are given) and, where the browser needs it,
 * given the highlight colours: Firefox does not apply the document's `::highlight()` rules
 * inside shadow trees, so there the rules are adopted by the shadow root as a constructed
 * stylesheet — no element enters the page's tree, and the sheet is withdrawn when Backstory stops.
 */
export interface ShadowRootsOptions {
  /** Called once for each new root (to observe it). */
  onNew(root: ShadowRoot): void;
  /** The highlight rules, when they must be adopted by each root; null where the document's reach. */
  highlightCss: string | null;
  /** Told when a root cannot take the rules (kept for diagnostics: nothing goes to the page's console). */
  onFailure?(message: string): void;
}

export class ShadowRoots {
  readonly #roots = new Set<ShadowRoot>();
  #sheet: CSSStyleSheet | null = null;

  readonly #options: ShadowRootsOptions;

  constructor(
    options: ShadowRootsOptions,
    signal: AbortSignal,
  ) {
    this.#options = options;
    signal.addEventListener('abort', () => this.#release(), { once: true });
  }

  add(root: ShadowRoot): void {
    if (this.#roots.has(root)) return;
    this.#roots.add(root);
    this.#options.onNew(root);
    if (this.#options.highlightCss !== null) this.#adoptStyles(root, this.#options.highlightCss);
  }

  /** The roots whose hosts are still in the document. */
  list(): ShadowRoot[] {
    for (const root of this.#roots) if (!root.host.isConnected) this.#roots.delete(root);
    return [...this.#roots];
  }

  #adoptStyles(root: ShadowRoot, css: string): void {
    try {
      if (!this.#sheet) {
        this.#sheet = new CSSStyleSheet();
        this.#sheet.replaceSync(css);
      }
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    } catch (error) {
      // The text is still found and counted; it is only not painted inside this component.
      this.#options.onFailure?.(`cannot colour mentions inside a web component: ${String(error)}`);
    }
  }

  #release(): void {
    const sheet = this.#sheet;
    for (const root of this.#roots) {
      if (sheet && root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    this.#roots.clear();
  }
}
