/**
 * Every positive and negative test string of §6.9 of the team's alias reference
 * (entity-aliases.md, kept with the team's materials outside this repository; the strings are
 * copied into this file), table-driven. A few rows carry a page language where
 * the reference itself gates the alias on it (KTMT on az pages, ЖККУ on ky pages, 哈薩克 in
 * zh-TW), and loose spellings that the reference says need context get a context sentence.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, getCatalogue } from '@/lib/entities';
import { htmlToBlocks } from '../../../lib/cli/support/html-blocks';

const matcher = createMatcher();
const everything = new Set(getCatalogue().entities.map((e) => e.id));
const found = (text: string, lang?: string): string[] =>
  matcher.scan(text, { entities: everything, ...(lang ? { lang } : {}) }).map((m) => m.entity);

const PRECOMPOSED = '\u0915\u095B\u093E\u0959\u0938\u094D\u0924\u093E\u0928';
const DECOMPOSED = '\u0915\u091C\u093C\u093E\u0916\u093C\u0938\u094D\u0924\u093E\u0928';

const positives: readonly (readonly [text: string, entity: string, lang?: string])[] = [
  ['в Казахстане', 'kazakhstan'],
  ['Казахстаном', 'kazakhstan'],
  ['Kazachstanu', 'kazakhstan'],
  ['Kazakistan\u2019ın', 'kazakhstan'],
  ['Qazaqstannyñ', 'kazakhstan'],
  ['Qozog\u2018istonda', 'kazakhstan'],
  ['Qazaxıstandan', 'kazakhstan'],
  ['ყაზახეთის', 'kazakhstan'],
  ['Ղազախստանից', 'kazakhstan'],
  ['لكازاخستان', 'kazakhstan'],
  ['בקזחסטן', 'kazakhstan'],
  [PRECOMPOSED, 'kazakhstan'],
  [DECOMPOSED, 'kazakhstan'],
  ['कजाकिस्तान', 'kazakhstan'],
  ['কাজাখস্তানের', 'kazakhstan'],
  ['哈萨克斯坦', 'kazakhstan'],
  ['哈薩克', 'kazakhstan', 'zh-TW'],
  ['カザフスタンの', 'kazakhstan'],
  ['카자흐스탄에서', 'kazakhstan'],
  ['KAZAKİSTAN', 'kazakhstan'],
  ['Ka\u00ADzakh\u200Bstan', 'kazakhstan'],
  ['Kazakh President Tokayev', 'kazakhstan'],
  ['ОДКБ', 'csto'],
  ['Организации Договора о коллективной безопасности', 'csto'],
  ['l\u2019OTSC', 'csto'],
  ['KGAÖ\u2019ya', 'csto'],
  ['KTMT-nin', 'csto', 'az'],
  ['ՀԱՊԿ-ի', 'csto'],
  ['ЖККУнун', 'csto', 'ky'],
  ['KXShTga', 'csto'],
  ['ҰҚШҰ', 'csto'],
  ['集安组织', 'csto'],
  ['集団安全保障条約機構', 'csto'],
  ['منظمة معاهدة الأمن الجماعي', 'csto'],
  ['सामूहिक सुरक्षा संधि संगठन (सीएसटीओ)', 'csto'],
  ['Collective Security Organization (CSTO)', 'csto'],
  ['S-300', 's300'],
  ['S\u2011300', 's300'],
  ['S\u2013300', 's300'],
  ['S\u2014300', 's300'],
  // "S 300" with a space is a weak spelling (also Mercedes S 300): it needs air-defence context.
  ['the air defence system S\u00A0300', 's300'],
  ['Ｓ－３００', 's300'],
  ['С-300', 's300'],
  ['С-300ПМУ-2', 's300'],
  ['S-300PMU1', 's300'],
  ['S-300 PMU-2', 's300'],
  ['S-300V4', 's300'],
  ['S-300WM', 's300'],
  ['S-300s', 's300'],
  ["S-300'ler", 's300'],
  ['S-300-Raketen', 's300'],
  ['اس-۳۰۰', 's300'],
  ['إس- 300', 's300'],
  ['SA-10 Grumble', 's300'],
  ['SA-20 Gargoyle', 's300'],
  ['ה-S-300', 's300'],
];

const negatives: readonly (readonly [text: string, entity: string])[] = [
  ['Kazakh language', 'kazakhstan'],
  ['қазақ тілі', 'kazakhstan'],
  ['Kazak rug', 'kazakhstan'],
  ['kazak modelleri', 'kazakhstan'],
  ['казак', 'kazakhstan'],
  ['Qazax rayonu', 'kazakhstan'],
  ['Nursultan Nazarbayev', 'astana'],
  ['dGhpcyBpcyBjc3RvIGluIGJhc2U2NCBjc3Rv+CSTO/aW4gYmFzZTY0IENTVE8=', 'csto'],
  ['odkb-csto.org', 'csto'],
  ['ОДКБ №1 Екатеринбург', 'csto'],
  ['ВОДКБ', 'csto'],
  ['OTSC clip', 'csto'],
  ['CSTO (Chief Strategy & Technology Officer)', 'csto'],
  ['集安市', 'csto'],
  ['collective security', 'csto'],
  ['S-3000', 's300'],
  ['S-400', 's300'],
  ['S-30', 's300'],
  ['GS300', 's300'],
  ['Mercedes-Benz S 300 d', 's300'],
  ['Schweizer S-300C', 's300'],
  ['Canon PowerShot S300', 's300'],
  ['Lenovo IdeaPad S300', 's300'],
  ['Coolpix S3000', 's300'],
  ['Mercedes C 300', 's300'],
  ['S. 300', 's300'],
  ['SA20 League', 's300'],
  ['Gladiator', 's300'],
  ['Фаворит', 's300'],
  ['白俄罗斯', 'russia'],
  ['Wit-Rusland', 'russia'],
  ['روسيا البيضاء', 'russia'],
  ['बेलारूस', 'russia'],
  ['Borussia Dortmund', 'russia'],
  ['è nato a Roma', 'nato'],
];

describe('§6.9 positive cases', () => {
  it.each(positives.map(([text, entity, lang]) => ({ text, entity, lang })))('$text → $entity', ({ text, entity, lang }) => {
    expect(found(text, lang)).toContain(entity);
  });
});

describe('§6.9 negative cases', () => {
  it.each(negatives)('%s is not %s', (text, entity) => {
    expect(found(text)).not.toContain(entity);
  });

  it('<option>Kazakhstan</option> is not visible text', () => {
    const { blocks } = htmlToBlocks('<html><body><form><select><option>Kazakhstan</option></select></form><p>Weather today</p></body></html>');
    expect(blocks.flatMap((b) => found(b))).toEqual([]);
  });

  it('"S 300" without air-defence context stays unconfirmed', () => {
    expect(found('S\u00A0300')).toEqual([]);
  });
});
