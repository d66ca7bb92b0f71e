/**
 * Belarus: co-mentions and search only. Several of its names contain Russia's (白俄罗斯,
 * Wit-Rusland, روسيا البيضاء, Beyaz Rusya): as aliases here they win over Russia by length.
 */
import type { EntityRecord } from '../../types';

export const belarus: EntityRecord = {
  id: 'belarus',
  kind: 'country',
  highlight: false,
  description: 'Belarus, Russia’s closest ally and a CSTO member.',
  displayNames: { en: 'Belarus', ru: 'Беларусь', hi: 'बेलारूस', tl: 'Belarus', zh: '白俄罗斯' },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['Belarus', 'Byelorussia', 'White Russia'], suffixes: 'en-noun' },
    { lang: 'ru', tier: 'name', forms: ['Беларус~'], suffixes: 'ru-noun-f-soft' },
    { lang: 'ru', tier: 'name', forms: ['Белорусси~'], suffixes: 'ru-noun-f-ija' },
    { lang: 'uk', tier: 'name', forms: ['Білорус{ь,і,сю}'] },
    { lang: 'hi', tier: 'name', forms: ['बेलारूस'] },
    { lang: 'zh', tier: 'name', forms: ['白俄罗斯', '白俄羅斯'] },
    { lang: 'ar', tier: 'name', forms: ['بيلاروس', 'بيلاروسيا', 'روسيا البيضاء'], proclitics: 'ar' },
    { lang: 'fr', tier: 'name', forms: ['Biélorussie', 'Bélarus'] },
    { lang: 'de', tier: 'name', forms: ['Weißrussland', 'Weissrussland'], suffixes: 'de-noun' },
    { lang: 'es', tier: 'name', forms: ['Bielorrusia'] },
    { lang: 'tr', tier: 'name', forms: ['Beyaz Rusya'] },
    { lang: 'nl', tier: 'name', forms: ['Wit-Rusland'] },
    { lang: 'fi', tier: 'name', forms: ['Valko-Venäjä'] },
    { lang: 'pl', tier: 'name', forms: ['Białoruś', 'Białorusi'] },
    { lang: 'it', tier: 'name', forms: ['Bielorussia'] },
    { lang: 'el', tier: 'name', forms: ['Λευκορωσία'] },
    { lang: 'sr', tier: 'name', forms: ['Белорусија'] },
    { lang: 'lt', tier: 'name', forms: ['Baltarusija'] },
    { lang: 'ja', tier: 'name', forms: ['ベラルーシ'] },
    { lang: 'ko', tier: 'name', forms: ['벨라루스'] },
  ],
};
