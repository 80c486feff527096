import { describe, expect, it } from 'vitest';
import {
	allowedMistakes,
	closestWord,
	correctQuery,
	editDistance,
	fallbackQueries,
	foldWord,
	indexQuery,
	inIndexScript,
	isSearchResultPage,
	SEARCH_WEIGHTS,
	normalizeApostrophes,
	normalizeQuery,
	planSearch,
	searchWords,
} from '../../src/lib/search-text.ts';
import { collectText, readableText, wordList } from '../../src/lib/search-words.ts';

describe('normalizeApostrophes (Uzbek)', () => {
	it('writes every apostrophe typed after o or g as the turned comma U+02BB', () => {
		for (const typed of ["do'kon", 'do‘kon', 'do’kon', 'do`kon', 'do´kon', 'doʼkon', 'doʻkon']) {
			expect(normalizeApostrophes(typed)).toBe('doʻkon');
		}
		expect(normalizeApostrophes("O'g'irlash")).toBe('Oʻgʻirlash');
		expect(normalizeApostrophes("tog'")).toBe('togʻ');
	});
	it('writes the tutuq belgisi between other letters as U+02BC', () => {
		for (const typed of ["ma'lumot", 'ma‘lumot', 'ma`lumot', 'maʻlumot']) expect(normalizeApostrophes(typed)).toBe('maʼlumot');
		expect(normalizeApostrophes("e'lon")).toBe('eʼlon');
	});
	it('turns quotes around words into spaces', () => {
		expect(normalizeApostrophes("'soxta' kino")).toBe(' soxta  kino');
	});
});

describe('normalizeQuery', () => {
	it('reads Uzbek typed in Cyrillic as Latin, with the content’s apostrophes', () => {
		expect(normalizeQuery('сохта дўкон', 'uz')).toBe('soxta doʻkon');
		expect(normalizeQuery('Маълумот', 'uz')).toBe('maʼlumot');
		expect(normalizeQuery('ўғирлаш', 'uz')).toBe('oʻgʻirlash');
	});
	it('on the Uzbek Cyrillic pages keeps Latin Latin (inIndexScript converts it), with the content’s apostrophes', () => {
		expect(normalizeQuery("Soxta DO'KON", 'uz-cyrl')).toBe('soxta doʻkon');
		expect(normalizeQuery('Сохта ДЎКОН', 'uz-cyrl')).toBe('сохта дўкон');
	});
	it('lower-cases Kazakh and keeps its letters', () => {
		expect(normalizeQuery('ЖАЛҒАН Дүкен, Қазақша!', 'kk')).toBe('жалған дүкен қазақша');
	});
	it('leaves Russian Cyrillic alone and lower-cases', () => {
		expect(normalizeQuery('Фейковый  МАГАЗИН', 'ru')).toBe('фейковый магазин');
	});
	it('drops punctuation and, outside Uzbek, apostrophes', () => {
		expect(normalizeQuery('can I go to jail?!', 'en')).toBe('can i go to jail');
		expect(normalizeQuery("don't", 'en')).toBe('dont');
		expect(normalizeQuery('  "2FA"  ', 'en')).toBe('2fa');
		expect(normalizeQuery('?!', 'uz')).toBe('');
	});
});

describe('words', () => {
	it('folds apostrophes away', () => expect(foldWord('oʻgʻirlash maʼlumot')).toBe('ogirlash malumot'));
	it('folds the letters a plain keyboard lacks, per language', () => {
		expect(foldWord('әғқңөұүһі', 'kk')).toBe('агкноууxи'.replace('x', 'х'));
		expect(foldWord('iнтернет', 'kk')).toBe('интернет');
		expect(foldWord('ўғирлаш ҳақида', 'uz-cyrl')).toBe('угирлаш хакида');
		// Without a locale, or in a language without such letters, only apostrophes go.
		expect(foldWord('қазақ', undefined)).toBe('қазақ');
		expect(foldWord('қазақ', 'ru')).toBe('қазақ');
		expect(foldWord('ўғирлаш', 'uz')).toBe('ўғирлаш');
	});
	it('keeps words of two letters or more that have a letter', () => {
		expect(searchWords('A 2FA code, 12 times: SMS-kod', 'en')).toEqual(['2fa', 'code', 'times', 'sms', 'kod']);
	});
	it('lists words most frequent first, ties alphabetically, without tags or link targets', () => {
		expect(wordList(['Parol <Term id="x">parol</Term> [kod](https://x.uz/kod) alfa', 'beta'], 'uz')).toEqual(['parol', 'alfa', 'beta', 'kod']);
		expect(readableText('import X from "y";\nSalom')).not.toContain('import');
	});
	it('collects the text of front matter, not ids, links or answers', () => {
		expect(collectText({ title: 'T', id: 'x', sources: [{ title: 'S', url: 'https://a' }], searchTerms: ['a', 'b'], answer: 'c', n: 3 })).toEqual(['T', 'S', 'a', 'b']);
	});
});

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swapped neighbours as one', () => {
		expect(editDistance('password', 'password')).toBe(0);
		expect(editDistance('passwrod', 'password')).toBe(1);
		expect(editDistance('pasword', 'password')).toBe(1);
		expect(editDistance('passwordd', 'password')).toBe(1);
		expect(editDistance('porol', 'parol')).toBe(1);
		expect(editDistance('stresed', 'stressed')).toBe(1);
		expect(editDistance('abcd', 'badc')).toBe(2);
	});
	it('stops at max + 1', () => {
		expect(editDistance('cat', 'elephant', 2)).toBe(3);
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
		expect(editDistance('abcdef', 'abcxyz', 3)).toBe(3);
	});
	it('counts characters, not UTF-16 units', () => expect(editDistance('doʻkon', 'dokon', 2)).toBe(1));
});

describe('closestWord', () => {
	const words = ['parol', 'password', 'doʻkon', 'maʼlumot', 'passport', 'kod'];
	it('keeps a word the index has', () => expect(closestWord('kod', words)).toBe('kod'));
	it('finds the word typed without its apostrophe', () => {
		expect(closestWord('dokon', words)).toBe('doʻkon');
		expect(closestWord('malumot', words)).toBe('maʼlumot');
	});
	it('corrects typos within the allowed mistakes, the more frequent word on a tie', () => {
		expect(closestWord('passwrod', words)).toBe('password');
		expect(closestWord('porol', words)).toBe('parol');
		expect(closestWord('passwort', ['passport', 'password'])).toBe('passport');
	});
	it('gives up on short words and far words', () => {
		expect(allowedMistakes('kot')).toBe(0);
		expect(allowedMistakes('kodla')).toBe(1);
		expect(allowedMistakes('kodlar')).toBe(2);
		expect(closestWord('kot', words)).toBeNull();
		expect(closestWord('zzzzzzzz', words)).toBeNull();
	});
});

describe('correctQuery', () => {
	const words = ['password', 'doʻkon', 'soxta', 'kod'];
	it('keeps known words and words still being typed, fixes apostrophes and typos', () => {
		expect(correctQuery('soxta dokon', words)).toBe('soxta doʻkon');
		expect(correctQuery('passw', words)).toBe('passw');
		// Still being typed without the apostrophe: the beginning as the index spells it.
		expect(correctQuery('dok', words)).toBe('doʻk');
		expect(correctQuery('do', words)).toBe('do');
		expect(correctQuery('passwrod kod', words)).toBe('password kod');
		expect(correctQuery('zzzzzz', words)).toBe('zzzzzz');
	});
});

describe('correctQuery with a language', () => {
	const kazakh = ['есірткі', 'қазақша', 'жалған', 'дүкен', 'есірткілер', 'алаяқтық', 'интернет'];
	it('gives Kazakh words typed without Kazakh letters their letters', () => {
		expect(correctQuery('жалган дукен', kazakh, 'kk')).toBe('жалған дүкен');
		expect(correctQuery('казакша', kazakh, 'kk')).toBe('қазақша');
		expect(correctQuery('есирткилер', kazakh, 'kk')).toBe('есірткілер');
		// Still typing: the beginning of the index's word, with its letters.
		expect(correctQuery('алаяк', kazakh, 'kk')).toBe('алаяқ');
		// Without the language, no letter is folded (two letters off is too far for five letters).
		expect(correctQuery('казак', kazakh, 'kk')).toBe('қазақ');
		expect(correctQuery('казак', kazakh)).toBe('казак');
	});
	it('cuts a Kazakh word with an ending the index lacks to its longest beginning that is an index word', () => {
		expect(correctQuery('есірткіден', kazakh, 'kk')).toBe('есірткі');
		expect(correctQuery('есирткилерден', kazakh, 'kk')).toBe('есірткілер');
		expect(correctQuery('алаяқтықтан', kazakh, 'kk')).toBe('алаяқтық');
		// Not below four letters, and not in a language without `endings` (a typo fix there instead).
		expect(correctQuery('ес', kazakh, 'kk')).toBe('ес');
		expect(correctQuery('дүкенге', ['дүк', 'дүкен'], 'kk')).toBe('дүкен');
		expect(correctQuery('дүкнн', ['дүк'], 'kk')).toBe('дүкнн');
		expect(correctQuery('интернеттен', ['интернет'], 'kk')).toBe('интернет');
		expect(correctQuery('интернеттен', ['интернет'], 'ru')).toBe('интернеттен');
		expect(correctQuery('passwordsss', ['pass', 'password'], 'en')).toBe('passwordsss');
	});
	it('gives Uzbek Cyrillic typed on a Russian keyboard its letters', () => {
		expect(correctQuery('сохта дукон', ['сохта', 'дўкон'], 'uz-cyrl')).toBe('сохта дўкон');
		expect(correctQuery('угирлаш', ['ўғирлаш'], 'uz-cyrl')).toBe('ўғирлаш');
	});
});

describe('inIndexScript (Uzbek Cyrillic pages)', () => {
	const words = ['сохта', 'дўкон', 'telegram', 'soxta', 'ўғирлаш'];
	it('writes Latin words in Cyrillic when the index has them so, even when it has the Latin too', () => {
		expect(inIndexScript('soxta doʻkon', words, 'uz-cyrl')).toBe('сохта дўкон');
		expect(inIndexScript('oʻgʻir', words, 'uz-cyrl')).toBe('ўғир');
	});
	it('keeps a Latin word the index has only in Latin, or more often in Latin, and Cyrillic as it is', () => {
		expect(inIndexScript('telegram soxta', words, 'uz-cyrl')).toBe('telegram сохта');
		expect(inIndexScript('telegram', ['telegram', 'телеграм'], 'uz-cyrl')).toBe('telegram');
		expect(inIndexScript('telegram', ['телеграм', 'telegram'], 'uz-cyrl')).toBe('телеграм');
		expect(inIndexScript('telegra', ['telegram', 'телеграмда'], 'uz-cyrl')).toBe('телегра');
		expect(inIndexScript('сохта', words, 'uz-cyrl')).toBe('сохта');
	});
	it('writes an unknown Latin word in Cyrillic (the typo fix then works on Cyrillic)', () => {
		expect(inIndexScript('parol', words, 'uz-cyrl')).toBe('парол');
	});
	it('leaves other languages alone', () => {
		expect(inIndexScript('soxta doʻkon', words, 'uz')).toBe('soxta doʻkon');
		expect(inIndexScript('soxta', words, 'kk')).toBe('soxta');
	});
});

describe('indexQuery', () => {
	// Most frequent first, as the word lists are.
	const kazakh = ['стресс', 'телеграм', 'жұмыс', 'наша', 'курьер', 'жұмысы', 'стресстен', 'телеграмда', 'қазақ', 'нашақор', 'ес', 'вейпте', 'вейптер'];
	it('searches a Kazakh index word by its most frequent shorter beginning that is an index word', () => {
		expect(indexQuery('стресстен', kazakh, 'kk')).toBe('стресс');
		expect(indexQuery('телеграмда курьер жұмысы', kazakh, 'kk')).toBe('телеграм курьер жұмыс');
		expect(indexQuery('вейптер', kazakh, 'kk')).toBe('вейпте');
	});
	it('keeps a word the index lacks (correctQuery handles it), a more frequent word, and beginnings under two thirds of the word', () => {
		expect(indexQuery('қазақша есірткі', kazakh, 'kk')).toBe('қазақша есірткі');
		expect(indexQuery('курьер қазақ', kazakh, 'kk')).toBe('курьер қазақ');
		expect(indexQuery('жұмысы', ['жұмысы', 'жұмыс'], 'kk')).toBe('жұмысы');
		// наша is more frequent, but four letters of seven would find far more than the word.
		expect(indexQuery('нашақор', kazakh, 'kk')).toBe('нашақор');
		expect(indexQuery('есірткі', ['есір', 'есірткі'], 'kk')).toBe('есірткі');
		expect(indexQuery('есірткіні', ['есірткі', 'есірткіні'], 'kk')).toBe('есірткі');
		expect(indexQuery('абвгд', ['абвг', 'абвгд'], 'kk')).toBe('абвг');
		expect(indexQuery('абвг', ['абв', 'абвг'], 'kk')).toBe('абвг');
	});
	it('leaves languages without endings alone, and writes Latin in Cyrillic on /uz-cyrl/ first', () => {
		expect(indexQuery('стресстен', kazakh, 'ru')).toBe('стресстен');
		expect(indexQuery('passwords', ['password', 'passwords'], 'en')).toBe('passwords');
		expect(indexQuery('tengdoshlar', ['tengdosh', 'tengdoshlar'], 'uz')).toBe('tengdosh');
		expect(indexQuery('tengdoshlar', ['тенгдош', 'тенгдошлар'], 'uz-cyrl')).toBe('тенгдош');
		// Without a word list: the script only (the search before the plan is ready).
		expect(indexQuery('soxta dokonlar', [], 'uz-cyrl')).toBe('сохта доконлар');
	});
});

describe('fallbackQueries', () => {
	const words = ['to', 'for', 'i', 'can', 'go', 'drugs', 'jail', 'soxta', 'doʻkon'];
	it('drops the most frequent words first, down to the rarest one, in the order typed', () => {
		expect(fallbackQueries('can i go to jail for drugs', words)).toEqual([
			'can i go jail for drugs',
			'can i go jail drugs',
			'can go jail drugs',
			'go jail drugs',
			'jail drugs',
			'jail',
		]);
	});
	it('corrects first, and never repeats the query or an empty one', () => {
		expect(fallbackQueries('soxta dokon', words)[0]).toBe('soxta doʻkon');
		expect(fallbackQueries('jail', words)).toEqual([]);
		expect(fallbackQueries('qqqqqqqq', words)).toEqual([]);
	});
});

describe('planSearch', () => {
	const index: Record<string, number> = { 'soxta doʻkon': 3, 'doʻkon': 5, parol: 2 };
	const count = async (query: string) => index[query] ?? 0;
	const words = ['soxta', 'doʻkon', 'parol'];

	it('searches the normalised query as it is when the index spells it so (no notice)', async () => {
		const plan = await planSearch('сохта дўкон', 'uz', count, async () => words);
		expect(plan).toEqual({ typed: 'сохта дўкон', query: 'soxta doʻkon', corrected: false, nothing: false });
	});
	it('corrects a typo even when Pagefind finds something for it', async () => {
		const fuzzy = async (query: string) => (query === 'passwrod' ? 20 : query === 'password' ? 18 : 0);
		expect(await planSearch('passwrod', 'en', fuzzy, async () => ['password'])).toEqual({ typed: 'passwrod', query: 'password', corrected: true, nothing: false });
	});
	it('keeps the typed query when the correction finds nothing but the query does', async () => {
		const only = async (query: string) => (query === 'parol' ? 0 : 4);
		expect(await planSearch('porol', 'uz', only, async () => ['parol'])).toMatchObject({ query: 'porol', corrected: false });
	});
	it('announces a corrected query', async () => {
		expect(await planSearch('soxta dokon', 'uz', count, async () => words)).toEqual({ typed: 'soxta dokon', query: 'soxta doʻkon', corrected: true, nothing: false });
		expect((await planSearch('porol', 'uz', count, async () => words)).query).toBe('parol');
	});
	it('on the Uzbek Cyrillic pages searches Latin typing in Cyrillic, without a notice', async () => {
		const cyrillic = async (query: string) => (query === 'сохта дўкон' ? 3 : 0);
		const list = async () => ['сохта', 'дўкон', 'soxta'];
		expect(await planSearch("soxta do'kon", 'uz-cyrl', cyrillic, list)).toEqual({ typed: "soxta do'kon", query: 'сохта дўкон', corrected: false, nothing: false });
		expect(await planSearch('сохта дукон', 'uz-cyrl', cyrillic, list)).toEqual({ typed: 'сохта дукон', query: 'сохта дўкон', corrected: true, nothing: false });
	});
	it('folds Kazakh letters in the fallbacks too', async () => {
		const found = async (query: string) => (query === 'қазақша' ? 2 : 0);
		// The first word is unknown: the fallback keeps the known one, spelled as the index has it.
		expect(await planSearch('zzzzzzzzzz казакша', 'kk', found, async () => ['қазақша'])).toEqual({ typed: 'zzzzzzzzzz казакша', query: 'қазақша', corrected: true, nothing: false });
	});
	it('says when nothing is found at all, and does nothing for an empty query', async () => {
		expect(await planSearch('xyzzyqq', 'uz', count, async () => words)).toMatchObject({ nothing: true, corrected: false });
		expect(await planSearch(' ? ', 'uz', count, async () => words)).toMatchObject({ query: '', nothing: false });
	});
});

describe('isSearchResultPage', () => {
	it('indexes lessons, quizzes, courses, the glossary and chat simulators in every language', () => {
		for (const path of ['/lessons/x/', '/uz/quizzes/x/', '/ru/courses/x/', '/glossary/phishing/', '/uz/glossary/x/', '/simulators/apk-photo/', '/kk/simulators/x/']) expect(isSearchResultPage(path)).toBe(true);
	});
	it('leaves out list pages, home pages, teacher views and quiz tools', () => {
		for (const path of ['/', '/uz/', '/lessons/', '/glossary/', '/ru/glossary/', '/topics/drugs/', '/audience/trainer/', '/lessons/x/teacher/', '/quizzes/x/classroom/', '/ru/quizzes/x/worksheet/', '/teachers/', '/assignments/', '/simulators/', '/uz/simulators/', '/simulators/x/classroom/', '/ru/simulators/x/print/', '/print/simulators/x/']) {
			expect(isSearchResultPage(path)).toBe(false);
		}
	});
});

describe('SEARCH_WEIGHTS', () => {
	it("ranks a lesson's own words above those of the simulators that practise it, which weigh as much as its quiz", () => {
		expect(SEARCH_WEIGHTS.simulator).toEqual({ description: 2, searchTerms: 2 });
		expect(SEARCH_WEIGHTS.simulator).toEqual(SEARCH_WEIGHTS.quiz);
		expect(SEARCH_WEIGHTS.lesson).toEqual({ description: 5, searchTerms: 7 });
	});
});
