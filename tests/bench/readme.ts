/** Rewrites what lies between the README's benchmark markers, and nothing else. */
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function replaceBetweenMarkers(text: string, content: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} … ${END}`);
  return `${text.slice(0, start + START.length)}\n${content.trim()}\n${text.slice(end)}`;
}

export function updateReadme(path: string, content: string): void {
  writeFileSync(path, replaceBetweenMarkers(readFileSync(path, 'utf8'), content));
}
