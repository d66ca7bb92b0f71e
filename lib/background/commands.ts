/**
 * Keyboard commands from the manifest (rebindable in the browser's shortcut settings): jump to
 * the next or previous mention on the active tab and open its card.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '@/lib/messages/send';

export const COMMANDS = {
  'next-mention': 1,
  'previous-mention': -1,
} as const;

export type CommandName = keyof typeof COMMANDS;

export async function runCommand(command: string): Promise<void> {
  if (!(command in COMMANDS)) return;
  const direction = COMMANDS[command as CommandName];
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await sendToTab(tab.id, 'stepMention', { direction });
}
