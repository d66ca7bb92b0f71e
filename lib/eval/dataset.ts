/**
 * The annotated mention sets (mentions-dev.jsonl format): one passage per line with expected
 * spans in CODE-POINT offsets, as the shared scorer defines them.
 */

export type EvalEntity = 'kazakhstan' | 'csto' | 's300';

export interface ExpectedMention {
  entity: string;
  surface?: string;
  count?: number;
  /** adjective, reporting-name, or one of the optional kinds (language, nickname, abbreviation). */
  kind?: string;
  /** [start, end) in Unicode code points. */
  spans: readonly (readonly [number, number])[];
}

export interface ExpectedRecord {
  id: string;
  lang: string;
  source?: string;
  text: string;
  mentions: readonly ExpectedMention[];
}

export interface PredictedMention {
  entity: string;
  /** UTF-16 offsets (JavaScript string indices). */
  start: number;
  end: number;
}

/** Parses JSONL text; throws with the line number on a malformed line (the dev set is ours). */
export function parseExpected(jsonl: string): ExpectedRecord[] {
  const records: ExpectedRecord[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`line ${i + 1}: invalid JSON (${(error as Error).message})`, { cause: error });
    }
    const r = value as Partial<ExpectedRecord>;
    if (typeof r.id !== 'string' || typeof r.text !== 'string' || !Array.isArray(r.mentions)) {
      throw new Error(`line ${i + 1}: expected {"id", "text", "mentions"}`);
    }
    records.push({ id: r.id, lang: typeof r.lang === 'string' ? r.lang : 'und', text: r.text, mentions: r.mentions, ...(r.source ? { source: r.source } : {}) });
  });
  return records;
}
