/**
 * Source rules: a lesson's source or a course's reference links to what it cites, or says why it
 * cannot (noUrl: "print edition only").
 */
import type { Source } from '../schemas.ts';
import type { Problem, RuleContext } from './types.ts';

function sourceProblems(file: string, list: Source[], field: string): Problem[] {
	return list.flatMap((source, index) =>
		source.url || source.noUrl
			? []
			: [
					{
						code: 'source/no-url',
						file,
						field: `${field}.${index}.url`,
						message: `the source "${source.title}" has no url`,
						fix: 'add the URL you read it at, or noUrl: with the reason there is none (e.g. "print edition only")',
					},
				]
	);
}

export function sourceRules({ lessons, courses }: RuleContext): Problem[] {
	return [
		...lessons.flatMap((lesson) => sourceProblems(lesson.file, lesson.value.sources, 'sources')),
		...courses.flatMap((course) => sourceProblems(course.file, course.value.references, 'references')),
	];
}
