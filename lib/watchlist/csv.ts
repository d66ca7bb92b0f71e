/**
 * The watchlist as CSV, for a desk to share in a spreadsheet: one row per alias.
 *
 *   entity,kind,description,alias,language,tier,state
 *   Olzhas Bektenov,person,Prime Minister of Kazakhstan,Bektenov,en,name,
 *   builtin:csto,,,CSTO,en,abbreviation,off
 *
 * `entity` is the name of one of your entities, or `builtin:<id>` for a built-in one; `kind`
 * and `description` are read from an entity's first row that has them; `state` is empty (or
 * `on`) for an alias, `off` to switch a built-in alias off (written as the catalogue writes it).
 * Parsing and quoting are papaparse's; formulas are escaped on export ('=…) and unescaped here.
 * Every bad row is reported by its number (the header is row 1), and a file with a bad row
 * imports nothing.
 */
import Papa from 'papaparse';
import type { EntityId, Tier } from '@/lib/entities/types';
import { builtInAliasKey } from './catalogue';
import type { WatchlistPart } from './merge';
import {
  isLanguageTag, MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, USER_KINDS, USER_TIERS, userEntityId,
  type UserEntity, type UserKind, type UserTier, type Watchlist,
} from './schema';

export const CSV_COLUMNS = ['entity', 'kind', 'description', 'alias', 'language', 'tier', 'state'] as const;
const REQUIRED = ['entity', 'alias', 'language', 'tier'] as const;
export const BUILTIN_PREFIX = 'builtin:';

export type CsvProblem =
  | { code: 'noHeader'; missing: string[] }
  | { code: 'empty' }
  | { code: 'unknownBuiltIn'; entity: string }
  | { code: 'kind'; value: string }
  | { code: 'tier'; value: string }
  | { code: 'language'; value: string }
  | { code: 'state'; value: string }
  | { code: 'offOwn' }
  | { code: 'noEntity' }
  | { code: 'noAlias' }
  | { code: 'tooLong' };

export interface CsvRowError {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  problem: CsvProblem;
}

export type CsvResult = { ok: true; part: WatchlistPart; rows: Map<string, number[]> } | { ok: false; errors: CsvRowError[] };

/** Undoes the export's formula escape: a quote before = + - @ tab or carriage return. */
function unescape(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * Parses a watchlist CSV. `builtIns` are the ids of the built-in entities. On success, `rows`
 * tells for each entity id (user or built-in) which rows it came from, so a later check (an
 * alias taken) can name the rows too.
 */
export function parseWatchlistCsv(text: string, builtIns: ReadonlySet<EntityId>): CsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false, delimiter: ',' });
  const records = parsed.data;
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length > 0) return { ok: false, errors: [{ row: 1, problem: { code: 'noHeader', missing } }] };
  const column = (record: readonly string[], name: (typeof CSV_COLUMNS)[number]) => {
    const at = header.indexOf(name);
    return at < 0 ? '' : unescape(record[at] ?? '').trim();
  };
  const errors: CsvRowError[] = [];
  const entities = new Map<string, UserEntity>();
  const builtIn: WatchlistPart['builtIn'] = {};
  const rows = new Map<string, number[]>();
  const ids = new Set<EntityId>();
  let content = 0;
  records.slice(1).forEach((record, i) => {
    const row = i + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    content++;
    const fail = (problem: CsvProblem) => errors.push({ row, problem });
    const entity = column(record, 'entity');
    const alias = column(record, 'alias');
    const lang = column(record, 'language');
    const tier = column(record, 'tier').toLowerCase();
    const state = column(record, 'state').toLowerCase();
    const kind = column(record, 'kind').toLowerCase().replace(/\s+/g, '-');
    const description = column(record, 'description');
    if (entity === '') return fail({ code: 'noEntity' });
    if (alias === '') return fail({ code: 'noAlias' });
    if (state !== '' && state !== 'on' && state !== 'off') return fail({ code: 'state', value: state });
    // A built-in alias switched off may be a weak one; yours are never weak.
    const tiers: readonly string[] = state === 'off' ? [...USER_TIERS, 'weak'] : USER_TIERS;
    if (!tiers.includes(tier)) return fail({ code: 'tier', value: tier });
    if (!isLanguageTag(lang)) return fail({ code: 'language', value: lang });
    if (kind !== '' && !(USER_KINDS as readonly string[]).includes(kind)) return fail({ code: 'kind', value: kind });
    if (entity.length > MAX_NAME_LENGTH || description.length > MAX_DESCRIPTION_LENGTH) return fail({ code: 'tooLong' });
    const aliasValue = { text: alias, lang, tier: tier as UserTier };
    if (entity.toLowerCase().startsWith(BUILTIN_PREFIX)) {
      const id = entity.slice(BUILTIN_PREFIX.length).trim();
      if (!builtIns.has(id)) return fail({ code: 'unknownBuiltIn', entity: id });
      const changes = (builtIn[id] ??= { added: [], off: [] });
      if (state === 'off') changes.off.push(builtInAliasKey({ lang, tier: tier as Tier }, alias));
      else changes.added.push(aliasValue);
      rows.set(id, [...(rows.get(id) ?? []), row]);
      return;
    }
    if (state === 'off') return fail({ code: 'offOwn' });
    const key = entity.toLowerCase();
    let own = entities.get(key);
    if (!own) {
      own = { id: userEntityId(entity, ids), name: entity, kind: 'other', description: '', aliases: [] };
      entities.set(key, own);
      ids.add(own.id);
    }
    if (kind !== '' && own.kind === 'other') own.kind = kind as UserKind;
    if (description !== '' && own.description === '') own.description = description;
    own.aliases.push(aliasValue);
    rows.set(own.id, [...(rows.get(own.id) ?? []), row]);
  });
  if (errors.length > 0) return { ok: false, errors };
  if (content === 0) return { ok: false, errors: [{ row: 2, problem: { code: 'empty' } }] };
  return { ok: true, part: { entities: [...entities.values()], builtIn }, rows };
}

/** Your entities and your changes to built-in ones, as CSV (RFC 4180, formulas escaped). */
export function watchlistToCsv(watchlist: Watchlist): string {
  const data: string[][] = [];
  for (const e of watchlist.entities) {
    e.aliases.forEach((a, i) => data.push([e.name, i === 0 ? e.kind : '', i === 0 ? e.description : '', a.text, a.lang, a.tier, '']));
  }
  for (const [id, changes] of Object.entries(watchlist.builtIn)) {
    for (const a of changes.added) data.push([`${BUILTIN_PREFIX}${id}`, '', '', a.text, a.lang, a.tier, '']);
    for (const key of changes.off) {
      const [lang = '', tier = '', written = ''] = key.split('\u0001');
      data.push([`${BUILTIN_PREFIX}${id}`, '', '', written, lang, tier, 'off']);
    }
  }
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { escapeFormulae: true, newline: '\r\n' });
}
