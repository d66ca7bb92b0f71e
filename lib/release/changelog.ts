/**
 * The changelog (lib/release/CHANGELOG.md) read as data: one entry per "## <version>" heading,
 * its "- " lines as items. Shown as text, never as markup.
 */
export interface ChangelogEntry {
  version: string;
  items: string[];
}

export function parseChangelog(markdown: string): ChangelogEntry[] {
  const entries: ChangelogEntry[] = [];
  let current: ChangelogEntry | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^##\s+\[?([0-9][^\]\s]*)\]?/.exec(line);
    if (heading?.[1]) entries.push((current = { version: heading[1], items: [] }));
    else if (current && /^[-*]\s+/.test(line)) current.items.push(line.replace(/^[-*]\s+/, '').trim());
    else if (current && /^\s+\S/.test(line) && current.items.length) current.items[current.items.length - 1] += ` ${line.trim()}`;
  }
  return entries;
}

export function entryFor(markdown: string, version: string): ChangelogEntry | null {
  return parseChangelog(markdown).find((entry) => entry.version === version) ?? null;
}
