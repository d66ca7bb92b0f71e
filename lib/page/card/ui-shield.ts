/**
 * Keeps what the reader does inside Backstory's UI (the card in its closed shadow root) from the
 * page's scripts. Key, input, composition, clipboard, selection-start and drag events are
 * composed: they cross the shadow boundary and reach the page's listeners on `window` and
 * `document` (retargeted to the host, but with `key`, `data` and `clipboardData` intact), so a
 * page could log what the reader types or copies in the card.
 *
 * The shield listens on `window` in the capture phase from the content script's start
 * (document_start, before any page script has run, so its listener is the first of all). For an
 * event from inside our UI it stops the event there — no page listener sees it — and dispatches
 * a copy that is not composed at the same place inside the shadow root, so the card's own
 * handlers still run; a copy whose default its handlers prevent prevents the original's. Default
 * actions (typing, Tab, Enter on a button, copying a selection) belong to the original event and
 * are left alone.
 */
const SHIELDED = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'textInput',
  'compositionstart', 'compositionupdate', 'compositionend',
  'copy', 'cut', 'paste', 'select', 'selectstart', 'dragstart', 'drag', 'dragend',
] as const;

export interface ShieldedUi {
  containsEvent(event: Event): boolean;
  readonly root: ShadowRoot | null;
}

export function installUiShield(ui: ShieldedUi, win: Window, signal: AbortSignal): void {
  let dispatching = false;
  const intercept = (event: Event) => {
    if (dispatching) return; // our own copy, on its way to the card's handlers
    // Not only trusted events: automation (WebDriver BiDi in Firefox) delivers untrusted ones, and a
    // page's synthetic event aimed at our host is as much our business as a real one.
    if (!ui.containsEvent(event)) return;
    event.stopImmediatePropagation();
    const root = ui.root;
    if (!root) return;
    const copy = copyOf(event);
    dispatching = true;
    try {
      (root.activeElement ?? root).dispatchEvent(copy);
    } finally {
      dispatching = false;
    }
    if (copy.defaultPrevented && event.cancelable) event.preventDefault();
  };
  for (const type of SHIELDED) win.addEventListener(type, intercept, { capture: true, signal });
}

/**
 * The same event, not composed (it stays inside the shadow root): a plain Event carrying the
 * original's key and input fields. Not a KeyboardEvent: in Firefox ESR 153 a KeyboardEvent built
 * by a content script came out composed whatever its init said, and a composed copy reached the
 * page (found by tests/e2e/hostile-page.e2e.ts).
 */
export function copyOf(event: Event): Event {
  const copy = new Event(event.type, { bubbles: event.bubbles, cancelable: event.cancelable, composed: false });
  const source = event as Partial<KeyboardEvent & InputEvent & ClipboardEvent>;
  const fields: PropertyDescriptorMap = {};
  for (const name of ['key', 'code', 'location', 'repeat', 'isComposing', 'ctrlKey', 'shiftKey', 'altKey', 'metaKey', 'data', 'inputType', 'clipboardData'] as const) {
    if (name in event) fields[name] = { value: source[name], enumerable: true };
  }
  Object.defineProperties(copy, fields);
  return copy;
}
