/**
 * Cue words for the context rules (vetoes and corroboration), by language. They go into the same
 * tries as the aliases, so finding them costs nothing extra. Written normalised, like aliases; a
 * trailing * makes a form a word prefix (язык* for язык, языка, языке…).
 */
import type { CueList } from '../types';

export const cues: Readonly<Record<string, CueList>> = {
  /** A language, not a country: "Kazakh language", "казахский язык", "język kazachski". */
  language: {
    forms: {
      en: ['language*', 'speaking*', 'speaker*', 'alphabet*', 'script*', 'translation*', 'dialect*', 'grammar*', 'keyboard*', 'word*', 'locale*'],
      ru: ['язык*', 'алфавит*', 'перевод*', 'латиниц*', 'кириллиц*'],
      uk: ['мов*', 'абетк*'],
      de: ['sprache*', 'sprachig*'],
      fr: ['langue*'],
      es: ['idioma*', 'lengua*'],
      it: ['lingua*'],
      pt: ['língua*', 'idioma*'],
      pl: ['język*'],
      cs: ['jazyk*'],
      hu: ['nyelv*'],
      tr: ['dil*'],
      az: ['dil*'],
      kk: ['тіл*'],
      ky: ['тил*'],
      uz: ['til*'],
      ro: ['limb*'],
      sr: ['jezik*', 'језик*'],
      et: ['keel*'],
      fi: ['kiel*'],
      nl: ['taal*'],
      sv: ['språk*'],
      el: ['γλώσσα*'],
      hi: ['भाषा*'],
      bn: ['ভাষা*'],
      ar: ['اللغة*', 'لغة*', 'باللغة*'],
      he: ['שפה*', 'בשפה*'],
    },
  },
  /**
   * Longer words that start with an alias but name the language, a khanate or an autonomous
   * region (scripts without spaces, suffixing languages). Not the people (カザフ人, 哈萨克族): the
   * people are a mention, as in every other language.
   */
  'language-word': {
    forms: {
      // 伊犁哈萨克自治州: the Kazakh autonomous prefecture in Xinjiang, China.
      zh: ['哈萨克{语,文,汗,自治}', '哈薩克{語,文,汗,自治}'],
      ja: ['カザフ語'],
      ko: ['카자흐어'],
      kk: ['қазақша'],
      ky: ['казакча'],
      uz: ["qozoqcha", 'қозоқча'],
      tr: ['kazakça'],
      en: ['kazakh-language'],
    },
  },
  /** Prepositions that introduce a language: "in Kazakh.", "на казахском.". */
  'language-preposition': {
    forms: { en: ['in', 'into', 'from'], ru: ['на'], de: ['auf'], fr: ['en'], es: ['en'], pt: ['em'], it: ['in'], pl: ['po'] },
  },
  /** "Kazakh is a Turkic language": a copula between the name and "language". */
  copula: { forms: { en: ['is', 'was', 'remains', 'became'], de: ['ist'], fr: ['est'], es: ['es'], it: ['è'], pt: ['é'] } },
  /** Other language names in a list with it: "in Kazakh and Russian". */
  'language-list': {
    forms: {
      en: ['and russian', 'or russian', 'and english', 'or english', 'russian and', 'english and'],
      ru: ['и русском', 'и русский', 'или русском'],
    },
  },
  /** An ethnic group rather than the state: "ethnic Kazakhs". */
  ethnic: {
    forms: { en: ['ethnic*'], ru: ['этническ*', 'этнич*'], uk: ['етнічн*'], de: ['ethnisch*'], fr: ['ethnique*'], es: ['étnic*'], it: ['etnic*'] },
  },
  /** Origin words that follow the ethnonym: "Kazak asıllı", "of Kazakh descent", "казах по национальности". */
  origin: {
    forms: { en: ['descent', 'origin', 'heritage'], tr: ['asıllı*', 'kökenli*'], az: ['əsilli*', 'mənşəli*'], ru: ['по национальности', 'по происхождению'], de: ['abstammung*', 'herkunft*'] },
  },
  /** The Kazakh Khanate and sultanates: other polities (the Kazakh SSR is Soviet Kazakhstan, a mention). */
  historical: {
    forms: {
      en: ['khanate*', 'sultanate*'], ru: ['ханств*', 'султанат*'], kk: ['хандығ*', 'сұлтандығ*'],
      de: ['khanat*', 'sultanat*'], fr: ['khanat*', 'sultanat*'], tr: ['hanlığ*', 'sultanlığ*'], az: ['xanlığ*', 'sultanlığ*'],
    },
  },
  /** A company's name after a national word: Qazaq Air. */
  airline: { forms: { en: ['air', 'airways', 'airlines'] } },
  /** Kazak rugs from the Caucasus. */
  rug: {
    forms: {
      en: ['rug*', 'carpet*', 'kilim*'], tr: ['halı*', 'kilim*'], ru: ['ковер*', 'ковр*'], de: ['teppich*'], fr: ['tapis*'],
      es: ['alfombra*'], it: ['tappet*'], pl: ['dywan*'], cs: ['koberec*'],
    },
  },
  /** Turkish kazak "sweater". */
  clothing: { forms: { tr: ['model*', 'örgü*', 'örme*', 'yün*', 'triko*', 'hırka*', 'giy*', 'beden*', 'kazak*', 'gömlek*', 'bluz*', 'tişört*'] } },
  /** Cossacks, not Kazakhs, in Turkish (Don Kazakları, Kazak süvarileri). */
  /** The Persian Cossack Brigade and its history, where قزاق is a Cossack. */
  'fa-cossack': { forms: { fa: ['بريگاد', 'تيپ', 'رضاخان', 'لياخوف', 'قزاقخانه', 'ديويزيون', 'كودتا'] } },
  'tr-cossack': { forms: { tr: ['don', 'zaporoj*', 'kuban*', 'çarlık*', 'süvari*', 'ataman*', 'hetman*', 'stanitsa*', 'kozak*'] } },
  /** The Azerbaijani town and district Qazax. */
  'az-district': { forms: { az: ['rayon*', 'şəhər*', 'kənd*', 'bölgə*', 'qəsəbə*', 'xalça*', 'distansiya*', 'mahal*', 'qəza*', 'dairə*'] } },
  /**
   * The 1992 treaty as a document — signed, concluded, dated — rather than the organisation it
   * founded: "Договор о коллективной безопасности, заключенный в 1992 году".
   */
  'treaty-signing': {
    forms: {
      und: ['1992'],
      en: ['signed', 'concluded', 'violat*', 'ratif*', 'fulfil*', 'obligation*', 'anniversary'],
      ru: ['заключ*', 'подписан*', 'подписал*', 'нарушен*', 'выполнял*', 'выполнен*', 'обязательств*', 'ратифиц*', 'годовщин*'],
      fr: ['signé*', 'conclu*', 'respecté*', 'violé*', 'ratifi*', 'obligation*', 'anniversaire'],
      ar: ['المبرمة', 'الموقعة', 'الذكري', 'ذكري'],
      // 前身: "its predecessor was the … treaty".
      zh: ['签署', '签订', '簽署', '前身'],
    },
  },
  /** ОДКБ as "областная детская клиническая больница". */
  hospital: {
    forms: {
      ru: ['больниц*', 'детск*', 'клиническ*', 'отделени*', 'врач*', 'пациент*', 'гауз*', 'гбуз*', 'буз*', 'госпитал*', 'медицин*', 'лечебн*', 'педиатр*', 'хирург*', 'поликлиник*', 'реанимац*', 'лечи*', 'вылечи*', 'стационар*', 'коек', 'койк*'],
    },
  },
  /** Words that make a whole block a hospital's: the regional children's hospital (ОДКБ) is written about at length. */
  'hospital-block': { forms: { ru: ['больниц*', 'поликлиник*', 'стационарн*', 'коек', 'койк*'] } },
  /** "№" normalises to "No" (NFKC); hospitals are numbered, the CSTO is not. */
  'number-sign': { caseSensitive: true, forms: { und: ['No*'] } },
  /** CSTO as a job title (Chief Strategy & Technology Officer). */
  'job-title': {
    forms: {
      en: [
        'chief strategy', 'technology officer', 'strategy officer', 'security officer', 'trust officer', 'chief security',
        'security and trust', 'cto', 'ciso', 'cso', 'ceo', 'coo', 'cfo', 'cio', 'vp',
      ],
    },
  },
  /** OTSC as the Over-The-Scope Clip (endoscopy). */
  medical: {
    forms: {
      en: ['clip*', 'endoscop*', 'ovesco*', 'bleeding*', 'gastro*', 'hemosta*', 'haemosta*', 'perforation*', 'over-the-scope*', 'patient*'],
      es: ['paciente*'],
      it: ['pazient*'],
    },
  },
  /** Brands and product lines before a model number: Mercedes S 300, PowerShot S300. */
  brand: {
    forms: {
      und: [
        'mercedes', 'mercedes-benz', 'benz', 'mb', 'amg', 'bluetec', 'schweizer', 'sikorsky', 'hughes', 'powershot', 'canon',
        'ideapad', 'lenovo', 'coolpix', 'nikon', 'cyber-shot', 'sony', 'galaxy', 'samsung', 'eos', 'lexus', 'dsc', 'philips',
        'yamaha', 'pioneer', 'casio', 'garmin', 'polar', 'epson', 'brother', 'мерседес',
      ],
    },
  },
  /** Trim and product suffixes right after a model number: S 300 d, S300 Pro. */
  'model-suffix': {
    forms: { und: ['d', 'h', 'l', 'cdi', 'bluetec', '4matic', 'hybrid', 'pro', 'mini', 'max', 'plus', 'ultra', 'lite', 'c', 'cb', 'cbi', 'amg', 'turbo', 'coupe', 'coupé', 'sedan'] },
  },
  /** Bills and laws: "S. 300", "Senate bill S 300". */
  legislation: { forms: { en: ['senate', 'bill', 'congress', 'act', 'section'] } },
  /** The SA20 cricket league. */
  cricket: {
    forms: { en: ['league*', 'cricket*', 't20*', 'franchise*', 'innings*', 'wicket*', 'batsm*', 'bowler*', 'auction*', 'fixture*', 'playoff*', 'stadium*'] },
  },
  /** Air defence and missile context, for designations written loosely (S 300, S300, SA-20). */
  military: {
    forms: {
      en: ['missile*', 'grumble', 'gargoyle', 'gladiator', 'giant', 'air defen*', 'air-defen*', 'anti-aircraft*', 'surface-to-air*', 'sam', 'sams', 'battery*', 'batteries*', 'launcher*', 'radar*', 'system*', 'interceptor*', 'deploy*', 'weapon*', 'military', 'army', 'armed forces'],
      ru: ['ракет*', 'зрк*', 'зрс*', 'пво*', 'зенитн*', 'комплекс*', 'дивизион*', 'систем*', 'противовоздушн*', 'вооружен*', 'военн*', 'армия*'],
      uk: ['ракет*', 'ппо*', 'зрк*', 'зенітн*', 'комплекс*', 'систем*', 'протиповітрян*', 'військов*'],
      bg: ['ракет*', 'зрк*', 'систем*', 'противовъздушн*', 'дивизион*'],
      sr: ['ракет*', 'систем*', 'противваздушн*', 'protivvazdušn*', 'sistem*', 'raket*'],
      de: ['rakete*', 'flugabwehr*', 'luftabwehr*', 'system*', 'abwehr*', 'militär*', 'armee*', 'waffe*'],
      fr: ['missile*', 'défense aérienne*', 'défense antiaérienne*', 'antiaérien*', 'batterie*', 'système*', 'armée*', 'militaire*'],
      es: ['misil*', 'defensa aérea*', 'antiaére*', 'batería*', 'sistema*', 'ejército*', 'militar*'],
      pt: ['míssil*', 'mísseis*', 'defesa aérea*', 'antiaére*', 'bateria*', 'sistema*', 'exército*', 'militar*'],
      it: ['missil*', 'difesa aerea*', 'antiaere*', 'batteria*', 'sistema*', 'esercito*', 'militar*'],
      pl: ['rakiet*', 'przeciwlotnicz*', 'obrony powietrznej*', 'system*', 'bateri*', 'wojsk*'],
      cs: ['raket*', 'protivzdušn*', 'systém*', 'armád*'],
      sk: ['raket*', 'protivzdušn*', 'systém*', 'armád*'],
      lt: ['raket*', 'sistem*', 'oro gynyb*'],
      tr: ['füze*', 'hava savunma*', 'sistem*', 'batarya*', 'askeri', 'ordu'],
      az: ['raket*', 'hava hücumundan müdafiə*', 'sistem*'],
      ar: ['المضاد للطائرات', 'مضاد للطائرات', 'المضادة للطائرات', 'مضادة للطائرات', 'منظوم*', 'صاروخ*', 'صواريخ*', 'الصاروخي*', 'الدفاع الجوي*', 'دفاع جوي*', 'الدفاعات الجوية*', 'بطاري*', 'عسكري*', 'الجيش*'],
      fa: ['سامانه*', 'پدافند*', 'موشك*', 'دفاع هوايي*', 'سيستم*', 'ارتش*', 'نظامي*'],
      he: ['טיל*', 'טילים*', 'הגנה אווירית*', 'נ"מ*', 'מערכת*', 'מערכות*', 'סוללת*', 'צבא*'],
      hi: ['मिसाइल*', 'वायु रक्षा*', 'रक्षा प्रणाली*', 'सेना*', 'सैन्य*'],
      zh: ['导弹*', '導彈*', '防空*', '系统*', '系統*', '地空*', '军', '軍', '部署*'],
      ja: ['ミサイル*', '防空*', '地対空*', 'システム*', '軍', '配備*', '発射台*', '発射機*'],
      ko: ['미사일*', '방공*', '지대공*', '체계*', '시스템*', '군'],
      vi: ['tên lửa*', 'phòng không*', 'hệ thống*', 'quân đội'],
      id: ['rudal*', 'pertahanan udara*', 'sistem*', 'militer*'],
      el: ['πύραυλ*', 'αντιαεροπορικ*', 'σύστημα*', 'συστήματα*'],
      hu: ['rakét*', 'légvédelm*', 'rendszer*'],
      ro: ['rachet*', 'apărare antiaeriană*', 'sistem*'],
      sw: ['kombora*', 'makombora*', 'ulinzi wa anga*', 'mfumo*', 'mifumo*', 'jeshi*', 'kijeshi*', 'silaha*'],
      hy: ['զենիթ*', 'հրթիռ*', 'հակաօդային*', 'համակարգ*', 'բանակ*'],
      // The system's siblings, in lists ("S-300, S-400") in any language.
      und: ['s-400', 's400', 's-500', 's500', 's-200', 'с-400', 'с400', 'с-500', 'с-200'],
      nl: ['raket*', 'luchtafweer*', 'luchtverdediging*', 'systeem*'],
      fi: ['ohju*', 'ilmatorju*', 'järjestelm*'],
      et: ['raket*', 'õhutõrje*', 'süsteem*'],
    },
  },
  /**
   * The alliance's other members (Kazakhstan, Russia and Belarus are entities of their own): a
   * loose CSTO name beside Kyrgyzstan, Tajikistan or Armenia is the alliance.
   */
  'alliance-members': {
    forms: {
      en: ['kyrgyz*', 'kirghiz*', 'tajik*', 'armenia*'],
      ru: ['киргиз*', 'кыргыз*', 'таджик*', 'армени*', 'армян*'],
      uk: ['киргиз*', 'таджик*', 'вірмен*'],
      de: ['kirgis*', 'tadschik*', 'armeni*'],
      fr: ['kirghiz*', 'tadjik*', 'arméni*'],
      es: ['kirguis*', 'tayik*', 'armeni*'],
      pt: ['quirguist*', 'tajiqu*', 'armêni*'],
      it: ['kirghis*', 'tagiki*', 'armeni*'],
      ar: ['قرغيز*', 'طاجيك*', 'ارميني*'],
      zh: ['吉尔吉斯', '塔吉克', '亚美尼亚'],
      be: ['кіргіз*', 'кыргыз*', 'таджык*', 'армені*'],
      kk: ['қырғыз*', 'тәжік*', 'армения*'],
      ky: ['кыргыз*', 'тажик*', 'армения*'],
      uz: ['tojik*', 'armaniston*', 'қирғиз*', 'тожик*', 'арманистон*'],
      tr: ['kırgız*', 'tacik*', 'ermeni*'],
      az: ['qırğız*', 'tacik*', 'ermənistan*'],
      pl: ['kirgiz*', 'tadżyk*', 'armeni*'],
      cs: ['kyrgyz*', 'kyrgyzst*', 'tádžik*', 'arméni*'],
      sr: ['kirgiz*', 'tadžik*', 'jermen*', 'киргиз*', 'таџик*', 'јермен*'],
      hu: ['kirgiz*', 'tádzsik*', 'örmény*'],
    },
  },
  /** Peacekeeping and alliance context for loose CSTO names ("Collective Security Organization"). */
  'alliance-context': {
    forms: {
      en: ['peacekeep*', 'alliance*', 'bloc', 'ex-soviet*', 'post-soviet*', 'former soviet*', 'cis', 'member states', 'troops'],
      ru: ['миротвор*', 'альянс*', 'блок*', 'постсоветск*', 'снг*', 'государства-член*', 'контингент*'],
      uk: ['миротвор*', 'альянс*', 'блок*', 'пострадянськ*', 'снд*'],
      de: ['friedenstrupp*', 'bündnis*', 'allianz*', 'ex-sowjet*', 'mitgliedst*', 'truppen*'],
      fr: ['maintien de la paix*', 'alliance*', 'ex-soviétique*', 'troupes*'],
      es: ['mantenimiento de la paz*', 'alianza*', 'exsoviétic*', 'tropas*'],
      pt: ['manutenção da paz*', 'aliança*', 'ex-soviétic*', 'tropas*'],
      it: ['forze di pace', 'alleanza*', 'ex repubbliche sovietiche*', 'truppe*', 'soldati*'],
      pl: ['sojusz*', 'pokojow*', 'wojsk*', 'żołnierz*'],
      tr: ['barış güç*', 'ittifak*', 'birlik*'],
      ar: ['حفظ السلام*', 'قوات*', 'تحالف*'],
      zh: ['维和*', '維和*', '联盟*', '聯盟*'],
      tl: ['alyansa*', 'sundalo*', 'kasapi*', 'miyembro*'],
    },
  },
  /** 东南非 / 西南非: compass words before 南非. */
  'zh-compass': { forms: { zh: ['东', '東', '西'] } },
  /** Italian "Nato a Roma" (born in Rome). */
  'it-born': { forms: { it: ['a', 'il', 'nel', 'nella', 'in', 'da'] } },
  /** Nursultan Nazarbayev, the person, rather than the city Nur-Sultan. */
  nazarbayev: { forms: { en: ['nazarbayev', 'nazarbaev', 'nazarbaïev', 'nazarbajew'], ru: ['назарбаев*'], kk: ['назарбаев*'] } },
};
