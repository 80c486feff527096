/** Builds a content tree in a temp folder: the valid fixture with one bad-input overlay on top. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, 'fixtures/content');

export function fixtureTree(overlay?: string): string {
	const root = mkdtempSync(join(tmpdir(), `ogoh-${overlay ?? 'valid'}-`));
	cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
	if (overlay) cpSync(join(FIXTURES, overlay), root, { recursive: true });
	return root;
}

/** Each bad-input fixture, with the file and field its build error must name. */
export const BAD_FIXTURES: { name: string; file: string; field: string; message: RegExp }[] = [
	{ name: 'bad-front-matter', file: 'content/lessons/en/sample.mdx', field: 'title', message: /"title" is missing/ },
	{ name: 'unknown-enum', file: 'content/lessons/en/sample.mdx', field: 'topic', message: /"drug" is not allowed/ },
	{ name: 'answer-not-an-option', file: 'content/quizzes/en/sample.yaml', field: 'questions.0.answer', message: /answer "c" .* is not one of its options/ },
	{ name: 'duplicate-question-id', file: 'content/quizzes/en/sample.yaml', field: 'questions', message: /question id "first" is used more than once/ },
	{ name: 'dangling-reference', file: 'content/lessons/en/sample.mdx', field: 'quiz', message: /quiz "no-such-quiz" does not exist/ },
	{ name: 'dangling-course-lesson', file: 'content/courses/en/sample.yaml', field: 'modules.0.lessons.1', message: /lesson "missing-lesson" does not exist/ },
	{ name: 'locale-answer-differs', file: 'content/quizzes/uz/sample.yaml', field: 'questions.1.answer', message: /differs from English/ },
	{ name: 'locale-question-ids-differ', file: 'content/quizzes/uz/sample.yaml', field: 'questions', message: /question ids .* differ from English/ },
	{ name: 'broken-link', file: 'content/lessons/en/sample.mdx', field: '(body)', message: /broken link "\/quizzes\/sampel\/"/ },
	{ name: 'missing-ui-key', file: 'src/content/i18n/uz.json', field: 'ogoh.quiz.retry', message: /UI string "ogoh.quiz.retry" is missing/ },
	{ name: 'unknown-question-type', file: 'content/quizzes/en/sample.yaml', field: 'questions.0.type', message: /unknown question type "essay"/ },
	{ name: 'bad-yaml', file: 'content/glossary/en/peer-pressure.yaml', field: '(YAML)', message: /YAML cannot be read/ },
	{ name: 'missing-glossary-term', file: 'content/lessons/en/sample.mdx', field: '(body)', message: /<Term id="peer-presure">/ },
	{ name: 'stigmatising-word', file: 'content/lessons/en/sample.mdx', field: '(text)', message: /"addict" labels people by drug use/ },
	{ name: 'missing-teacher-notes', file: 'content/lessons/en/sample.mdx', field: '(body)', message: /the lesson has no teacher notes/ },
	{ name: 'unverified-phone-number', file: 'content/lessons/en/sample.mdx', field: '(body)', message: /phone number \+998711234567 is not in content\/helplines.yaml/ },
	{ name: 'unknown-section', file: 'content/quizzes/en/sample.yaml', field: 'questions.0.section', message: /"no-such-heading" is not a heading of content\/lessons\/en\/sample.mdx/ },
];
