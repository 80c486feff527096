/**
 * Length rules: a text far longer than any real one is a paste mistake (a whole article in a
 * title). Limits are about twice the longest text in the curriculum; content/README.md lists them.
 */
import type { ContentFile } from '../content-files.ts';
import { stringsIn, type Problem, type RuleContext } from './types.ts';

/** The longest text each field may hold, in characters, matched against the field's path without list indexes (first match wins). */
export const LENGTH_LIMITS: [RegExp, number][] = [
	[/(?:sources|references|source)\.title$/, 300],
	[/(?:^|\.)title$/, 150],
	[/^name\.\w+$/, 120],
	[/^description\.\w+$/, 300],
	[/(?:^|\.)description$/, 1000],
	[/(?:^|\.)term$/, 80],
	[/(?:^|\.)definition$/, 600],
	[/(?:^|\.)(?:objectives|prerequisites|summary)$/, 300],
	[/(?:^|\.)keyPoints$/, 200],
	[/(?:^|\.)familyQuestions$/, 250],
	[/(?:^|\.)claim$/, 300],
	[/(?:^|\.)outcomes$/, 400],
	[/(?:^|\.)practical$/, 600],
	[/(?:^|\.)prompt$/, 500],
	[/(?:^|\.)(?:text|left|right)$/, 300],
	[/(?:^|\.)feedback(?:\.\w+)?$/, 500],
	[/(?:^|\.)explanation$/, 800],
	[/(?:^|\.)(?:answers|searchTerms)$/, 80],
	[/(?:^|\.)(?:publisher|section|unit)$/, 150],
	[/(?:^|\.)(?:noUrl|checkedHow)$/, 300],
];

export function lengthLimit(field: string): number | undefined {
	const path = field.split('.').filter((part) => !/^\d+$/.test(part)).join('.');
	return LENGTH_LIMITS.find(([pattern]) => pattern.test(path))?.[1];
}

function lengthProblems(file: string, data: unknown): Problem[] {
	return stringsIn(data).flatMap(({ path, text }) => {
		const limit = lengthLimit(path);
		const length = [...text].length;
		if (limit === undefined || length <= limit) return [];
		return [
			{
				code: 'schema/too-long',
				file,
				field: path,
				message: `${length} characters; "${path}" holds at most ${limit}`,
				fix: `shorten it to ${limit} characters or fewer; longer text belongs in the lesson body`,
			},
		];
	});
}

export function lengthRules({ tree }: RuleContext): Problem[] {
	const files: Pick<ContentFile, 'file' | 'data'>[] = [...tree.lessons, ...tree.quizzes, ...tree.courses, ...tree.glossary, ...tree.simulators];
	if (tree.helplines) files.push(tree.helplines);
	return files.flatMap(({ file, data }) => lengthProblems(file, data));
}
