/**
 * Realistic queries for `npm run bench:search`, 20+ per language, each with the lessons (by
 * slug) that answer it. A query counts as answered when the lesson, its quiz or the glossary word
 * of that id is among the first three results. Written as young people type: phrases, slang, brands, typos, apostrophe
 * forms, Uzbek in Cyrillic, words without their apostrophe.
 */
import type { Locale } from '../../src/lib/locales.ts';
import { uzbekToCyrillic } from '../../src/lib/uzbek-cyrillic.ts';
import { readUzbekCyrillicExceptions } from '../../src/lib/uzbek-cyrillic-exceptions.ts';

export interface BenchQuery {
	query: string;
	/** Lesson slugs (or glossary ids) whose lesson, quiz or glossary page answers the query. */
	answers: string[];
	/** `plain`: typed without the language's own letters (Kazakh қ as к, Uzbek ў as у); `ending`: a word with an ending the pages may not have; `latin`: Uzbek typed in Latin on the Cyrillic pages. */
	kind: 'phrase' | 'slang' | 'typo' | 'apostrophe' | 'cyrillic' | 'word' | 'plain' | 'ending' | 'latin';
}

const QUERIES_BY_HAND: Record<Exclude<Locale, 'uz-cyrl'>, BenchQuery[]> = {
	en: [
		{ query: 'can I go to jail for drugs', answers: ['drug-laws'], kind: 'phrase' },
		{ query: 'passwrod', answers: ['passwords-and-2fa'], kind: 'typo' },
		{ query: 'how to make a strong password', answers: ['passwords-and-2fa'], kind: 'phrase' },
		{ query: 'someone is blackmailing me with nudes', answers: ['sextortion'], kind: 'phrase' },
		{ query: 'fake shop instagram', answers: ['online-shopping-fraud'], kind: 'slang' },
		{ query: 'spice', answers: ['synthetic-drugs'], kind: 'slang' },
		{ query: 'vape', answers: ['what-most-young-people-do', 'brain-and-drugs', 'refusal-skills'], kind: 'slang' },
		{ query: 'weed', answers: ['brain-and-drugs', 'drug-laws', 'what-most-young-people-do'], kind: 'slang' },
		{ query: 'sell my bank card', answers: ['money-mules'], kind: 'phrase' },
		{ query: 'courier job telegram easy money', answers: ['online-drug-selling'], kind: 'phrase' },
		{ query: 'bank called asking for sms code', answers: ['fake-bank-calls'], kind: 'phrase' },
		{ query: 'fishing link', answers: ['phishing-links'], kind: 'typo' },
		{ query: 'apk file', answers: ['phishing-links', 'securing-devices'], kind: 'slang' },
		{ query: 'crypto investment doubling money', answers: ['investment-scams'], kind: 'phrase' },
		{ query: 'loan taken in my name', answers: ['online-loans-fraud'], kind: 'phrase' },
		{ query: 'friend overdosed what do I do', answers: ['helping-a-friend', 'misused-medicines'], kind: 'phrase' },
		{ query: 'how to say no to friends', answers: ['refusal-skills', 'decisions-under-pressure'], kind: 'phrase' },
		{ query: 'stresed', answers: ['stress-and-coping'], kind: 'typo' },
		{ query: 'pills from the pharmacy to get high', answers: ['misused-medicines'], kind: 'phrase' },
		{ query: 'talk to my son about drugs', answers: ['talking-with-teenagers'], kind: 'phrase' },
		{ query: 'addict', answers: ['stigma-and-recovery'], kind: 'word' },
		{ query: 'whatsapp hacked mom asking money', answers: ['messenger-scams'], kind: 'phrase' },
	],
	uz: [
		{ query: "soxta do'kon", answers: ['online-shopping-fraud'], kind: 'apostrophe' },
		{ query: 'soxta do‘kon', answers: ['online-shopping-fraud'], kind: 'apostrophe' },
		{ query: 'soxta do`kon', answers: ['online-shopping-fraud'], kind: 'apostrophe' },
		{ query: 'soxta dokon', answers: ['online-shopping-fraud'], kind: 'apostrophe' },
		{ query: 'сохта дўкон', answers: ['online-shopping-fraud'], kind: 'cyrillic' },
		{ query: "o'g'irlash", answers: ['phishing-links', 'identity-theft', 'account-takeover', 'personal-data', 'passwords-and-2fa', 'messenger-scams'], kind: 'apostrophe' },
		{ query: "ma'lumot", answers: ['personal-data'], kind: 'apostrophe' },
		{ query: 'malumot', answers: ['personal-data'], kind: 'apostrophe' },
		{ query: "to'lov", answers: ['online-shopping-fraud', 'bank-cards-and-payment-apps'], kind: 'apostrophe' },
		{ query: 'nasha', answers: ['cannabis', 'brain-and-drugs', 'drug-laws', 'synthetic-drugs', 'what-most-young-people-do'], kind: 'slang' },
		{ query: 'zakladka', answers: ['online-drug-selling'], kind: 'slang' },
		{ query: 'kuryer ish telegram', answers: ['online-drug-selling'], kind: 'phrase' },
		{ query: 'parol', answers: ['passwords-and-2fa'], kind: 'word' },
		{ query: 'porol', answers: ['passwords-and-2fa'], kind: 'typo' },
		{ query: 'bank kartamni sotsam', answers: ['money-mules'], kind: 'phrase' },
		{ query: 'sms kod soʻrashdi', answers: ['fake-bank-calls'], kind: 'phrase' },
		{ query: 'фишинг ҳавола', answers: ['phishing-links'], kind: 'cyrillic' },
		{ query: 'qamoq giyohvand', answers: ['drug-laws'], kind: 'phrase' },
		{ query: 'kredit mening nomimga', answers: ['online-loans-fraud'], kind: 'phrase' },
		{ query: 'stress', answers: ['stress-and-coping'], kind: 'word' },
		{ query: 'yoq deyish', answers: ['refusal-skills'], kind: 'apostrophe' },
		{ query: 'intim rasm shantaj', answers: ['sextortion'], kind: 'phrase' },
	],
	ru: [
		{ query: 'фейковый магазин', answers: ['online-shopping-fraud'], kind: 'slang' },
		{ query: 'закладка', answers: ['online-drug-selling'], kind: 'slang' },
		{ query: 'дроп', answers: ['money-mules'], kind: 'slang' },
		{ query: 'продать банковскую карту', answers: ['money-mules'], kind: 'phrase' },
		{ query: 'посадят ли за наркотики', answers: ['drug-laws'], kind: 'phrase' },
		{ query: 'спайс', answers: ['synthetic-drugs'], kind: 'slang' },
		{ query: 'вейп', answers: ['what-most-young-people-do', 'brain-and-drugs', 'refusal-skills'], kind: 'slang' },
		{ query: 'пароль', answers: ['passwords-and-2fa'], kind: 'word' },
		{ query: 'парольь', answers: ['passwords-and-2fa'], kind: 'typo' },
		{ query: 'звонок из банка код из смс', answers: ['fake-bank-calls'], kind: 'phrase' },
		{ query: 'фишинговая ссылка', answers: ['phishing-links'], kind: 'phrase' },
		{ query: 'apk', answers: ['phishing-links', 'securing-devices'], kind: 'slang' },
		{ query: 'шантаж интимные фото', answers: ['sextortion'], kind: 'phrase' },
		{ query: 'кредит на моё имя', answers: ['online-loans-fraud'], kind: 'phrase' },
		{ query: 'криптовалюта инвестиции', answers: ['investment-scams'], kind: 'phrase' },
		{ query: 'мама пишет в телеграме нужны деньги', answers: ['messenger-scams'], kind: 'phrase' },
		{ query: 'как отказаться от друзей', answers: ['refusal-skills'], kind: 'phrase' },
		{ query: 'стресс', answers: ['stress-and-coping'], kind: 'word' },
		{ query: 'таблетки из аптеки', answers: ['misused-medicines'], kind: 'phrase' },
		{ query: 'работа курьером телеграм', answers: ['online-drug-selling'], kind: 'phrase' },
		{ query: 'наркоман', answers: ['stigma-and-recovery'], kind: 'word' },
		{ query: 'личные данные', answers: ['personal-data'], kind: 'phrase' },
	],
	kk: [
		{ query: 'жалған дүкен', answers: ['online-shopping-fraud'], kind: 'phrase' },
		{ query: 'закладка', answers: ['online-drug-selling', 'dead-drop'], kind: 'slang' },
		{ query: 'дроп', answers: ['money-mules', 'money-mule', 'drop-account'], kind: 'slang' },
		{ query: 'банк картамды сатсам', answers: ['money-mules'], kind: 'phrase' },
		{ query: 'есірткі үшін қандай жаза', answers: ['drug-laws'], kind: 'phrase' },
		{ query: 'спайс', answers: ['synthetic-drugs', 'synthetic-cannabinoids'], kind: 'slang' },
		{ query: 'вейп', answers: ['what-most-young-people-do', 'brain-and-drugs', 'refusal-skills', 'nicotine-and-vapes'], kind: 'slang' },
		{ query: 'құпиясөз', answers: ['passwords-and-2fa'], kind: 'word' },
		{ query: 'купиясоз', answers: ['passwords-and-2fa'], kind: 'typo' },
		{ query: 'банктен қоңырау смс код', answers: ['fake-bank-calls'], kind: 'phrase' },
		{ query: 'фишинг сілтеме', answers: ['phishing-links', 'phishing'], kind: 'phrase' },
		{ query: 'apk', answers: ['phishing-links', 'securing-devices'], kind: 'slang' },
		{ query: 'интим суретпен бопсалау', answers: ['sextortion'], kind: 'phrase' },
		{ query: 'менің атыма несие алған', answers: ['online-loans-fraud'], kind: 'phrase' },
		{ query: 'криптовалюта инвестиция', answers: ['investment-scams'], kind: 'phrase' },
		{ query: 'анам телеграмда ақша сұрап жазды', answers: ['messenger-scams'], kind: 'phrase' },
		{ query: 'достарыма қалай жоқ деймін', answers: ['refusal-skills'], kind: 'phrase' },
		{ query: 'стресс', answers: ['stress-and-coping', 'stress'], kind: 'word' },
		{ query: 'дәріханадағы таблеткалар', answers: ['misused-medicines'], kind: 'phrase' },
		{ query: 'телеграмда курьер жұмысы', answers: ['online-drug-selling'], kind: 'phrase' },
		{ query: 'нашақор', answers: ['stigma-and-recovery'], kind: 'word' },
		{ query: 'дербес деректер', answers: ['personal-data'], kind: 'phrase' },
		// On a Russian keyboard (no ә ғ қ ң ө ұ ү һ і), and with endings the pages may not have.
		{ query: 'жалган дукен', answers: ['online-shopping-fraud'], kind: 'plain' },
		{ query: 'есирткиге кандай жаза', answers: ['drug-laws'], kind: 'plain' },
		{ query: 'фишинг силтеме', answers: ['phishing-links', 'phishing'], kind: 'plain' },
		{ query: 'кумар ойындары', answers: ['betting-and-online-casinos'], kind: 'plain' },
		{ query: 'синтетикалык есирткилер', answers: ['synthetic-drugs', 'synthetic-cannabinoids'], kind: 'plain' },
		{ query: 'интим суреттерим', answers: ['sextortion'], kind: 'ending' },
		{ query: 'стресстен', answers: ['stress-and-coping', 'stress'], kind: 'ending' },
		{ query: 'вейптер', answers: ['nicotine-and-vapes', 'what-most-young-people-do', 'brain-and-drugs'], kind: 'ending' },
	],
};

/** Uzbek Cyrillic typed on a Russian keyboard (ў қ ғ ҳ as у к г х), and in Latin on the Cyrillic pages. */
const UZBEK_CYRILLIC_BY_HAND: BenchQuery[] = [
	{ query: 'сохта дукон', answers: ['online-shopping-fraud'], kind: 'plain' },
	{ query: 'фишинг хавола', answers: ['phishing-links'], kind: 'plain' },
	{ query: 'камок гиёхванд', answers: ['drug-laws'], kind: 'plain' },
	{ query: 'тулов', answers: ['online-shopping-fraud', 'bank-cards-and-payment-apps'], kind: 'plain' },
	{ query: "soxta do'kon", answers: ['online-shopping-fraud'], kind: 'latin' },
	{ query: 'parol', answers: ['passwords-and-2fa'], kind: 'latin' },
	{ query: 'kuryer ish telegram', answers: ['online-drug-selling'], kind: 'latin' },
	{ query: 'intim rasm shantaj', answers: ['sextortion'], kind: 'latin' },
];

const exceptions = readUzbekCyrillicExceptions(process.cwd());

/** Uzbek Cyrillic pages are generated from Uzbek Latin: so are their queries (as a reader types them in Cyrillic). */
export const QUERIES: Record<Locale, BenchQuery[]> = {
	...QUERIES_BY_HAND,
	'uz-cyrl': [...QUERIES_BY_HAND.uz.map((query) => ({ ...query, query: uzbekToCyrillic(query.query, exceptions) })), ...UZBEK_CYRILLIC_BY_HAND],
};
