import { readdirSync, readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { parseAllDocuments } from 'yaml';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkContent, contentProblems, contentRoot, formatContentError } from '../../src/lib/check-content.ts';
import type { LanguageDefinition } from '../../src/lib/languages.ts';
import { lessonSchema, quizSchema } from '../../src/lib/schemas.ts';
import { contentError, formatProblems, type Problem } from '../../src/lib/validate-content.ts';
import { BAD_FIXTURES, FIXTURES, fixtureTree, TAJIK, type Expected } from '../fixture-tree.ts';

const problemsOf = (overlay?: string) => contentProblems(fixtureTree(overlay));

/** The problems with one more language in src/lib/languages.ts, as the build would see them with that entry. */
async function problemsWith(language: LanguageDefinition, overlay: string): Promise<Problem[]> {
	vi.resetModules();
	vi.stubEnv('OGOH_EXTRA_LANGUAGE', JSON.stringify(language));
	try {
		const check = await import('../../src/lib/check-content.ts');
		return check.contentProblems(fixtureTree(overlay));
	} finally {
		vi.unstubAllEnvs();
		vi.resetModules();
	}
}
const summary = (problems: Problem[]): Expected[] => problems.map((p) => (p.line === undefined ? [p.code, p.file, p.field] : [p.code, p.file, p.field, p.line]));

describe('content check', () => {
	test('passes the valid fixture', () => {
		expect(problemsOf()).toEqual([]);
	});

	test('passes the real curriculum', () => {
		const problems = contentProblems(process.cwd());
		expect(formatProblems(problems)).toBe(formatProblems([]));
	});

	test('every fixture folder is covered by a case', () => {
		const folders = readdirSync(FIXTURES).filter((name) => name !== 'valid');
		expect(folders.sort()).toEqual(BAD_FIXTURES.map((f) => f.name).sort());
	});

	test.each(BAD_FIXTURES)('$name: exactly the expected problems (code, file, field, line)', async ({ name, language, problems: expected }) => {
		const problems = language ? await problemsWith(language, name) : problemsOf(name);
		expect(summary(problems), formatProblems(problems)).toEqual(expected);
		for (const problem of problems) {
			expect(problem.message.length, problem.code).toBeGreaterThan(10);
			expect(problem.fix.length, problem.code).toBeGreaterThan(10);
		}
	});

	test('a partial language may leave out glossary terms, UI strings and helpline texts; a finished one may not', async () => {
		expect(summary(await problemsWith({ ...TAJIK, partial: false }, 'partial-language'))).toEqual([
			['i18n/glossary', 'content/glossary/tg/peer-pressure.yaml', '(file)'],
			['i18n/ui-string-empty', 'src/content/i18n/tg.json', 'ogoh.quiz.check'],
			['i18n/ui-string', 'src/content/i18n/tg.json', 'ogoh.quiz.retry'],
			['style/help-block', 'content/lessons/tg/sample.mdx', '(body)'],
			['schema/missing', 'content/helplines.yaml', '0.name.tg'],
			['schema/missing', 'content/helplines.yaml', '0.description.tg'],
		]);
		const messages = (await problemsWith(TAJIK, 'partial-language')).map((p) => `${p.message} | ${p.fix}`);
		expect(messages[0]).toBe(
			'the UI string "ogoh.quiz.check" is "": the page would show that instead of a text | translate "ogoh.quiz.check" from src/content/i18n/en.json, or remove the key so the English text is shown'
		);
		const finished = (await problemsWith({ ...TAJIK, partial: false }, 'partial-language')).map((p) => `${p.message} | ${p.fix}`);
		expect(finished.slice(0, 3)).toEqual([
			'the glossary term "peer-pressure" has no tg translation | translate content/glossary/en/peer-pressure.yaml into this file',
			'the UI string "ogoh.quiz.check" is "": the page would show that instead of a text | translate "ogoh.quiz.check" from src/content/i18n/en.json',
			'the UI string "ogoh.quiz.retry" is missing | add "ogoh.quiz.retry" translated from src/content/i18n/en.json',
		]);
	});

	test('formats problems as file (and line), field, message, code and fix', () => {
		expect(formatProblems(problemsOf('unknown-enum'))).toMatchInlineSnapshot(`
			"Ogoh content check found 1 problem:
			  content/lessons/en/sample.mdx
			    topic: "drug" is not allowed [schema/value]
			    fix: use one of: drugs, cyber"
		`);
		expect(formatProblems(problemsOf('mdx-syntax-error'))).toMatchInlineSnapshot(`
			"Ogoh content check found 1 problem:
			  content/lessons/en/sample.mdx:24
			    (body): the MDX cannot be read: Expected a closing tag for \`<Aside>\` [mdx/syntax]
			    fix: close every <Tag> you open (or write <br />), and write a literal { or < as \\{ or &lt;"
		`);
	});

	test('the messages an author reads name the value and the fix', () => {
		const message = (name: string) => problemsOf(name).map((p) => `${p.message} | ${p.fix}`);
		expect(message('phone-domestic-format')).toEqual([
			'phone number 8 (71) 123-45-67 is not in content/helplines.yaml | remove it and use <HelpBlock />, or add it to helplines.yaml with its source, the date you checked it and how',
		]);
		expect(message('phone-short-number')[0]).toMatch(/^phone number 1050 is not/);
		expect(message('too-long-title')[0]).toMatch(/^2087 characters; "title" holds at most 150 \| shorten it to 150/);
		expect(message('cross-language-link')).toEqual(['link "/quizzes/sample/" leads to the en page from a uz file | use /uz/quizzes/sample/']);
		expect(message('relative-link')[0]).toMatch(/^relative link "\.\.\/\.\.\/quizzes\/sample\/".* \| write it from the site root with this file's prefix, e\.g\. \/lessons\/<slug>\/$/);
		expect(message('file-name-not-slug')[0]).toMatch(/rename it to "teacher-course-2026"/);
		expect(message('md-beside-mdx')[0]).toMatch(/^content\/lessons\/en\/sample\.mdx has the same slug/);
		expect(message('course-hours-sum')).toEqual(['totalHours is 4 but the modules add up to 3 | set totalHours to 3 or correct the module hours']);
		expect(message('course-duplicate-module')).toEqual(['module id "one" is used more than once | give every module its own id']);
		expect(message('file-not-in-locale-folder')).toEqual(["files in content/glossary must sit in a locale folder | move it into its language's folder, such as content/glossary/en/"]);
		expect(message('no-front-matter')).toEqual(['the file has no front matter | start the file with a block between two "---" lines holding title, description, topic, ...']);
		// The parser's own words vary with the Node version.
		expect(message('bad-json')).toEqual([expect.stringMatching(/^the JSON cannot be read: \S.* \| check commas and quotes$/)]);
		expect(message('translation-orphan')).toEqual(['there is no English original content/glossary/en/stray-term.yaml | write the English version first, or rename this file to match an English one']);
		expect(message('locale-quiz-lesson-differs')[1]).toBe('lesson is "other" but the English quiz says "sample" | copy ids, types and answers from content/quizzes/en/sample.yaml; translate only the texts');
		expect(message('locale-option-ids-differ')).toEqual(['ids [a, z] differ from English [a, b] | copy ids, types and answers from content/quizzes/en/sample.yaml; translate only the texts']);
		expect(message('locale-lesson-topic-differs')).toEqual(['topic is "cyber" but the English lesson has "drugs" | use the same topic as content/lessons/en/sample.mdx']);
		expect(message('locale-course-differs')).toEqual(['module ids, hours, lessons, quizzes or pass mark differ from the English outline | copy them from content/courses/en/sample.yaml; translate only the texts']);
		expect(message('helpline-duplicate-id')).toEqual(['helpline id "kz-emergency" is used more than once | give every entry its own id']);
		expect(message('helplines-empty')).toEqual(['helplines.yaml must be a list of entries | start each entry with "- id: ..."; see content/README.md']);
		expect(message('unknown-fields')).toEqual([
			'unknown fields "colour", "size" | check the spelling against content/README.md, or remove the field',
			'unknown field "colour" | check the spelling against content/README.md, or remove the field',
		]);
		expect(message('list-written-as-text')).toEqual(['expected array, received "refusal quiz" | write "searchTerms" as a list']);
		expect(message('unknown-key-term')[0]).toBe('glossary term "no-such-term" does not exist | add content/glossary/en/no-such-term.yaml or fix the id');
		expect(message('course-unknown-quiz')).toEqual(['quiz "no-such-quiz" does not exist | create content/quizzes/en/no-such-quiz.yaml or fix the id']);
		expect(message('mdx-runtime-error')).toEqual([
			'<Callout> is not a component lessons can use, so the page would fail to render | use one of <Aside>, <Checkpoint>, <Figure>, <HelpBlock>, <MythOrFact>, <NormGuess>, <TeacherNotes>, <Term>, or plain Markdown',
			'{share} is code that runs when the page is built and fails there | write a literal brace as \\{, or remove the expression; only {/* comments */} are allowed',
			'{aVeryLongExpressionNameThatGoesOnAndOnFo} is code that runs when the page is built and fails there | write a literal brace as \\{, or remove the expression; only {/* comments */} are allowed',
		]);
		expect(message('too-long-helpline')).toEqual(['301 characters; "0.checkedHow" holds at most 300 | shorten it to 300 characters or fewer; longer text belongs in the lesson body']);
		expect(message('bad-yaml-page')[0]).toMatch(/^the YAML cannot be read: Nested mappings are not allowed in compact mappings at line 1, column 8: \| check indentation/);
		expect(message('locale-question-type-differs')[0]).toMatch(/^type is "scenario" but English has "multiple" \| copy ids, types and answers from content\/quizzes\/en\/sample\.yaml/);
		expect(message('multiple-answer-not-an-option')[0]).toMatch(/^question "second": answer "d" is not one of the options \(a, b, c\)/);
		expect(message('matching-duplicate-text')[0]).toMatch(/^question "third": the right text "walk away" appears twice/);
		expect(message('categorize-unknown-group')[0]).toBe(
			'question "third": the item "Card number" is in group "secret", which is not one of the groups (safe, never) | set group to the id of one of the groups'
		);
		expect(message('categorize-empty-group')[0]).toBe('question "third": no item belongs to group "maybe", so a learner who never chooses it loses nothing | put at least one item in every group, or remove the group');
		expect(message('categorize-duplicate-text')[1]).toBe('question "third": the item text "sms kod" appears twice, so a learner cannot tell them apart | make every text in the question different');
		expect(message('hotspot-not-found')).toEqual(['question "third": region "code" ("send the code") is not in the message | copy the words exactly as they are written in message.text or message.sender (same letters, case and spaces)']);
		expect(message('hotspot-twice')[0]).toBe('question "third": region "hello" ("the") occurs 2 times in the message, so it is not clear which one is meant | make the region longer (add a word next to it) so that it occurs once');
		expect(message('hotspot-overlap')[0]).toMatch(/^question "third": regions "code" \("Send the code"\) and "today" \("the code from the SMS"\) share words/);
		expect(message('cloze-marker-without-blank')[0]).toBe('question "third": the marker [[3]] has no blank (there are 2 blanks) | add blank 3 to "blanks", or number the markers 1 to 2');
		expect(message('cloze-blank-without-marker')[0]).toBe('question "third": blank "adult" has no marker [[2]] in the text | put [[2]] in the text where the blank goes, or remove the blank');
		expect(message('cloze-answer-not-an-option')[0]).toBe('question "third": the answer "teacher" of blank "adult" is not one of its options (adult, nobody) | set answer to the id of the blank\'s right option');
		expect(message('helpline-batch-date')[0]).toMatch(/every entry has lastChecked 2026-11-01/);
		expect(message('stigmatising-word-in-yaml').map((m) => m.split(' | ')[0])).toEqual(['"Addicts" labels people by drug use', '"narkomanlar" labels people by drug use']);
		expect(message('key-points-count-differs')).toEqual(['0 key points, but the English lesson has 3 | translate the key points of content/lessons/en/sample.mdx, one for one']);
		expect(message('unknown-illustration')).toEqual(['there is no illustration "fake-link" (content/illustrations/fake-link.en.svg) | use <Figure name="…" /> with one of: chain, or draw content/illustrations/<name>.en.svg']);
		expect(message('no-illustration')).toEqual([
			'the lesson has no illustration: every module explains one of its ideas with a drawing | draw content/illustrations/<name>.en.svg (and one per language) and add <Figure name="<name>" /> after the section it explains (content/README.md, Lessons)',
		]);
		expect(message('no-checkpoint')).toEqual([
			'the lesson has no checkpoint: reading is never interrupted by a question | add <Checkpoint question="first" /> at the end of a section (questions of content/quizzes/en/sample.yaml: first, second)',
		]);
		expect(message('checkpoint-unknown-question')).toEqual([
			'the checkpoint\'s question "second-one" is not in content/quizzes/en/sample.yaml | write <Checkpoint question="…" /> with one of: first, second',
			'the checkpoint\'s question "second-one" is not in content/quizzes/uz/sample.yaml | write <Checkpoint question="…" /> with one of: first, second',
		]);
		expect(message('checkpoint-type')).toEqual([
			'the checkpoint\'s question "third" is short-text; a checkpoint is a single, multiple, true-false question | use one of: first, second',
			'the checkpoint\'s question "third" is short-text; a checkpoint is a single, multiple, true-false question | use one of: first, second',
		]);
		expect(message('checkpoint-place')).toEqual([
			'the checkpoints ("first" after section 1) are not where the English lesson has them ("first" after section 0) | put the same <Checkpoint /> after the same section as content/lessons/en/sample.mdx',
		]);
		expect(message('too-many-checkpoints')[0]).toBe('the lesson has 3 checkpoints; more than 2 turn it into the quiz | keep one or two <Checkpoint /> and leave the other questions to the quiz');
		expect(message('checkpoint-without-quiz')[0]).toBe("a checkpoint shows a question of the lesson's quiz, and this lesson has no quiz | set quiz: in the front matter, or remove the <Checkpoint />");
	});

	test('the build throws an AstroError whose hint is the fix', () => {
		const one = contentError(problemsOf('unknown-enum'));
		expect(one).toBeInstanceOf(AstroError);
		expect(one.hint).toBe('use one of: drugs, cyber');
		expect(one.message).toContain('topic: "drug" is not allowed');
		const several = contentError(problemsOf('phone-short-number'));
		expect(several.hint).toBe('remove it and use <HelpBlock />, or add it to helplines.yaml with its source, the date you checked it and how');
		const mixed = contentError(problemsOf('helpline-unverified'));
		expect(mixed.hint).toMatch(/Each problem above ends with its fix/);
		// Astro shows the location: the first problem's source file and line, not this checker's stack.
		expect(contentError(problemsOf('mdx-syntax-error'), '/site')).toMatchObject({ loc: { file: '/site/content/lessons/en/sample.mdx', line: 24, column: 1 }, stack: '' });
		expect(contentError(problemsOf('unknown-enum'), '/site')).toMatchObject({ loc: { file: '/site/content/lessons/en/sample.mdx', line: 1 } });
		expect(contentError(problemsOf('unknown-enum'))).not.toHaveProperty('loc');
	});
});

describe('one content check for the build and npm run check:content', () => {
	afterEach(() => vi.unstubAllEnvs());

	test('checkContent passes a valid tree and throws the AstroError for a bad one', () => {
		expect(checkContent(fixtureTree())).toBeUndefined();
		const root = fixtureTree('unknown-enum');
		const error = (() => {
			try {
				checkContent(root);
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(AstroError);
		expect(error).toMatchObject({ name: 'ContentError', hint: 'use one of: drugs, cyber', loc: { file: `${root}/content/lessons/en/sample.mdx`, line: 1 } });
		expect(formatContentError(error)).toBe(`${formatProblems(problemsOf('unknown-enum'))}\n  Hint:\n    use one of: drugs, cyber`);
	});

	test('the terminal shows the message alone without a hint, and anything else as it is', () => {
		expect(formatContentError(new AstroError('broken'))).toBe('broken');
		expect(formatContentError('plain')).toBe('plain');
		expect(formatContentError(undefined)).toBe('undefined');
	});

	test('OGOH_CONTENT_ROOT points the check at another tree', () => {
		vi.stubEnv('OGOH_CONTENT_ROOT', '/fixtures/x');
		expect(contentRoot('/project')).toBe('/fixtures/x');
		vi.unstubAllEnvs();
		delete process.env.OGOH_CONTENT_ROOT;
		expect(contentRoot('/project')).toBe('/project');
	});
});

describe('content/README.md', () => {
	const readme = readFileSync('content/README.md', 'utf8');
	const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);

	test('every YAML example is valid YAML', () => {
		expect(blocks.length).toBeGreaterThanOrEqual(3);
		for (const block of blocks) {
			const yaml = block.replace(/^---\n|---\n?$/gm, '');
			for (const doc of parseAllDocuments(yaml)) expect(doc.errors.map((e) => e.message), block.slice(0, 60)).toEqual([]);
		}
	});

	test('the lesson and quiz examples pass their schemas apart from the elided texts', () => {
		const [lesson, quiz] = blocks.map((b) => parseAllDocuments(b.replace(/^---\n|---\n?$/gm, ''))[0]!.toJS());
		expect(lessonSchema.safeParse(lesson).error?.issues ?? []).toEqual([]);
		expect(quizSchema.safeParse(quiz).error?.issues ?? []).toEqual([]);
	});
});
