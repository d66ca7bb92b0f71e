/**
 * The card's home in the page: one `<backstory-card>` element with an open shadow root, created
 * only when the first card opens and appended to <html> (outside <body>, where page scripts are
 * least likely to look). Page CSS cannot reach inside; the card's CSS cannot leak out.
 */
import type { CardUi, CardViewProps } from './card-ui';

export const HOST_TAG = 'backstory-card';

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  /** The host element, once created. */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** The positioned box that holds the card inside the shadow root. */
  get box(): HTMLElement | null {
    return this.mount;
  }

  private ui: CardUi | null = null;

  private ensure(ui: CardUi): HTMLElement {
    if (this.mount && this.host?.isConnected) return this.mount;
    const host = this.doc.createElement(HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, ui.css);
    const root = this.doc.createElement('div');
    root.className = 'bs-root';
    const box = this.doc.createElement('div');
    box.className = 'floating';
    box.hidden = true;
    root.append(box);
    shadow.append(root);
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = box;
    return box;
  }

  /** Draws a card with the card interface `ui` (the second stage) and shows it. */
  show(ui: CardUi, props: CardViewProps): HTMLElement {
    const box = this.ensure(ui);
    this.ui = ui;
    ui.show(box, props);
    box.hidden = false;
    return box;
  }

  hide(): void {
    if (!this.mount) return;
    this.ui?.clear(this.mount);
    this.mount.hidden = true;
  }

  get visible(): boolean {
    return !!this.mount && !this.mount.hidden;
  }

  /** Whether an event happened inside the card (events from a shadow tree are retargeted). */
  containsEvent(event: Event): boolean {
    return !!this.host && event.composedPath().includes(this.host);
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
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
      shadow.adoptedStyleSheets = [sheet];
      return;
    }
  } catch {
    // fall through to a <style> element inside our own shadow tree
  }
  const style = shadow.ownerDocument.createElement('style');
  style.textContent = css;
  shadow.append(style);
}
