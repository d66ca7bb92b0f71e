/** Russia: co-mentions and search only. Belarus names that contain Russia's are Belarus aliases (longer match wins). */
import type { EntityRecord } from '../../types';

export const russia: EntityRecord = {
  id: 'russia',
  kind: 'country',
  highlight: false,
  description: 'Russian Federation; leads the CSTO and makes the S-300.',
  displayNames: { en: 'Russia', ru: 'Россия', hi: 'रूस', tl: 'Russia', kk: 'Ресей', zh: '俄罗斯', ar: 'روسيا' },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['Russia', 'Russian Federation'], suffixes: 'en-noun' },
    { lang: 'en', tier: 'adjective', forms: ['Russian'], form: 'adjective' },
    { lang: 'ru', tier: 'name', forms: ['Росси~'], suffixes: 'ru-noun-f-ija' },
    { lang: 'ru', tier: 'name', forms: ['Российск{ая,ой,ую} Федераци{я,и,ю,ей}'] },
    { lang: 'ru', tier: 'abbreviation', forms: ['РФ'] },
    { lang: 'ru', tier: 'adjective', forms: ['российск'], suffixes: 'ru-adj' },
    { lang: 'uk', tier: 'name', forms: ['Росі~'], suffixes: 'uk-noun-f-ija' },
    { lang: 'kk', tier: 'name', forms: ['Ресей{,дің,ге,де,ден,мен}', 'Ресей Федерациясы'] },
    { lang: 'hi', tier: 'name', forms: ['रूस'] },
    { lang: 'hi', tier: 'adjective', forms: ['रूसी'], form: 'adjective' },
    { lang: 'tl', tier: 'name', forms: ['Rusya'] },
    { lang: 'zh', tier: 'name', forms: ['俄罗斯', '俄羅斯', '俄国', '俄國'] },
    { lang: 'ar', tier: 'name', forms: ['روسيا', 'روسيا الاتحادية'], proclitics: 'ar' },
    { lang: 'fa', tier: 'name', forms: ['روسيه', 'روس'] },
    { lang: 'fr', tier: 'name', forms: ['Russie'] },
    { lang: 'de', tier: 'name', forms: ['Russland', 'Rußland'], suffixes: 'de-noun' },
    { lang: 'es', tier: 'name', forms: ['Rusia'] },
    { lang: 'tr', tier: 'name', forms: ['Rusya', 'Rusya Federasyonu'] },
    { lang: 'pl', tier: 'name', forms: ['Rosj{a,i,ę,ą}'] },
    { lang: 'ja', tier: 'name', forms: ['ロシア'] },
    { lang: 'ko', tier: 'name', forms: ['러시아'] },
    { lang: 'he', tier: 'name', forms: ['רוסיה'], proclitics: 'he' },
  ],
};
