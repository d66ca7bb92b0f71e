/** The store listing (lib/release/store-listing.md) read by section: "## Name" → its text. */
export function listingSections(markdown: string): Map<string, string> {
  const sections = new Map<string, string>();
  let name: string | null = null;
  let lines: string[] = [];
  const flush = () => name !== null && sections.set(name, lines.join('\n').trim());
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^##\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      name = heading[1]?.trim() ?? '';
      lines = [];
    } else lines.push(line);
  }
  flush();
  return sections;
}
