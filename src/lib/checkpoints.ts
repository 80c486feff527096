/**
 * Where a lesson's MDX puts its checkpoints (`<Checkpoint question="why-offer" />`): which
 * question each one shows, on which line of the body, and after how many `##` sections, so a
 * translation can be checked to put them at the same place.
 */

/** The question types a checkpoint may show: choice questions, which its small script checks. */
export const CHECKPOINT_TYPES = ['single', 'multiple', 'true-false'] as const;

export interface CheckpointUse {
	/** The `question` attribute ('' when it is missing). */
	question: string;
	/** 1-based line in the body. */
	line: number;
	/** How many `##` headings come before it: 2 means "at the end of the second section". */
	section: number;
}

const CODE_BLOCK = /```[\s\S]*?```/g;
const SECTION = /^##\s/gm;

/** One use of a component in MDX: the value of the attribute asked for ('' when it is missing). */
export interface ComponentUse {
	value: string;
	/** 1-based line in the body. */
	line: number;
	/** How many `##` headings come before it. */
	section: number;
}

/**
 * Each `<component attribute="…" />` of an MDX body, in order. Code blocks are skipped (a lesson
 * may show the tag as an example).
 */
export function componentUses(body: string, component: string, attribute: string): ComponentUse[] {
	// Blank out code blocks, keeping their length and line breaks, so offsets and lines stay true.
	const text = body.replace(CODE_BLOCK, (block) => block.replace(/[^\n]/g, ' '));
	const sections = [...text.matchAll(SECTION)].map((match) => match.index);
	const valueOf = new RegExp(`(?:^|\\s)${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
	return [...text.matchAll(new RegExp(`<${component}\\b([^>]*)>`, 'g'))].map((match) => {
		const found = valueOf.exec(match[1]!);
		return {
			value: found?.[1] ?? found?.[2] ?? '',
			line: text.slice(0, match.index).split('\n').length,
			section: sections.filter((at) => at < match.index).length,
		};
	});
}

/** The checkpoints of an MDX body, in order. */
export function checkpointsIn(body: string): CheckpointUse[] {
	return componentUses(body, 'Checkpoint', 'question').map(({ value, line, section }) => ({ question: value, line, section }));
}

/** "question@section" of each checkpoint, to compare a translation with its original. */
export const checkpointPlaces = (uses: readonly CheckpointUse[]): string[] => uses.map((use) => `${use.question}@${use.section}`);
