/**
 * Uzbek Cyrillic → Latin, by the 1995 Latin alphabet (with ʻ U+02BB in oʻ, gʻ and ʼ U+02BC for
 * the tutuq belgisi). Many Uzbek phones still have a Cyrillic keyboard, so a learner may type
 * «икки босқичли тасдиқлаш» for "ikki bosqichli tasdiqlash": grading compares both in Latin.
 * Characters that are not Uzbek Cyrillic (Latin, digits, punctuation) pass through unchanged.
 */

const LETTERS: Record<string, string> = {
	а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
	н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x', ц: 'ts', ч: 'ch', ш: 'sh',
	щ: 'sh', ъ: 'ʼ', ы: 'i', ь: '', э: 'e', ё: 'yo', ю: 'yu', я: 'ya', ў: 'oʻ', қ: 'q', ғ: 'gʻ', ҳ: 'h',
};
/** After these (and at the start of a word) е is read "ye". */
const YE_AFTER = new Set([...'аеёиоуэюяўъь']);

const isCyrillicLetter = (char: string) => char.toLowerCase() in LETTERS || char.toLowerCase() === 'е';

/** The Latin spelling of Uzbek text written in Cyrillic; capitals stay capitals. */
export function uzbekToLatin(text: string): string {
	const chars = [...text];
	let out = '';
	chars.forEach((char, i) => {
		const lower = char.toLowerCase();
		const previous = chars[i - 1]?.toLowerCase();
		let latin: string;
		if (lower === 'е') latin = previous === undefined || !/\p{L}/u.test(previous) || YE_AFTER.has(previous) ? 'ye' : 'e';
		else if (lower === 'ҳ' && previous === 'с') latin = 'ʼh'; // сҳ is two sounds: Исҳоқ = Isʼhoq, not "Ishoq"
		else if (lower in LETTERS) latin = LETTERS[lower]!;
		else {
			out += char;
			return;
		}
		if (char !== lower && latin) {
			// A capital: the whole digraph in capitals inside an all-capital word (ЧОЙ → CHOY), else the first letter.
			const next = chars[i + 1];
			const shouting = next !== undefined && isCyrillicLetter(next) && next !== next.toLowerCase();
			latin = shouting ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
		}
		out += latin;
	});
	return out;
}
