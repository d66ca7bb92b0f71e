/** South Africa: co-mentions and search only. Never "SA" (also the SA20 cricket league). */
import type { EntityRecord } from '../../types';

export const southAfrica: EntityRecord = {
  id: 'south-africa',
  kind: 'country',
  highlight: false,
  description: 'Republic of South Africa.',
  displayNames: { en: 'South Africa', ru: 'Южно-Африканская Республика', hi: 'दक्षिण अफ़्रीका', tl: 'South Africa' },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['South Africa', 'Republic of South Africa'], suffixes: 'en-noun' },
    { lang: 'tl', tier: 'name', forms: ['Republika ng South Africa', 'Timog Aprika'] },
    { lang: 'ru', tier: 'name', forms: ['Южно-Африканск{ая,ой,ую} Республик{а,и,е,у,ой}', 'Южн{ая,ой,ую} Африк{а,и,е,у,ой}'] },
    { lang: 'ru', tier: 'abbreviation', forms: ['ЮАР'] },
    { lang: 'uk', tier: 'name', forms: ['Південно-Африканська Республіка', 'Південн{а,ої,ій,у} Африк{а,и,і,у}'] },
    { lang: 'uk', tier: 'abbreviation', forms: ['ПАР'] },
    { lang: 'kk', tier: 'name', forms: ['Оңтүстік Африка'] },
    { lang: 'hi', tier: 'name', forms: ['दक्षिण अफ्रीका'] },
    // 东南非 / 西南非 are "south-east / south-west Africa".
    { lang: 'zh', tier: 'name', forms: ['南非'], vetoes: [{ cues: ['zh-compass'], where: 'before', gap: 0 }] },
    { lang: 'ar', tier: 'name', forms: ['جنوب افريقيا'], proclitics: 'ar' },
    { lang: 'fr', tier: 'name', forms: ['Afrique du Sud'] },
    { lang: 'de', tier: 'name', forms: ['Südafrika'], suffixes: 'de-noun' },
    { lang: 'es', tier: 'name', forms: ['Sudáfrica'] },
    { lang: 'tr', tier: 'name', forms: ['Güney Afrika'] },
    { lang: 'ja', tier: 'name', forms: ['南アフリカ'] },
    { lang: 'ko', tier: 'name', forms: ['남아프리카 공화국', '남아공'] },
  ],
};
