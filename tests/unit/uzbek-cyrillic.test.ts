import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { NO_EXCEPTIONS, uzbekToCyrillic, type UzbekCyrillicExceptions } from '../../src/lib/uzbek-cyrillic.ts';
import { readUzbekCyrillicExceptions } from '../../src/lib/uzbek-cyrillic-exceptions.ts';
import { uzbekToLatin } from '../../src/lib/uzbek-script.ts';

const root = join(import.meta.dirname, '../..');
const exceptions = readUzbekCyrillicExceptions(root);
const cyr = (text: string) => uzbekToCyrillic(text, exceptions);

const pairs = readFileSync(join(root, 'tests/fixtures/uzbek-cyrillic-pairs.txt'), 'utf8')
	.split('\n')
	.filter((line) => line && !line.startsWith('#'))
	.map((line) => line.split(' ') as [string, string]);

describe('real word pairs from the Uzbek content', () => {
	test('there are a few hundred', () => {
		expect(pairs.length).toBe(302);
	});
	test.each(pairs)('%s → %s', (latin, cyrillic) => {
		expect(cyr(latin)).toBe(cyrillic);
	});
	test('every pair reads back to its Latin spelling except the loanwords that Latin spells by sound', () => {
		const oneWay = pairs.filter(([latin, cyrillic]) => uzbekToLatin(cyrillic) !== latin).map(([latin]) => latin);
		// Uzbek Latin spells these by sound: ц after к/п is s, ъ after ў and before е is not written, сентябр is sentabr.
		expect(oneWay).toEqual(['moʻjiza', 'reaksiya', 'funksiyasi', 'tranzaksiyani', 'sentabr', 'sentabrdan', 'obyekt', 'konsepsiyasi']);
	});
});

describe('the rules, without exceptions', () => {
	const rule = (text: string) => uzbekToCyrillic(text, NO_EXCEPTIONS);
	test.each([
		// oʻ, gʻ with ʻ, and with the apostrophes people type instead
		['oʻgʻil', 'ўғил'],
		["o'g'il", 'ўғил'],
		['o‘g‘il', 'ўғил'],
		['o’g’il', 'ўғил'],
		['o`g`il', 'ўғил'],
		// sh, ch, ng, and sʼh as two sounds
		['shahar choy tong', 'шаҳар чой тонг'],
		["Is'hoq", 'Исҳоқ'],
		// yo, yu, ya anywhere; yoʻ is й + ў
		['yoz yurak yangi hayot qilyapti yoʻl', 'ёз юрак янги ҳаёт қиляпти йўл'],
		// ye at the start and after a vowel, ьe after a consonant; e → э at the start and after a vowel
		['yer qayerda kuryer', 'ер қаерда курьер'],
		['eshik aerozol men', 'эшик аэрозол мен'],
		['obʼyekt', 'объект'],
		// ʼ before h is the sign only after s
		['baʼh tʼh', 'баъҳ тъҳ'],
		// sʼ before another letter is с + the sign
		['masʼul', 'масъул'],
		// a lone apostrophe after o or g at the end of a quote is not oʻ/gʻ
		["'yo' deb", "'ё' деб"],
		// the tutuq belgisi, typed in any of the usual ways
		["taʼlim ta'lim ta’lim", 'таълим таълим таълим'],
		// ts is тс, except in -tsiya/-ksiya/-psiya loanwords
		['aytsa politsiya reaksiya korrupsiya', 'айтса полиция реакция коррупция'],
		// …only there: tsi without y, and ts + vowel + y
		['aytsin ketsayam qattiy', 'айтсин кетсаям қаттий'],
		// ya, yu before the sign stay я, ю (only yoʻ splits)
		['yaʼni', 'яъни'],
		// the other letters
		['bdfghijklmnpqrstuvxyz', 'бдфгҳижклмнпқрстувхйз'],
		['a o u i', 'а о у и'],
	])('%s → %s', (latin, cyrillic) => {
		expect(rule(latin)).toBe(cyrillic);
	});

	test.each([
		['Shahar', 'Шаҳар'],
		['SHAHAR', 'ШАҲАР'],
		['Choy', 'Чой'],
		['OʻZBEKISTON', 'ЎЗБЕКИСТОН'],
		['Oʻzbekiston', 'Ўзбекистон'],
		['Gʻalaba', 'Ғалаба'],
		['Yangi yil', 'Янги йил'],
		['YANGI', 'ЯНГИ'],
		['Yer', 'Ер'],
		['Ehtiyot', 'Эҳтиёт'],
		['IIV', 'ИИВ'],
		['A', 'А'],
		['Sh', 'Ш'],
	])('capitals: %s → %s', (latin, cyrillic) => {
		expect(rule(latin)).toBe(cyrillic);
	});
});

describe('what stays as it is', () => {
	test.each([
		['15–19 yoshlilarning 26,5 foizi', '15–19 ёшлиларнинг 26,5 фоизи'],
		['1-sentabrdan 2FA kod', '1-сентябрдан 2FA код'],
		['Sayt: https://www.unodc.org/unodc/en/ va www.gov.uz ga qarang', 'Сайт: https://www.unodc.org/unodc/en/ ва www.gov.uz га қаранг'],
		['Yozing: ishonch@mail.uz manziliga', 'Ёзинг: ishonch@mail.uz манзилига'],
		['[Dorilar haqida](/uz/lessons/misused-medicines/) dars', '[Дорилар ҳақида](/uz/lessons/misused-medicines/) дарс'],
		['[manba][ref]\n[ref]: https://example.uz/sahifa "sarlavha"', '[манба][реф]\n[ref]: https://example.uz/sahifa "sarlavha"'],
		['<Term id="short-term-effects">Qisqa muddatli taʼsirlar</Term>', '<Term id="short-term-effects">Қисқа муддатли таъсирлар</Term>'],
		['<HelpBlock country="uz" />', '<HelpBlock country="uz" />'],
		['Yosh {props.age} yil', 'Ёш {props.age} йил'],
		['Buyruq `git status` va\n```sh\nnpm run build\n```\ntamom', 'Буйруқ `git status` ва\n```sh\nnpm run build\n```\nтамом'],
		[':::note\nEslatma\n:::', ':::note\nЭслатма\n:::'],
		["import Foo from './foo.ts';\nSalom", "import Foo from './foo.ts';\nСалом"],
		['Tom &amp; Jerri', 'Том &amp; Жерри'],
		['Eski sayt http://misol.uz/salom edi', 'Эски сайт http://misol.uz/salom эди'],
		['ali@pochta.misol.uz ga', 'ali@pochta.misol.uz га'],
		// Markdown's line-start syntax is Markdown only at the start of a line.
		['Qarang [manba]: kitob', 'Қаранг [манба]: китоб'],
		['Salom :::eslatma', 'Салом :::эслатма'],
		['Tovarlar import qilinadi', 'Товарлар импорт қилинади'],
		// Pagefind fills these in: "[СЕАРЧ_ТЕРМ] бўйича" was shown on /uz-cyrl/ search.
		['[SEARCH_TERM] boʻyicha [COUNT] ta natija', '[SEARCH_TERM] бўйича [COUNT] та натижа'],
		['[DIFFERENT_TERM] ni qidiring', '[DIFFERENT_TERM] ни қидиринг'],
		['WhatsApp va facts', 'WhatsApp ва facts'],
		['**Afsona.** _Haqiqat_', '**Афсона.** _Ҳақиқат_'],
		['«yoʻq» deyish', '«йўқ» дейиш'],
		["'Salom' dedi", "'Салом' деди"],
		['Ўзбек tili', 'Ўзбек тили'],
	])('%j', (latin, cyrillic) => {
		expect(cyr(latin)).toBe(cyrillic);
	});

	test.each([
		['Telegram va Instagram', 'Telegram ва Instagram'],
		['telegram', 'telegram'],
		['SMSlar', 'SMSлар'],
		['SMS-xabar', 'SMS-хабар'],
		['PIN-kodni', 'PIN-кодни'],
		['Wi-Fi tarmogʻi', 'Wi-Fi тармоғи'],
		['Wi-Fi-ga', 'Wi-Fi-га'],
		['Pinhona', 'Пинҳона'],
		['Click, Payme', 'Click, Payme'],
		['onlayn-kazino', 'онлайн-казино'],
		['Telegramdagi', 'Telegramдаги'],
		// endings one after another: plural, then case
		['SMSlardan', 'SMSлардан'],
		// A word that only starts like a name is an Uzbek word: Ogoh is kept, "ogohlantiruvchi" (warning) is not.
		['Ogohda, Ogohlantiruvchi belgilar', 'Ogohда, Огоҳлантирувчи белгилар'],
	])('Latin names: %s → %s', (latin, cyrillic) => {
		expect(cyr(latin)).toBe(cyrillic);
	});

	test('a text with no exceptions given keeps the rules only', () => {
		expect(uzbekToCyrillic('sentabr Telegram')).toBe('сентабр Телеграм');
	});

	test('exceptions: whole words before stems, the longest stem first, the case of the source', () => {
		const custom: UzbekCyrillicExceptions = { latin: [], words: { abc: 'экс', 'taʼlimot': 'таълимот!' }, stems: { ab: 'аб', abd: 'ёбд', acme: 'акме' } };
		expect(uzbekToCyrillic('abc Abc ABC abdulla abra acmelar', custom)).toBe('экс Экс ЭКС ёбдулла абра акмелар');
		expect(uzbekToCyrillic("ta'limot ta’limot", custom)).toBe('таълимот! таълимот!');
		expect(uzbekToCyrillic('Abdulla ABDULLA', { ...custom, stems: { abd: 'ёбд' } })).toBe('Ёбдулла ЁБДУЛЛА');
		// Capitals: a word in capitals stays in capitals with its sign; one capital letter is a capitalised word.
		expect(uzbekToCyrillic('TAʼLIMOT X', { ...custom, words: { 'taʼlimot': 'таълимот', x: 'икс' } })).toBe('ТАЪЛИМОТ Икс');
	});
});

describe('the exceptions file', () => {
	const write = (yaml: string) => {
		const dir = mkdtempSync(join(tmpdir(), 'uzcyrl-'));
		mkdirSync(join(dir, 'content'));
		writeFileSync(join(dir, 'content/uzbek-cyrillic-exceptions.yaml'), yaml);
		return dir;
	};
	test('is read', () => {
		expect(exceptions.words['sentabr']).toBe('сентябрь');
		expect(exceptions.stems['retsept']).toBe('рецепт');
		expect(exceptions.latin).toContain('Telegram');
	});
	test('is optional', () => {
		expect(readUzbekCyrillicExceptions(mkdtempSync(join(tmpdir(), 'uzcyrl-')))).toEqual(NO_EXCEPTIONS);
		expect(readUzbekCyrillicExceptions(write(''))).toEqual(NO_EXCEPTIONS);
	});
	test('names the file, the field and the fix', () => {
		expect(() => readUzbekCyrillicExceptions(write('words:\n  Sentabr: сентябрь\n'))).toThrow(
			'content/uzbek-cyrillic-exceptions.yaml: words.Sentabr: a lower-case Latin word (ʻ in oʻ/gʻ, ʼ for the tutuq belgisi). Fix:'
		);
		expect(() => readUzbekCyrillicExceptions(write('stems:\n  film: film\n'))).toThrow('stems.film: a lower-case Cyrillic word');
		expect(() => readUzbekCyrillicExceptions(write('other: 1\n'))).toThrow('content/uzbek-cyrillic-exceptions.yaml: (file):');
	});
});
