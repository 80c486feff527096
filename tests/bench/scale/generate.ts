/**
 * Synthetic curriculum for the build-time scale benchmark (run.ts): N lessons in each of en, uz
 * and ru, each with a six-question quiz, teacher notes, sources and key terms, plus a glossary,
 * course outlines, illustrations and a copy of the real helplines.yaml. The layout is the one in
 * content/README.md, so `OGOH_CONTENT_ROOT=<root> astro build` builds it and the build's content
 * check (src/lib/validate-content.ts) checks it. Deterministic: the same N always gives the same
 * bytes.
 *
 *   npx node tests/bench/scale/generate.ts <root> <n>   # writes <root>/content/...
 */
import GithubSlugger from 'github-slugger';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { writeGeneratedLanguages } from '../../../src/lib/generated-language.ts';
import { LOCALES, NAMES, SITE_LOCALES, SOURCES, TEXT, type Locale, type LocaleText, type Topic } from './texts.ts';

const REPO = resolve(import.meta.dirname, '../../..');

export interface GenerateOptions {
	/** Glossary terms per locale (default: one per four lessons, at least 12). */
	glossaryTerms?: number;
	/** Course outlines per locale (default: one per 25 lessons, at least 1). */
	courses?: number;
	/** Every how many lessons one shows an illustration (default 12, as in the real curriculum). */
	illustrationEvery?: number;
}

export interface GeneratedContent {
	lessons: number;
	glossaryTerms: number;
	courses: number;
	files: number;
}

const pad = (value: number, width = 4) => String(value).padStart(width, '0');
export const lessonSlug = (i: number) => `practice-${pad(i)}`;
export const termId = (k: number) => `term-${pad(k)}`;
export const courseSlug = (c: number) => `practice-course-${pad(c, 3)}`;
export const topicOf = (i: number): Topic => (i % 2 === 1 ? 'drugs' : 'cyber');
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
const fill = (text: string, name: string) => text.replaceAll('{name}', name);
const yaml = (value: unknown) => stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });

function termLabel(t: LocaleText, k: number): string {
	return t.glossaryTerm(t.glossary[(k - 1) % t.glossary.length]![0], pad(k, 5));
}

/** The three key terms of lesson i (1-based term numbers). */
function keyTermNumbers(i: number, terms: number): number[] {
	return [0, 1, 2].map((j) => ((3 * (i - 1) + j) % terms) + 1);
}

function lessonTitle(t: LocaleText, i: number): string {
	const topic = topicOf(i);
	const subjects = t.subjects[topic];
	// Five digits: a bare 100-1999 next to "Calls" or «номер» reads as a short phone number to the content check.
	return t.title(subjects[Math.floor((i - 1) / 2) % subjects.length]!, pad(i, 5));
}

/** A lesson of the same topic to link to: the previous one, or else the next one. */
function relatedLesson(i: number, n: number): number | undefined {
	if (i - 2 >= 1) return i - 2;
	if (i + 2 <= n) return i + 2;
	return undefined;
}

function lessonBody(locale: Locale, i: number, n: number, terms: number, illustrationEvery: number): string {
	const t = TEXT[locale];
	const topic = topicOf(i);
	const name = NAMES[i % NAMES.length]!;
	const pool = (k: number) => t.pool[(i + k) % t.pool.length]!;
	const [termA, termB] = keyTermNumbers(i, terms);
	const termTag = (k: number) => `<Term id="${termId(k)}">${termLabel(t, k)}</Term>`;
	const [p0, p1, p2] = t.topicParagraphs[topic];
	const scenario = t.scenario[topic];
	const related = relatedLesson(i, n);
	// Every lesson has a drawing (the content rule lesson/no-illustration); some also a picture as a Markdown image.
	const illustration =
		`<Figure name="practice-${topic}" />\n\n` +
		(i % illustrationEvery === 6 % illustrationEvery ? `![${t.illustrationAlt[topic]}](../../illustrations/practice-${topic}.${locale}.svg)\n\n` : '');
	const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');
	const details = scenario.choices
		.map(([summary, reveal]) => `<details>\n<summary>${fill(summary, name)}</summary>\n\n${fill(reveal, name)}\n\n</details>`)
		.join('\n\n');

	return `${fill(t.intro[topic], name)}

## ${t.headings.why}

${p0}

${list(t.reasons[topic])}

${pool(0)} ${t.termSentence(termTag(termA!))}

## ${t.headings.ways}

${pool(1)}

### ${t.headings.ways1}

${pool(2)}

${list(t.tips.slice(0, 3))}

### ${t.headings.ways2}

${pool(3)}

${list(t.tips.slice(3, 6))}

### ${t.headings.ways3}

${p1}

${list(t.tips.slice(6, 9))}

<Aside type="tip" title="${t.aside.title}">
${t.aside.text}
</Aside>

${illustration}## ${t.headings.scenario}

${fill(scenario.setup, name)}

${details}

<Checkpoint question="first-step" />

## ${t.headings.norms}

${p2}

${pool(4)} ${t.termSentence(termTag(termB!))}

## ${t.headings.help}

${list(t.help[topic])}

${t.helpOutro}

<HelpBlock />

[${t.checkYourself}](${prefix(locale)}/quizzes/${lessonSlug(i)}/)
${related ? `\n${t.related}: [${lessonTitle(t, related)}](${prefix(locale)}/lessons/${lessonSlug(related)}/)\n` : ''}
<TeacherNotes>

${t.teacherNotes(i, t.topicName[topic])}

</TeacherNotes>
`;
}

function lessonFile(locale: Locale, i: number, n: number, terms: number, illustrationEvery: number): string {
	const t = TEXT[locale];
	const topic = topicOf(i);
	const data = {
		title: lessonTitle(t, i),
		description: t.description[topic](i),
		searchTerms: t.searchTerms[topic],
		topic,
		audience:
			topic === 'drugs'
				? { ages: ['12-14', '15-18'], roles: ['student', 'teacher'] }
				: { ages: ['15-18', '18-25'], roles: ['student', 'teacher', 'parent'] },
		duration: 15,
		objectives: t.objectives[topic],
		keyTerms: keyTermNumbers(i, terms).map(termId),
		quiz: lessonSlug(i),
		sources: SOURCES[topic],
		lastReviewed: '2026-11-23',
		order: 1000 + i,
	};
	return `---\n${yaml(data)}---\n\n${lessonBody(locale, i, n, terms, illustrationEvery)}`;
}

function quizFile(locale: Locale, i: number): string {
	const t = TEXT[locale];
	const q = t.quiz;
	const topic = topicOf(i);
	const name = NAMES[i % NAMES.length]!;
	const letters = ['a', 'b', 'c', 'd'];
	const options = (choices: [string, string][], strip = false) =>
		choices.map(([text, feedback], k) => ({ id: letters[k]!, text: fill(strip ? text.replace(/^[A-D]\.\s*/, '') : text, name), feedback: fill(feedback, name) }));
	const single = q.single[topic];
	const multiple = q.multiple[topic];
	const trueFalse = q.trueFalse[topic];
	const questions: unknown[] = [
		{ id: 'what-would-you-do', type: 'scenario', prompt: q.scenarioPrompt[topic], options: options(t.scenario[topic].choices, true), explanation: q.scenarioExplanation },
		{
			id: 'first-step',
			type: 'single',
			// The lesson heading this question is about, as the page makes its id (checked by the build).
			section: new GithubSlugger().slug(t.headings.ways),
			prompt: single.prompt,
			options: options(single.options),
			answer: 'b',
			explanation: single.explanation,
		},
		{ id: 'safe-moves', type: 'multiple', prompt: multiple.prompt, options: options(multiple.options), answer: ['a', 'c', 'd'], explanation: multiple.explanation },
		{ id: 'myth-or-fact', type: 'true-false', prompt: trueFalse.prompt, answer: false, feedback: { true: trueFalse.ifTrue, false: trueFalse.ifFalse }, explanation: trueFalse.explanation },
	];
	// Vary the last two question types between lessons (independently of the topic).
	if (Math.floor((i - 1) / 2) % 2 === 0) {
		const matching = q.matching[topic];
		questions.push({ id: 'match-situations', type: 'matching', prompt: matching.prompt, pairs: matching.pairs.map(([left, right], k) => ({ id: `p${k + 1}`, left, right })), explanation: matching.explanation });
	} else {
		const ordering = q.ordering[topic];
		questions.push({ id: 'steps-in-order', type: 'ordering', prompt: ordering.prompt, items: ordering.items.map((text, k) => ({ id: `s${k + 1}`, text })), explanation: ordering.explanation });
	}
	if (Math.floor((i - 1) / 4) % 2 === 0) {
		const shortText = q.shortText[topic];
		questions.push({ id: 'one-word', type: 'short-text', prompt: shortText.prompt, answers: shortText.answers, feedback: { correct: shortText.correct, incorrect: shortText.incorrect }, explanation: shortText.explanation });
	} else {
		questions.push({ id: 'emergency-number', type: 'numeric', prompt: q.numeric.prompt, answer: 112, feedback: { correct: q.numeric.correct, incorrect: q.numeric.incorrect }, explanation: q.numeric.explanation });
	}
	const searchTerms = t.searchTerms[topic].map((term) => `${term} ${t.searchTerms.quiz}`);
	return yaml({ title: q.title(lessonTitle(t, i)), searchTerms, lesson: lessonSlug(i), questions });
}

function courseFile(locale: Locale, c: number, n: number): string {
	const t = TEXT[locale];
	const hours = [2, 1.5, 2.5];
	const modules = t.course.modules.map(([title, outcomes, practical], m) => {
		const lessons = [...new Set([0, 1, 2].map((j) => lessonSlug((((c - 1) * 9 + m * 3 + j) % n) + 1)))];
		return { id: `module-${m + 1}`, title, hours: hours[m]!, outcomes, lessons, quizzes: lessons, practical };
	});
	return yaml({
		title: t.course.title(c),
		description: t.course.description,
		audience: { roles: ['teacher', 'trainer'], ages: ['12-14', '15-18'], summary: t.course.summary },
		totalHours: hours.reduce((a, b) => a + b, 0),
		prerequisites: t.course.prerequisites,
		modules,
		assessment: { description: t.course.assessment, passMark: 70 },
		references: [...SOURCES.drugs, ...SOURCES.cyber],
		order: c,
	});
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function illustrationFile(locale: Locale, topic: Topic): string {
	const { title, desc, lines } = TEXT[locale].illustration[topic];
	const bubbles = lines
		.map((line, k) => `<rect x="${20 + k * 150}" y="${40 + k * 50}" width="300" height="44" rx="12" fill="#e8f1fb" stroke="#1f5f99"/><text x="${34 + k * 150}" y="${68 + k * 50}" font-family="sans-serif" font-size="18" fill="#102a43">${escapeXml(line)}</text>`)
		.join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 240" width="640" height="240" role="img" aria-labelledby="title desc" lang="${locale}"><title id="title">${escapeXml(title)}</title><desc id="desc">${escapeXml(desc)}</desc><rect width="640" height="240" fill="#ffffff"/>${bubbles}</svg>\n`;
}

/**
 * Writes a complete content tree for n lessons to `<root>/content` (replacing what was there),
 * laid out like the real `content/` folder, so `OGOH_CONTENT_ROOT=<root>` builds it.
 */
export function generateContent(root: string, n: number, options: GenerateOptions = {}): GeneratedContent {
	if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${n}`);
	const terms = options.glossaryTerms ?? Math.max(12, Math.ceil(n / 4));
	const courses = options.courses ?? Math.max(1, Math.ceil(n / 25));
	const illustrationEvery = options.illustrationEvery ?? 12;
	const content = join(root, 'content');
	rmSync(content, { recursive: true, force: true });
	let files = 0;
	const write = (path: string, text: string) => {
		const full = join(content, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
		files++;
	};

	copyFileSync(join(REPO, 'content/helplines.yaml'), (mkdirSync(content, { recursive: true }), join(content, 'helplines.yaml')));
	files++;
	for (const locale of LOCALES) {
		const t = TEXT[locale];
		for (let i = 1; i <= n; i++) {
			write(`lessons/${locale}/${lessonSlug(i)}.mdx`, lessonFile(locale, i, n, terms, illustrationEvery));
			write(`quizzes/${locale}/${lessonSlug(i)}.yaml`, quizFile(locale, i));
		}
		for (let k = 1; k <= terms; k++) {
			const [, definition] = t.glossary[(k - 1) % t.glossary.length]!;
			write(`glossary/${locale}/${termId(k)}.yaml`, yaml({ term: termLabel(t, k), definition }));
		}
		for (let c = 1; c <= courses; c++) write(`courses/${locale}/${courseSlug(c)}.yaml`, courseFile(locale, c, n));
		for (const topic of ['drugs', 'cyber'] as const) write(`illustrations/practice-${topic}.${locale}.svg`, illustrationFile(locale, topic));
	}
	// Uzbek Cyrillic from Uzbek, as the build does (Ogoh's build writes it again; the plain site reads it).
	writeGeneratedLanguages(root, REPO);
	return { lessons: n, glossaryTerms: terms, courses, files };
}

if (import.meta.main) {
	const [root, n] = process.argv.slice(2);
	if (!root || !n) {
		console.error('usage: npx node tests/bench/scale/generate.ts <root> <n>');
		process.exit(2);
	}
	const result = generateContent(resolve(root), Number(n));
	console.log(`wrote ${result.files} files to ${join(resolve(root), 'content')}: ${result.lessons} lessons x ${SITE_LOCALES.length} languages (${SITE_LOCALES.join(', ')}; uz-cyrl generated), ${result.glossaryTerms} glossary terms, ${result.courses} courses`);
}
