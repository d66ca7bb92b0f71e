/**
 * The catalogue is data: this test is its schema. Every alias must already be in normalised form
 * (a fixed point of normaliseForMatch), every reference must resolve, and the entities the
 * issue and the seed documents name must be there with the fields the UI needs.
 */
import { describe, expect, it } from 'vitest';
import { getCatalogue } from '@/lib/entities';
import { compileCatalogue } from '@/lib/entities/compile/compile';
import { expandBraces, expandGroup } from '@/lib/entities/compile/expand';
import type { ContextRule, EntityKind, Tier } from '@/lib/entities/types';
import { foldForMatch, normaliseForMatch } from '@/lib/text/normalise';

const catalogue = getCatalogue();
const TIERS: readonly Tier[] = ['name', 'abbreviation', 'adjective', 'weak'];
const KINDS: readonly EntityKind[] = ['country', 'organisation', 'weapon-system', 'person', 'city'];
const WATCHED = { kazakhstan: 'country', csto: 'organisation', s300: 'weapon-system' } as const;
const RELATED: Readonly<Record<string, EntityKind>> = {
  russia: 'country', ukraine: 'country', israel: 'country', 'south-africa': 'country', belarus: 'country',
  nato: 'organisation', putin: 'person', tokayev: 'person', kyiv: 'city', astana: 'city', moscow: 'city',
};

const isLanguageTag = (tag: string): boolean => {
  try {
    return tag === 'und' || Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
};

function cueIdsOf(rule: ContextRule): string[] {
  const conditions = 'all' in rule ? rule.all : [rule];
  return conditions.flatMap((c) => ('cues' in c ? [...c.cues] : []));
}

describe('catalogue schema', () => {
  it('has unique ids, the watched entities highlighted and the related ones not', () => {
    const ids = catalogue.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [id, kind] of Object.entries(WATCHED)) {
      const entity = catalogue.entities.find((e) => e.id === id);
      expect(entity?.kind).toBe(kind);
      expect(entity?.highlight).toBe(true);
    }
    for (const [id, kind] of Object.entries(RELATED)) {
      const entity = catalogue.entities.find((e) => e.id === id);
      expect(entity?.kind, id).toBe(kind);
      expect(entity?.highlight, id).toBe(false);
    }
  });

  it.each(catalogue.entities.map((e) => [e.id, e] as const))('%s: kind, description and display names', (_, entity) => {
    expect(KINDS).toContain(entity.kind);
    expect(entity.description.length).toBeGreaterThan(10);
    expect(entity.description.length).toBeLessThan(200);
    expect(entity.description).not.toMatch(/\n/);
    for (const lang of ['en', 'ru', 'hi', 'tl']) expect(entity.displayNames[lang], `${entity.id} ${lang}`).toBeTruthy();
    expect(entity.aliases.length).toBeGreaterThan(0);
  });

  it.each(catalogue.entities.map((e) => [e.id, e] as const))('%s: alias groups are well formed', (_, entity) => {
    for (const group of entity.aliases) {
      const where = `${entity.id} ${group.lang} ${group.forms[0]}`;
      expect(isLanguageTag(group.lang), where).toBe(true);
      expect(TIERS, where).toContain(group.tier);
      expect(group.forms.length, where).toBeGreaterThan(0);
      if (group.suffixes !== undefined) expect(catalogue.suffixSets[group.suffixes], where).toBeDefined();
      for (const lang of group.pageLangs?.langs ?? []) expect(lang, where).toMatch(/^[a-z]{2,3}$/);
      for (const rule of [...(group.vetoes ?? []), ...(group.needs ?? [])]) {
        for (const cue of cueIdsOf(rule)) {
          if (cue.startsWith('entity:')) expect(catalogue.entities.map((e) => e.id), where).toContain(cue.slice(7));
          else expect(Object.keys(catalogue.cues), where).toContain(cue);
        }
      }
    }
  });

  it('writes every alias form already normalised (a fixed point of the pipeline)', () => {
    const offenders: string[] = [];
    for (const entity of catalogue.entities) {
      for (const group of entity.aliases) {
        for (const form of expandGroup(group, catalogue.suffixSets)) {
          if (form.text.includes('~') || form.text.includes('{') || form.text.trim() !== form.text || form.text === '') offenders.push(`notation: ${form.text}`);
          if (normaliseForMatch(form.text) !== form.text) offenders.push(`${entity.id}/${group.lang}: ${JSON.stringify(form.text)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('writes cue words normalised too', () => {
    const offenders = Object.entries(catalogue.cues).flatMap(([id, list]) =>
      Object.values(list.forms)
        .flat()
        .flatMap(expandBraces)
        .map((f) => f.replace(/\*$/, ''))
        .filter((f) => normaliseForMatch(f) !== f || f.length === 0)
        .map((f) => `${id}: ${f}`),
    );
    expect(offenders).toEqual([]);
  });

  it('labels every inflection, with one label per distinct ending', () => {
    for (const [id, set] of Object.entries(catalogue.suffixSets)) {
      expect(isLanguageTag(set.lang), id).toBe(true);
      expect(set.endings.length, id).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const [suffix, label] of set.endings) {
        expect(seen.has(suffix), `${id}: duplicate ${suffix}`).toBe(false);
        seen.add(suffix);
        if (suffix !== '') expect(label.length, `${id}: ${suffix}`).toBeGreaterThan(0);
        expect(normaliseForMatch(suffix), `${id}: ${suffix}`).toBe(suffix);
      }
    }
  });

  it('never gives two entities the same surface form', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entity of catalogue.entities) {
      for (const group of entity.aliases) {
        for (const form of expandGroup(group, catalogue.suffixSets)) {
          const key = foldForMatch(form.text);
          const previous = owner.get(key);
          if (previous !== undefined && previous !== entity.id) clashes.push(`${key}: ${previous} / ${entity.id}`);
          owner.set(key, entity.id);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('compiles (every cue and entity reference resolves)', () => {
    const compiled = compileCatalogue(catalogue);
    expect(compiled.entityIds).toEqual(catalogue.entities.map((e) => e.id));
    expect(compiled.entries.length).toBeGreaterThan(100);
  });

  it('includes the forms of the seed documents', () => {
    const forms = (id: string): string[] =>
      catalogue.entities.find((e) => e.id === id)?.aliases.flatMap((g) => expandGroup(g, catalogue.suffixSets).map((f) => f.text)) ?? [];
    expect(forms('tokayev')).toEqual(expect.arrayContaining(['टोकायव', 'टोकायेव', 'टोकयव', 'टोकयेव', 'तोकायेव', 'Tokayev']));
    expect(forms('moscow')).toEqual(expect.arrayContaining(['मास्को', 'Moscow']));
    expect(forms('russia')).toContain('रूस');
    expect(forms('putin')).toContain('पुतिन');
    expect(forms('ukraine')).toContain('यूक्रेन');
    expect(forms('belarus')).toContain('बेलारूस');
    expect(forms('kyiv')).toContain('Kiev');
    expect(forms('astana')).toContain('Astana');
    expect(forms('south-africa')).toContain('Republika ng South Africa');
    expect(forms('nato')).toContain('NATO');
    expect(forms('csto')).toEqual(expect.arrayContaining(['CIS Collective Security Organization', 'सीएसटीओ', 'सामूहिक सुरक्षा संधि संगठन']));
    expect(forms('kazakhstan')).toEqual(expect.arrayContaining(['कजाखस्तान', 'कजाकिस्तान', 'Kazakhstan', 'Kazakh']));
  });
});
