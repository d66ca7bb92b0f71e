/** NATO: co-mentions and search only. Italian "nato" = born, Spanish "nato" = innate: case-sensitive. */
import type { EntityRecord } from '../../types';

export const nato: EntityRecord = {
  id: 'nato',
  kind: 'organisation',
  highlight: false,
  description: 'North Atlantic Treaty Organization, the Western military alliance.',
  displayNames: { en: 'NATO', ru: 'НАТО', hi: 'नाटो', tl: 'NATO', fr: 'OTAN', zh: '北约' },
  aliases: [
    { lang: 'en', tier: 'abbreviation', forms: ['NATO', 'OTAN'] },
    // Title case "Nato" (German, Italian house style) but not "Nato a Roma" (born in Rome).
    { lang: 'de', tier: 'abbreviation', forms: ['Nato', 'Otan'], vetoes: [{ cues: ['it-born'], where: 'after', gap: 1 }] },
    { lang: 'en', tier: 'name', forms: ['North Atlantic Treaty Organi{z,s}ation', 'North Atlantic Alliance'] },
    { lang: 'ru', tier: 'abbreviation', forms: ['НАТО'] },
    { lang: 'ru', tier: 'name', forms: ['Организаци{я,и,ю,ей} Североатлантического договора'] },
    { lang: 'kk', tier: 'name', forms: ['Солтүстік Атлант шарты ұйымы'] },
    { lang: 'hi', tier: 'name', forms: ['नाटो', 'उत्तर अटलांटिक संधि संगठन'] },
    { lang: 'zh', tier: 'name', forms: ['北约', '北約', '北大西洋公约组织', '北大西洋公約組織'] },
    { lang: 'ar', tier: 'name', forms: ['الناتو', 'حلف شمال الاطلسي'], proclitics: 'ar' },
    { lang: 'fr', tier: 'name', forms: ["Organisation du traité de l'Atlantique nord"] },
    { lang: 'ja', tier: 'name', forms: ['北大西洋条約機構'] },
    { lang: 'ko', tier: 'name', forms: ['나토'] },
    { lang: 'he', tier: 'name', forms: ['נאט"ו'], proclitics: 'he' },
    { lang: 'fa', tier: 'name', forms: ['ناتو'] },
  ],
};
