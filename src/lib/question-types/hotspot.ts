/**
 * Hotspot ("tap the red flags"): a message (SMS, chat, email, web address) drawn as text, with
 * regions, each a span of its words that must occur once, verbatim, in the message's `sender` or
 * `text`. Some regions are red flags. The learner taps regions; it is graded as multiple choice
 * (multiple.ts: each flag tapped earns 1/k, each other region tapped takes 1/k away, never below
 * 0), and exported as multiple choice with the regions as options, so Moodle scores it the same.
 * Regions are lettered in the order they appear in the message (which may differ per language).
 */
import { choiceAnswerKey, choiceResponses, optionIds, printedChoice } from './choice-kit.ts';
import { defineQuestionType, duplicateIds, type BrowserPart, type TypeProblem } from './define.ts';
import { multipleBrowser } from './multiple.ts';

export const MESSAGE_KINDS = ['sms', 'chat', 'email', 'web'] as const;
export const MAX_REGIONS = 8;

export interface Region {
	id: string;
	text: string;
	flag: boolean;
	feedback: string;
}

export interface HotspotMessage {
	kind: (typeof MESSAGE_KINDS)[number];
	/** The sender, number or address line above the message; regions may be in it. */
	sender?: string | undefined;
	text: string;
}

/** A piece of the message: plain text, or a region's words with its index in message order. */
export interface MessagePiece {
	text: string;
	region?: { id: string; index: number };
}

/** What the browser grades: the region ids and the red flags. */
export interface HotspotGradable {
	type: 'hotspot';
	options: { id: string }[];
	answer: string[];
}

export const hotspotBrowser: BrowserPart<HotspotGradable> = {
	display: { graded: true, field: 'hotspot', shuffle: false, feedback: 'every-option' },
	isGradable: (value) => multipleBrowser.isGradable(value),
	grade: (question, response) => multipleBrowser.grade({ ...question, type: 'multiple' }, response),
	answerIds: (question) => [...question.answer],
};

type Part = 'sender' | 'text';
interface Found {
	region: Region;
	/** Position in the message: `sender` comes before `text`. */
	part: Part;
	start: number;
	end: number;
	count: number;
}

function occurrences(haystack: string, needle: string): number[] {
	const at: number[] = [];
	for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) at.push(i);
	return at;
}

/** Where each region is: its first place in `sender` or `text` and how often it occurs in both. */
function locate(message: HotspotMessage, regions: readonly Region[]): Found[] {
	return regions.map((region) => {
		const inSender = occurrences(message.sender ?? '', region.text);
		const inText = occurrences(message.text, region.text);
		const [part, start] = inSender.length > 0 ? (['sender', inSender[0]!] as const) : (['text', inText[0] ?? -1] as const);
		return { region, part, start, end: start + region.text.length, count: inSender.length + inText.length };
	});
}

const order = (found: Found) => (found.part === 'sender' ? 0 : 1e6) + found.start;

/** The regions in the order they appear in the message (regions not found last, as authored). */
export function regionsInOrder(message: HotspotMessage, regions: readonly Region[]): Region[] {
	return locate(message, regions)
		.map((found, index) => ({ found, key: found.count === 0 ? 2e6 + index : order(found) }))
		.sort((a, b) => a.key - b.key)
		.map(({ found }) => found.region);
}

/** One part of the message (`sender` or `text`) cut into plain pieces and regions, indexed in message order. */
export function messagePieces(message: HotspotMessage, regions: readonly Region[], part: Part): MessagePiece[] {
	const source = part === 'sender' ? (message.sender ?? '') : message.text;
	const ordered = regionsInOrder(message, regions);
	const found = locate(message, ordered)
		.map((f, index) => ({ ...f, index }))
		.filter((f) => f.count > 0 && f.part === part)
		.sort((a, b) => a.start - b.start);
	const pieces: MessagePiece[] = [];
	let at = 0;
	for (const f of found) {
		if (f.start < at) continue;
		if (f.start > at) pieces.push({ text: source.slice(at, f.start) });
		pieces.push({ text: f.region.text, region: { id: f.region.id, index: f.index } });
		at = f.end;
	}
	if (at < source.length) pieces.push({ text: source.slice(at) });
	return pieces;
}

/** Regions not found, found twice, or overlapping another; and questions whose regions are all, or none, red flags. */
export function regionProblems(message: HotspotMessage, regions: readonly Region[]): TypeProblem[] {
	const found = locate(message, regions);
	const problems: TypeProblem[] = [...duplicateIds('regions', regions.map((r) => r.id))];
	found.forEach(({ region, count }, index) => {
		const field = `regions.${index}.text`;
		if (count === 0) {
			problems.push({ code: 'quiz/region-not-found', field, message: `region "${region.id}" ("${region.text}") is not in the message`, fix: 'copy the words exactly as they are written in message.text or message.sender (same letters, case and spaces)' });
		} else if (count > 1) {
			problems.push({ code: 'quiz/region-twice', field, message: `region "${region.id}" ("${region.text}") occurs ${count} times in the message, so it is not clear which one is meant`, fix: 'make the region longer (add a word next to it) so that it occurs once' });
		}
	});
	const placed = found.filter((f) => f.count === 1);
	for (const [i, a] of placed.entries()) {
		for (const b of placed.slice(i + 1)) {
			if (a.part === b.part && a.start < b.end && b.start < a.end) {
				problems.push({
					code: 'quiz/region-overlap',
					field: `regions.${regions.indexOf(b.region)}.text`,
					message: `regions "${a.region.id}" ("${a.region.text}") and "${b.region.id}" ("${b.region.text}") share words, so one tap would mean both`,
					fix: 'make the regions separate spans of the message, or join them into one region',
				});
			}
		}
	}
	const flags = regions.filter((r) => r.flag).length;
	if (flags === 0) {
		problems.push({ code: 'quiz/no-red-flag', field: 'regions', message: 'no region has flag: true, so there is nothing to find', fix: 'set flag: true on every region that is a red flag' });
	} else if (flags === regions.length) {
		problems.push({ code: 'quiz/every-option-right', field: 'regions', message: 'every region is a red flag, so tapping everything earns full marks', fix: 'add at least one region that is not a red flag (flag: false), e.g. an ordinary greeting' });
	}
	return problems;
}

/** The regions as options (in message order): their text and feedback. */
const asOptions = (question: { message: HotspotMessage; regions: Region[] }) =>
	regionsInOrder(question.message, question.regions).map((r) => ({ id: r.id, text: r.text, feedback: r.feedback }));

const flagIds = (regions: readonly Region[]) => regions.filter((r) => r.flag).map((r) => r.id);

/** The message as one line of text for the exports: "From: text". */
export const messageLine = (message: HotspotMessage) => (message.sender ? `${message.sender}: ${message.text}` : message.text);

export const hotspot = defineQuestionType({
	type: 'hotspot',
	browser: hotspotBrowser,
	content: {
		schema: ({ z, base, id, text }) =>
			z
				.object({
					...base,
					type: z.literal('hotspot'),
					/** The message drawn as text: its kind sets the look (a phone SMS, a chat bubble, an email, an address bar). */
					message: z.object({ kind: z.enum(MESSAGE_KINDS), sender: text.optional(), text }).strict(),
					/** Spans of the message, each written exactly as in it, once; `flag: true` on the red flags. */
					regions: z
						.array(z.object({ id, text, flag: z.boolean(), feedback: text }).strict())
						.min(2, 'give at least two regions: the red flags and at least one part that is not one')
						.max(MAX_REGIONS, `keep to ${MAX_REGIONS} regions at most; tapping more is guessing`),
				})
				.strict(),
		gradable: (question) => ({ type: 'hotspot', options: optionIds(question.regions), answer: flagIds(question.regions) }),
		key: (question) => ({ ids: question.regions.map((r) => r.id), answer: flagIds(question.regions) }),
		problems: (question) => regionProblems(question.message, question.regions),
		responses: (question) => choiceResponses(question.regions, question.regions.filter((r) => r.flag).map((r) => r.id)),
	},
	page: {
		hints: { quiz: 'ogoh.quiz.hotspotHint', print: 'ogoh.print.hotspotHint' },
		choices: (question) => asOptions(question),
		answerKey: (question, { letter }) => choiceAnswerKey(asOptions(question), flagIds(question.regions), letter),
		printed: (question, context) => {
			const lettered = (part: Part) =>
				messagePieces(question.message, question.regions, part).map((p) => (p.region ? { text: p.text, region: { letter: context.letter(p.region.index), index: p.region.index } } : { text: p.text }));
			return { ...printedChoice(asOptions(question), flagIds(question.regions), context, true, true), message: { kind: question.message.kind, sender: lettered('sender'), text: lettered('text') } };
		},
	},
	exports: {
		gift: (question, e, weight) => {
			const share = weight(1 / flagIds(question.regions).length);
			return { stem: e(messageLine(question.message)), lines: asOptions(question).map((o) => `~%${question.regions.find((r) => r.id === o.id)!.flag ? '' : '-'}${share}%${e(o.text)}#${e(o.feedback)}`) };
		},
		moodleXml: (question, xml) => {
			const share = xml.weight(1 / flagIds(question.regions).length);
			const flags = new Set(flagIds(question.regions));
			return {
				type: 'multichoice',
				defaultGrade: 1,
				stem: messageLine(question.message),
				inner: ['<single>false</single>', '<shuffleanswers>0</shuffleanswers>', ...asOptions(question).map((o) => xml.answer(flags.has(o.id) ? share : `-${share}`, o.text, o.feedback))],
			};
		},
	},
});
