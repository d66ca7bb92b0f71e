/** The keyboard shortcuts as the browser has bound them (the user may have changed or cleared them). */
import { browser } from 'wxt/browser';

export interface BoundShortcut {
  name: string;
  description: string;
  /** '' when the user (or a clash with another extension) left the command without keys. */
  shortcut: string;
}

export async function boundShortcuts(): Promise<BoundShortcut[]> {
  const commands = await browser.commands.getAll();
  return commands
    .filter((c) => c.name && c.name !== '_execute_action')
    .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' }));
}

/** "Alt+Shift+K" → ["Alt", "Shift", "K"] (macOS symbols such as "⌥⇧K" stay one key each). */
export function keysOf(shortcut: string): string[] {
  if (shortcut.includes('+')) return shortcut.split('+').filter(Boolean);
  return [...shortcut];
}
