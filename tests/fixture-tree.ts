/** Builds a content tree in a temp folder: the valid fixture with one bad-input overlay on top. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LanguageDefinition } from '../src/lib/languages.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures/content');

export function fixtureTree(overlay?: string): string {
	const root = mkdtempSync(join(tmpdir(), `ogoh-${overlay ?? 'valid'}-`));
	cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
	if (overlay) cpSync(join(FIXTURES, overlay), root, { recursive: true });
	return root;
}

/** [code, file, field] of one expected problem, plus its line when it has one. */
export type Expected = [code: string, file: string, field: string, line?: number];

const LESSON = 'content/lessons/en/sample.mdx';
const LESSON_UZ = 'content/lessons/uz/sample.mdx';
const QUIZ = 'content/quizzes/en/sample.yaml';
const QUIZ_UZ = 'content/quizzes/uz/sample.yaml';
const HELPLINES = 'content/helplines.yaml';
const SIM = 'content/simulators/en/sample.yaml';
const SIM_UZ = 'content/simulators/uz/sample.yaml';

/** A throw-away language still being translated, added as one entry (OGOH_EXTRA_LANGUAGE), as a new language would be. */
export const TAJIK: LanguageDefinition = { code: 'tg', lang: 'tg', label: 'Тоҷикӣ', partial: true };
const LESSON_TG = 'content/lessons/tg/sample.mdx';
const STRINGS_TG = 'src/content/i18n/tg.json';

/**
 * Each bad-input fixture (one per rule) with the exact list of problems the content check reports,
 * in order: no more (no follow-on errors), no fewer. `build: true` ones also run a real build;
 * `language` is checked with that language added to src/lib/languages.ts.
 */
export const BAD_FIXTURES: { name: string; problems: Expected[]; build?: true; language?: LanguageDefinition }[] = [
	// schema
	{ name: 'bad-front-matter', problems: [['schema/missing', LESSON, 'title'], ['schema/type', LESSON, 'duration']] },
	{ name: 'unknown-enum', problems: [['schema/value', LESSON, 'topic']], build: true },
	{ name: 'unknown-question-type', problems: [['schema/question-type', QUIZ, 'questions.0.type']] },
	{ name: 'too-long-title', problems: [['schema/too-long', LESSON, 'title']] },
	// files
	{ name: 'bad-yaml', problems: [['file/yaml', 'content/glossary/en/peer-pressure.yaml', '(YAML)', 3]], build: true },
	{ name: 'bad-yaml-quiz', problems: [['file/yaml', QUIZ, '(YAML)', 1]] },
	{ name: 'not-utf8', problems: [['file/encoding', 'content/glossary/uz/peer-pressure.yaml', '(file)', 2]] },
	{ name: 'md-beside-mdx', problems: [['file/duplicate-slug', 'content/lessons/en/sample.md', '(path)']] },
	{ name: 'file-name-not-slug', problems: [['file/name', 'content/courses/en/Teacher Course_2026.yaml', '(path)']] },
	{ name: 'mdx-syntax-error', problems: [['mdx/syntax', LESSON, '(body)', 24]], build: true },
	{ name: 'mdx-runtime-error', problems: [['mdx/unknown-component', LESSON, '(body)', 24], ['mdx/expression', LESSON, '(body)', 26], ['mdx/expression', LESSON, '(body)', 30]] },
	// references
	{ name: 'dangling-reference', problems: [['ref/quiz', LESSON, 'quiz'], ['ref/quiz', LESSON_UZ, 'quiz']] },
	{ name: 'dangling-course-lesson', problems: [['ref/lesson', 'content/courses/en/sample.yaml', 'modules.0.lessons.1']] },
	{ name: 'unknown-section', problems: [['ref/section', QUIZ, 'questions.0.section']] },
	// quizzes and courses
	{ name: 'answer-not-an-option', problems: [['quiz/answer-not-option', QUIZ, 'questions.0.answer'], ['quiz/answer-not-option', QUIZ_UZ, 'questions.0.answer']] },
	{ name: 'multiple-answer-not-an-option', problems: [['quiz/answer-not-option', QUIZ, 'questions.1.answer'], ['i18n/answer', QUIZ_UZ, 'questions.1.answer']] },
	{ name: 'duplicate-question-id', problems: [['quiz/duplicate-question', QUIZ, 'questions'], ['quiz/duplicate-question', QUIZ_UZ, 'questions']] },
	{ name: 'every-option-right', problems: [['quiz/every-option-right', QUIZ, 'questions.1.answer'], ['quiz/every-option-right', QUIZ_UZ, 'questions.1.answer']] },
	{ name: 'matching-duplicate-text', problems: [['quiz/duplicate-text', QUIZ, 'questions.2.pairs'], ['quiz/duplicate-text', QUIZ_UZ, 'questions.2.pairs']] },
	{ name: 'categorize-unknown-group', problems: [['quiz/unknown-group', QUIZ, 'questions.2.items'], ['quiz/unknown-group', QUIZ_UZ, 'questions.2.items']] },
	{ name: 'categorize-empty-group', problems: [['quiz/empty-group', QUIZ, 'questions.2.groups'], ['quiz/empty-group', QUIZ_UZ, 'questions.2.groups']] },
	{ name: 'categorize-duplicate-text', problems: [['quiz/duplicate-text', QUIZ, 'questions.2.items'], ['quiz/duplicate-text', QUIZ_UZ, 'questions.2.items']] },
	{ name: 'hotspot-not-found', problems: [['quiz/region-not-found', QUIZ, 'questions.2.regions.2.text']] },
	{ name: 'hotspot-twice', problems: [['quiz/region-twice', QUIZ, 'questions.2.regions.0.text']] },
	{ name: 'hotspot-overlap', problems: [['quiz/region-overlap', QUIZ, 'questions.2.regions.3.text']] },
	{ name: 'hotspot-no-flag', problems: [['quiz/no-red-flag', QUIZ, 'questions.2.regions'], ['quiz/no-red-flag', QUIZ_UZ, 'questions.2.regions']] },
	{ name: 'hotspot-every-flag', problems: [['quiz/every-option-right', QUIZ, 'questions.2.regions'], ['quiz/every-option-right', QUIZ_UZ, 'questions.2.regions']] },
	{ name: 'cloze-marker-without-blank', problems: [['quiz/marker-without-blank', QUIZ, 'questions.2.text'], ['quiz/marker-without-blank', QUIZ_UZ, 'questions.2.text']] },
	{ name: 'cloze-blank-without-marker', problems: [['quiz/blank-without-marker', QUIZ, 'questions.2.blanks.1'], ['quiz/blank-without-marker', QUIZ_UZ, 'questions.2.blanks.1']] },
	{ name: 'cloze-answer-not-an-option', problems: [['quiz/answer-not-option', QUIZ, 'questions.2.blanks.1.answer'], ['quiz/answer-not-option', QUIZ_UZ, 'questions.2.blanks.1.answer']] },
	{ name: 'course-hours-sum', problems: [['course/hours', 'content/courses/en/sample.yaml', 'totalHours']] },
	{ name: 'course-duplicate-module', problems: [['course/duplicate-module', 'content/courses/en/sample.yaml', 'modules']] },
	{ name: 'file-not-in-locale-folder', problems: [['file/locale-folder', 'content/glossary/stray.yaml', '(path)']] },
	{ name: 'no-front-matter', problems: [['file/front-matter', 'content/lessons/en/draft.mdx', '(front matter)']] },
	{ name: 'bad-json', problems: [['file/json', 'src/content/i18n/uz.json', '(JSON)']] },
	{ name: 'bad-yaml-page', problems: [['file/yaml', 'src/content/docs/about.md', '(YAML)', 2]] },
	{ name: 'translation-orphan', problems: [['i18n/orphan', 'content/glossary/uz/stray-term.yaml', '(path)']] },
	{ name: 'locale-quiz-lesson-differs', problems: [['ref/lesson', QUIZ_UZ, 'lesson'], ['i18n/quiz-lesson', QUIZ_UZ, 'lesson']] },
	{ name: 'locale-option-ids-differ', problems: [['i18n/option-ids', QUIZ_UZ, 'questions.0']] },
	{ name: 'locale-lesson-topic-differs', problems: [['i18n/lesson', LESSON_UZ, 'topic']] },
	{ name: 'locale-course-differs', problems: [['i18n/course', 'content/courses/uz/sample.yaml', 'modules']] },
	{ name: 'helpline-duplicate-id', problems: [['helpline/duplicate-id', HELPLINES, 'id']] },
	{ name: 'helplines-empty', problems: [['schema/type', HELPLINES, '(top level)']] },
	{ name: 'unknown-fields', problems: [['schema/unknown-field', QUIZ, '(top level)'], ['schema/unknown-field', QUIZ_UZ, '(top level)']] },
	{ name: 'list-written-as-text', problems: [['schema/type', QUIZ, 'searchTerms']] },
	{ name: 'unknown-key-term', problems: [['ref/term', LESSON, 'keyTerms.1'], ['ref/term', LESSON_UZ, 'keyTerms.1']] },
	// A quiz title at its limit (150) passes; a helpline's note one over its limit (300) does not.
	{ name: 'too-long-helpline', problems: [['schema/too-long', HELPLINES, '0.checkedHow']] },
	{ name: 'course-unknown-quiz', problems: [['ref/quiz', 'content/courses/en/sample.yaml', 'modules.0.quizzes.1']] },
	// chat simulators
	{ name: 'simulator-choices-and-outcome', problems: [['schema/invalid', SIM, 'steps.1'], ['schema/invalid', SIM_UZ, 'steps.1']] },
	{ name: 'simulator-unknown-step', problems: [['sim/unknown-step', SIM, 'steps.1.choices.1.next'], ['sim/unknown-step', SIM_UZ, 'steps.1.choices.1.next']] },
	{ name: 'simulator-duplicate-step', problems: [['sim/duplicate-step', SIM, 'steps'], ['sim/duplicate-step', SIM_UZ, 'steps']] },
	{ name: 'simulator-duplicate-choice', problems: [['sim/duplicate-choice', SIM, 'steps.0.choices'], ['sim/duplicate-choice', SIM_UZ, 'steps.0.choices']] },
	{ name: 'simulator-unreachable', problems: [['sim/unreachable', SIM, 'steps.4'], ['sim/unreachable', SIM_UZ, 'steps.4']] },
	{ name: 'simulator-loop', problems: [['sim/loop', SIM, 'steps.1.choices.1.next'], ['sim/loop', SIM_UZ, 'steps.1.choices.1.next']] },
	{ name: 'simulator-no-safe-exit', problems: [['sim/no-safe-exit', SIM, 'steps'], ['sim/no-safe-exit', SIM_UZ, 'steps']] },
	{ name: 'simulator-dangling-lesson', problems: [['ref/lesson', SIM, 'lessons.1'], ['ref/lesson', SIM_UZ, 'lessons.1']] },
	{ name: 'simulator-structure-differs', problems: [['i18n/simulator', SIM_UZ, 'steps']] },
	{ name: 'simulator-orphan', problems: [['i18n/orphan', 'content/simulators/uz/other.yaml', '(path)']] },
	// translations
	{ name: 'locale-answer-differs', problems: [['i18n/answer', QUIZ_UZ, 'questions.1.answer']] },
	{ name: 'locale-question-ids-differ', problems: [['i18n/question-ids', QUIZ_UZ, 'questions']] },
	{ name: 'locale-question-type-differs', problems: [['i18n/question-type', QUIZ_UZ, 'questions.1.type']] },
	{ name: 'missing-ui-key', problems: [['i18n/ui-string', 'src/content/i18n/uz.json', 'ogoh.quiz.retry']] },
	// A partial language: no glossary, no quiz, a UI string and the helpline texts missing, all falling back
	// to English; what it has is still checked (an empty UI string, a lesson without its help block).
	{ name: 'partial-language', language: TAJIK, problems: [['i18n/ui-string-empty', STRINGS_TG, 'ogoh.quiz.check'], ['style/help-block', LESSON_TG, '(body)']] },
	// links
	{ name: 'broken-link', problems: [['link/broken', LESSON, '(body)']], build: true },
	{ name: 'missing-glossary-term', problems: [['link/term', LESSON, '(body)']] },
	{ name: 'relative-link', problems: [['link/relative', LESSON, '(body)']] },
	{ name: 'cross-language-link', problems: [['link/cross-language', LESSON_UZ, '(body)']] },
	// style
	{ name: 'missing-teacher-notes', problems: [['style/teacher-notes', LESSON, '(body)']] },
	{ name: 'missing-help-block', problems: [['style/help-block', LESSON, '(body)']] },
	{ name: 'task-list', problems: [['style/task-list', LESSON, '(body)']] },
	{ name: 'stigmatising-word', problems: [['style/stigma', LESSON, '(body)']] },
	{ name: 'stigmatising-word-in-yaml', problems: [['style/stigma', QUIZ, 'questions.1.explanation'], ['style/stigma', 'content/glossary/uz/peer-pressure.yaml', 'definition']] },
	{ name: 'unverified-phone-number', problems: [['style/phone', LESSON, '(body)']], build: true },
	{ name: 'phone-domestic-format', problems: [['style/phone', LESSON, '(body)']] },
	{ name: 'phone-short-number', problems: [['style/phone', QUIZ, 'questions.0.explanation'], ['style/phone', 'content/glossary/uz/peer-pressure.yaml', 'definition']] },
	{ name: 'phone-listed-number', problems: [] },
	// helplines, sources, search
	{ name: 'helpline-unverified', problems: [['helpline/no-url', HELPLINES, '0.source.url'], ['helpline/checked-how', HELPLINES, '0.checkedHow'], ['schema/missing', HELPLINES, '1.lastChecked']] },
	{ name: 'helpline-batch-date', problems: [['helpline/batch-date', HELPLINES, 'lastChecked']] },
	{ name: 'source-without-url', problems: [['source/no-url', LESSON_UZ, 'sources.0.url'], ['source/no-url', 'content/courses/en/sample.yaml', 'references.0.url']] },
	{ name: 'too-few-search-terms', problems: [['search/terms', QUIZ_UZ, 'searchTerms']] },
	{ name: 'key-points-count-differs', problems: [['i18n/key-points', LESSON_UZ, 'keyPoints']] },
	{ name: 'family-questions-count', problems: [['lesson/family-questions-count', LESSON, 'familyQuestions']] },
	{ name: 'family-questions-differ', problems: [['i18n/family-questions', LESSON_UZ, 'familyQuestions']] },
	{ name: 'unknown-illustration', problems: [['lesson/unknown-illustration', LESSON, '(body)', 32]] },
	{ name: 'no-illustration', problems: [['lesson/no-illustration', LESSON, '(body)']] },
	// checkpoints
	{ name: 'no-checkpoint', problems: [['lesson/no-checkpoint', LESSON, '(body)']] },
	{ name: 'checkpoint-type', problems: [['lesson/checkpoint-type', LESSON, '(body)', 30], ['lesson/checkpoint-type', LESSON_UZ, '(body)', 30]] },
	{ name: 'checkpoint-unknown-question', problems: [['lesson/checkpoint-unknown-question', LESSON, '(body)', 30], ['lesson/checkpoint-unknown-question', LESSON_UZ, '(body)', 30]] },
	{ name: 'checkpoint-place', problems: [['i18n/checkpoint', LESSON_UZ, '(body)', 32]] },
	{ name: 'too-many-checkpoints', problems: [['lesson/too-many-checkpoints', LESSON, '(body)', 34], ['lesson/too-many-checkpoints', LESSON_UZ, '(body)', 34]] },
	// myth-or-fact cards
	{ name: 'myth-valid', problems: [] },
	{ name: 'myth-unknown-id', problems: [['lesson/myth-unknown-id', LESSON, '(body)', 43], ['lesson/myth-unknown-id', LESSON_UZ, '(body)', 43]] },
	{ name: 'myth-without-cards', problems: [['lesson/myth-unknown-id', LESSON, '(body)', 34], ['lesson/myth-unknown-id', LESSON_UZ, '(body)', 34]] },
	{ name: 'myth-duplicate-id', problems: [['lesson/myth-duplicate-id', LESSON, 'mythsAndFacts.1.id'], ['lesson/myth-duplicate-id', LESSON_UZ, 'mythsAndFacts.1.id']] },
	{ name: 'myth-shown-only-in-english', problems: [['lesson/myth-not-shown', LESSON_UZ, 'mythsAndFacts']] },
	{ name: 'myth-not-shown', problems: [['lesson/myth-not-shown', LESSON, 'mythsAndFacts'], ['lesson/myth-not-shown', LESSON_UZ, 'mythsAndFacts']] },
	{ name: 'myth-ids-differ', problems: [['i18n/myth-ids', LESSON_UZ, 'mythsAndFacts']] },
	{ name: 'myth-verdict-differs', problems: [['i18n/myth-verdict', LESSON_UZ, 'mythsAndFacts.1.verdict']] },
	{ name: 'myth-place', problems: [['i18n/myth-place', LESSON_UZ, '(body)', 41]] },
	// norm-guess polls
	{ name: 'norm-valid', problems: [] },
	{ name: 'norm-unknown-source', problems: [['lesson/norm-unknown-source', LESSON, 'normGuesses.0.source'], ['lesson/norm-unknown-source', LESSON_UZ, 'normGuesses.0.source']] },
	{ name: 'norm-unknown-id', problems: [['lesson/norm-unknown-id', LESSON, '(body)', 50], ['lesson/norm-unknown-id', LESSON_UZ, '(body)', 50]] },
	{ name: 'norm-not-shown', problems: [['lesson/norm-not-shown', LESSON, 'normGuesses.0'], ['lesson/norm-not-shown', LESSON_UZ, 'normGuesses.0']] },
	{ name: 'norm-ages', problems: [['lesson/norm-ages', LESSON, 'normGuesses.0.question']] },
	{ name: 'norm-duplicate-id', problems: [['lesson/norm-duplicate-id', LESSON, 'normGuesses.1.id'], ['i18n/norm-ids', LESSON_UZ, 'normGuesses']] },
	{ name: 'norm-ids-differ', problems: [['i18n/norm-ids', LESSON_UZ, 'normGuesses']] },
	{ name: 'norm-figure-differs', problems: [['i18n/norm-figure', LESSON_UZ, 'normGuesses.0']] },
	{ name: 'norm-place', problems: [['i18n/norm-place', LESSON_UZ, '(body)', 48]] },
	{ name: 'checkpoint-without-quiz', problems: [['lesson/checkpoint-without-quiz', LESSON, '(body)', 29], ['lesson/checkpoint-without-quiz', LESSON_UZ, '(body)', 29]] },
];
