/**
 * Backstory's home in the page: one `<backstory-card>` element appended to <html> (outside
 * <body>, where page scripts are least likely to look) with a CLOSED shadow root, created when
 * the first card opens — or when the session starts, where mentions are painted privately by
 * the overlay (lib/page/paint/private-overlay.ts), so that its arrival tells the page nothing about
 * what was found. The page's scripts cannot reach inside (`host.shadowRoot` is null for them),
 * page CSS cannot style it, and the card's CSS cannot leak out. Key, input and clipboard events
 * from inside are kept from the page by `installUiShield` (ui-shield.ts); the card's text is not
 * selectable (paint/private-overlay.css says why).
 */
import type { CardView, CardViewProps } from './card-view';

export const HOST_TAG = 'backstory-card';

export class CardHost {
  #host: HTMLElement | null = null;
  #shadow: ShadowRoot | null = null;
  #mount: HTMLElement | null = null;
  #overlay: HTMLElement | null = null;
  /** The card interface whose stylesheet the shadow root has adopted (stage 2, see card-ui.ts). */
  #ui: CardView | null = null;
  readonly #doc: Document;
  readonly #css: string;

  /**
   * `css`: the rules the host needs before any card (the private overlay's); the card's own come
   * with its interface (the second stage: card-ui.ts, ui-loader.ts).
   */
  constructor(doc: Document, css: string) {
    this.#doc = doc;
    this.#css = css;
  }

  /** The host element, once created. */
  get element(): HTMLElement | null {
    return this.#host;
  }

  /** The closed shadow root, once created (only Backstory holds it). */
  get root(): ShadowRoot | null {
    return this.#shadow;
  }

  /** The positioned box that holds the card inside the shadow root. */
  get box(): HTMLElement | null {
    return this.#mount;
  }

  /** The layer under the card where the private overlay draws (created with the host). */
  overlayLayer(): HTMLElement {
    this.#ensure();
    return this.#overlay as HTMLElement;
  }

  /** Creates the host now (see the module comment for when). */
  attach(): void {
    this.#ensure();
  }

  #ensure(): HTMLElement {
    if (this.#mount && this.#host?.isConnected) return this.#mount;
    const host = this.#doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'closed' });
    if (this.#css !== '') adoptStyles(shadow, this.#css);
    const overlay = this.#doc.createElement('div');
    overlay.className = 'bs-overlay';
    const root = this.#doc.createElement('div');
    root.className = 'bs-root';
    const box = this.#doc.createElement('div');
    box.className = 'floating';
    box.hidden = true;
    root.append(box);
    shadow.append(overlay, root);
    this.#doc.documentElement.append(host);
    this.#host = host;
    this.#shadow = shadow;
    this.#mount = box;
    this.#overlay = overlay;
    return box;
  }

  /** Draws a card with the card interface `ui` (the second stage) and shows it. */
  show(ui: CardView, props: CardViewProps): HTMLElement {
    const box = this.#ensure();
    if (this.#ui !== ui && this.#shadow) adoptStyles(this.#shadow, ui.css);
    this.#ui = ui;
    ui.show(box, props);
    box.hidden = false;
    return box;
  }

  hide(): void {
    if (!this.#mount) return;
    this.#ui?.clear(this.#mount);
    this.#mount.hidden = true;
  }

  get visible(): boolean {
    return !!this.#mount && !this.#mount.hidden;
  }

  /** Whether an event happened inside our UI (events from a shadow tree are retargeted to the host). */
  containsEvent(event: Event): boolean {
    return !!this.#host && event.composedPath().includes(this.#host);
  }

  destroy(): void {
    this.hide();
    this.#host?.remove();
    this.#host = null;
    this.#shadow = null;
    this.#mount = null;
    this.#overlay = null;
    this.#ui = null;
  }
}

/**
 * Styles through a constructed stylesheet (not subject to the page's CSP for inline styles);
 * a <style> inside the shadow root where constructed sheets are unavailable.
 */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  const win = shadow.ownerDocument.defaultView;
  try {
    if (win && 'adoptedStyleSheets' in shadow) {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // fall through to a <style> element inside our own shadow tree
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
