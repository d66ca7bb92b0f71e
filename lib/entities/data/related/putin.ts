/** Vladimir Putin: co-mentions and search only. Russian "путина" (fishing season) and French "poutine" (the dish) are why the surnames are case-sensitive. */
import type { EntityRecord } from '../../types';

export const putin: EntityRecord = {
  id: 'putin',
  kind: 'person',
  highlight: false,
  description: 'Vladimir Putin, President of Russia.',
  displayNames: { en: 'Vladimir Putin', ru: 'Владимир Путин', hi: 'व्लादिमीर पुतिन', tl: 'Vladimir Putin', zh: '普京', ar: 'فلاديمير بوتين' },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['Vladimir Putin', 'Wladimir Putin', 'Vladímir Putin'] },
    { lang: 'en', tier: 'name', forms: ['Putin'], caseSensitive: true },
    { lang: 'fr', tier: 'name', forms: ['Vladimir Poutine', 'Poutine'], caseSensitive: true },
    { lang: 'ru', tier: 'name', forms: ['Путин'], suffixes: 'ru-surname', caseSensitive: true },
    { lang: 'ru', tier: 'name', forms: ['Владимир{,а,у,ом,е} Путин{,а,у,ым,е}'] },
    { lang: 'uk', tier: 'name', forms: ['Путін'], suffixes: 'uk-surname', caseSensitive: true },
    { lang: 'kk', tier: 'name', forms: ['Путин{нің,ге,мен,ді}'], caseSensitive: true },
    { lang: 'hi', tier: 'name', forms: ['पुतिन', 'व्लादिमीर पुतिन'] },
    { lang: 'zh', tier: 'name', forms: ['普京', '普丁'] },
    { lang: 'ar', tier: 'name', forms: ['بوتين', 'فلاديمير بوتين'], proclitics: 'ar' },
    { lang: 'ja', tier: 'name', forms: ['プーチン'] },
    { lang: 'ko', tier: 'name', forms: ['푸틴'] },
    { lang: 'he', tier: 'name', forms: ['פוטין'], proclitics: 'he' },
  ],
};
