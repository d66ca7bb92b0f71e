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
      addSheet(root, this.#sheet);
    } catch (error) {
      // The text is still found and counted; it is only not painted inside this component.
      this.#options.onFailure?.(`cannot colour mentions inside a web component: ${String(error)}`);
    }
  }

  #release(): void {
    const sheet = this.#sheet;
    if (sheet) {
      for (const root of this.#roots) {
        try {
          removeSheet(root, sheet);
        } catch {
          // A page that broke its own list keeps a sheet of colours no highlight uses any more.
        }
      }
    }
    this.#roots.clear();
  }
}

/*
 * A shadow root's `adoptedStyleSheets` as a content script sees it: an array to spread in Chromium
 * and Firefox 153; in Firefox ESR 140 an observable array that the content script's wrapper leaves
 * opaque (not iterable, no length, no methods), reached there through the page's own view of the
 * root (`wrappedJSObject`). A sheet is a DOM object, the same on both sides, and the page could
 * already read it in the list; the page's own sheets stay in place either way. Its `push` and
 * `splice` are the page's: a page that replaced them learns only of that sheet, and a throw is
 * caught (noted like any root that cannot take the sheet; on release, left).
 */
function opaqueSheets(root: ShadowRoot): ShadowRoot['adoptedStyleSheets'] | null {
  if (Symbol.iterator in root.adoptedStyleSheets) return null;
  return (root as { wrappedJSObject?: ShadowRoot }).wrappedJSObject?.adoptedStyleSheets ?? null;
}

function addSheet(root: ShadowRoot, sheet: CSSStyleSheet): void {
  const pageList = opaqueSheets(root);
  if (pageList) pageList.push(sheet);
  else root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

function removeSheet(root: ShadowRoot, sheet: CSSStyleSheet): void {
  const pageList = opaqueSheets(root);
  if (pageList) {
    for (let i = pageList.length - 1; i >= 0; i--) if (pageList[i] === sheet) pageList.splice(i, 1);
  } else if (root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
