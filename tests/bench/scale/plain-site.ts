/**
 * The baseline of the scale benchmark: a plain Starlight site with the same pages as the
 * synthetic curriculum (generate.ts), built from the same files. For every lesson and locale it
 * has the lesson as a docs page (our components replaced by Starlight's <Aside> or plain
 * markdown; teacher notes left out, as on our student page) and the quiz as a markdown page.
 * The sidebar has a fixed size (four links), like ours when there are many lessons, so neither
 * site lists thousands of links on every page.
 *
 * The site folder must be inside the repository so that `astro` and `@astrojs/starlight` resolve
 * from its node_modules.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { SITE_LOCALES, siteText, TOPICS, type SiteLocale as Locale, type Topic } from './texts.ts';
import type { Question } from '../../../src/lib/schemas.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

interface LessonData {
	title: string;
	description: string;
	topic: Topic;
	objectives: string[];
	keyTerms: string[];
	quiz?: string;
	sources: { title: string; publisher: string; year: number; url?: string }[];
}
interface QuizData {
	title: string;
	lesson: string;
	questions: Question[];
}
interface Helpline {
	country: 'uz' | 'kz';
	number: string;
	topics: Topic[];
	name: Partial<Record<Locale, string>> & { uz: string };
	description: Partial<Record<Locale, string>> & { uz: string };
}

const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
const docsDir = (locale: Locale) => (locale === 'en' ? '' : `${locale}/`);
const esc = (text: string) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const frontMatter = (title: string, description: string) => `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(description)}\n---\n`;

function ids(dir: string): string[] {
	return readdirSync(dir)
		.map((file) => file.replace(/\.[^.]+$/, ''))
		.sort();
}

function helpAside(locale: Locale, topic: Topic, helplines: Helpline[]): string {
	const t = siteText(locale).plain;
	const countries = (['uz', 'kz'] as const).map((code, k) => {
		const rows = helplines
			.filter((h) => h.country === code && h.topics.includes(topic))
			.map((h) => `- [${h.number}](tel:${h.number}) **${h.name[locale] ?? h.name.uz}**. ${h.description[locale] ?? h.description.uz}`);
		return `**${t.countries[k]}**\n\n${rows.join('\n')}`;
	});
	return `<Aside type="caution" title="${t.helpTitle}">\n\n${countries.join('\n\n')}\n\n</Aside>`;
}

function lessonPage(locale: Locale, body: string, data: LessonData, terms: Map<string, string>, helplines: Helpline[], depth: number): string {
	const t = siteText(locale).plain;
	const up = '../'.repeat(depth);
	const converted = body
		.replace(/<TeacherNotes>[\s\S]*?<\/TeacherNotes>\s*/g, '')
		// Plain Starlight has no checkpoints: the question stays in the quiz.
		.replace(/<Checkpoint\b[^>]*\/>\s*/g, '')
		// Plain Starlight shows a drawing as an image.
		.replace(/<Figure name="([^"]+)" \/>/g, `![](../../illustrations/$1.${locale}.svg)`)
		.replace(/<Term id="[^"]*">([\s\S]*?)<\/Term>/g, '**$1**')
		.replace(/<HelpBlock\s*\/>/g, helpAside(locale, data.topic, helplines))
		.replace(/\]\(\.\.\/\.\.\/illustrations\//g, `](${up}assets/illustrations/`);
	const objectives = `<Aside type="note" title="${t.objectives}">\n\n${data.objectives.map((o) => `- ${o}`).join('\n')}\n\n</Aside>`;
	const keyTerms = `**${t.keyTerms}:** ${data.keyTerms.map((id) => terms.get(id) ?? id).join(', ')}`;
	const sources = data.sources.map((s) => `- ${s.title}. ${s.publisher}, ${s.year}.`).join('\n');
	return `${frontMatter(data.title, data.description)}
import { Aside } from '@astrojs/starlight/components';

${objectives}

${converted.trim()}

${keyTerms}

## ${t.sources}

${sources}
`;
}

function quizPage(locale: Locale, quiz: QuizData, lesson: LessonData | undefined): string {
	const t = siteText(locale).plain;
	const parts: string[] = [];
	if (lesson) parts.push(`${t.forLesson}: [${esc(lesson.title)}](${prefix(locale)}/lessons/${quiz.lesson}/).`);
	quiz.questions.forEach((q, index) => {
		const lines = [`## ${t.question} ${index + 1}`, '', esc(q.prompt), ''];
		const reveal: string[] = [];
		switch (q.type) {
			case 'single':
			case 'multiple':
			case 'scenario':
				lines.push(...q.options.map((o) => `- **${o.id})** ${esc(o.text)}`));
				reveal.push(...q.options.map((o) => `- **${o.id})** ${esc(o.feedback)}`));
				if (q.type !== 'scenario') reveal.push('', `**${t.answer}:** ${[q.answer].flat().join(', ')}`);
				break;
			case 'true-false':
				lines.push(`- ${t.yes}`, `- ${t.no}`);
				reveal.push(`- **${t.yes}:** ${esc(q.feedback.true)}`, `- **${t.no}:** ${esc(q.feedback.false)}`, '', `**${t.answer}:** ${q.answer ? t.yes : t.no}`);
				break;
			case 'matching': {
				const pairs = q.pairs;
				lines.push(...pairs.map((p) => `- ${esc(p.left)}`), '', ...[...pairs].reverse().map((p) => `- ${esc(p.right)}`));
				reveal.push(...pairs.map((p) => `- ${esc(p.left)}: ${esc(p.right)}`));
				break;
			}
			case 'ordering': {
				const items = q.items;
				lines.push(...[...items].reverse().map((item) => `- ${esc(item.text)}`));
				reveal.push(...items.map((item, k) => `${k + 1}. ${esc(item.text)}`));
				break;
			}
			case 'short-text':
				reveal.push(`**${t.answer}:** ${q.answers.map(esc).join(', ')}`, '', esc(q.feedback.correct), '', esc(q.feedback.incorrect));
				break;
			case 'numeric':
				reveal.push(`**${t.answer}:** ${q.answer}`, '', esc(q.feedback.correct), '', esc(q.feedback.incorrect));
				break;
		}
		reveal.push('', esc(q.explanation));
		lines.push('', `<details>\n<summary>${t.answer}</summary>\n\n${reveal.join('\n')}\n\n</details>`);
		parts.push(lines.join('\n'));
	});
	return `${frontMatter(quiz.title, lesson?.description ?? quiz.title)}\n${parts.join('\n\n')}\n`;
}

function astroConfig(): string {
	const label = (key: 'lessons' | 'quizzes' | 'topics') =>
		`label: ${JSON.stringify(siteText('en').plain[key])}, translations: ${JSON.stringify(Object.fromEntries(SITE_LOCALES.filter((locale) => locale !== 'en').map((locale) => [locale === 'uz-cyrl' ? 'uz-Cyrl' : locale, siteText(locale).plain[key]])))}`;
	return `// Generated by tests/bench/scale/plain-site.ts: a plain Starlight site, the benchmark's baseline.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
	// The same URL style and Starlight options as the Ogoh site (astro.config.mjs).
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Ogoh (plain Starlight)',
			defaultLocale: 'root',
			locales: {
				root: { label: 'English', lang: 'en' },
				uz: { label: 'Oʻzbekcha', lang: 'uz' },
				ru: { label: 'Русский', lang: 'ru' },
				kk: { label: 'Қазақша', lang: 'kk' },
				'uz-cyrl': { label: 'Ўзбекча', lang: 'uz-Cyrl' },
			},
			expressiveCode: false,
			lastUpdated: false,
			pagefind: true,
			// A fixed-size sidebar, as Ogoh's once a topic has many lessons.
			sidebar: [
				{ ${label('lessons')}, link: '/lessons/' },
				{ ${label('topics')}, items: [{ slug: 'topics/drugs' }, { slug: 'topics/cyber' }] },
				{ ${label('quizzes')}, link: '/quizzes/' },
			],
		}),
	],
});
`;
}

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * Writes a plain Starlight site to `dir` (replacing it) with the pages of the content tree in
 * `<contentRoot>/content`. Returns the number of docs pages written.
 */
export function generatePlainSite(dir: string, contentRoot: string): { pages: number } {
	const content = join(contentRoot, 'content');
	rmSync(dir, { recursive: true, force: true });
	let pages = 0;
	const write = (path: string, text: string) => {
		const full = join(dir, path);
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, text);
		if (path.startsWith('src/content/docs/')) pages++;
	};
	write('astro.config.mjs', astroConfig());
	write('src/content.config.ts', CONTENT_CONFIG);
	mkdirSync(join(dir, 'src/assets/illustrations'), { recursive: true });
	for (const file of readdirSync(join(content, 'illustrations'))) {
		copyFileSync(join(content, 'illustrations', file), join(dir, 'src/assets/illustrations', file));
		// Ogoh draws Uzbek Cyrillic from the Uzbek drawing; plain Starlight shows the Uzbek one as it is.
		if (file.endsWith('.uz.svg')) copyFileSync(join(content, 'illustrations', file), join(dir, 'src/assets/illustrations', file.replace(/\.uz\.svg$/, '.uz-cyrl.svg')));
	}
	const helplines = parse(readFileSync(join(content, 'helplines.yaml'), 'utf8')) as Helpline[];

	for (const locale of SITE_LOCALES) {
		const t = siteText(locale);
		const docs = `src/content/docs/${docsDir(locale)}`;
		const depth = 3 + (locale === 'en' ? 0 : 1); // from src/content/docs/[uz/]lessons/ up to src/
		const terms = new Map(
			ids(join(content, 'glossary', locale)).map((id) => [id, (parse(readFileSync(join(content, 'glossary', locale, `${id}.yaml`), 'utf8')) as { term: string }).term])
		);
		const lessons = new Map<string, LessonData>();
		for (const slug of ids(join(content, 'lessons', locale))) {
			const raw = readFileSync(join(content, 'lessons', locale, `${slug}.mdx`), 'utf8');
			const match = FRONT_MATTER.exec(raw)!;
			const data = parse(match[1]!) as LessonData;
			lessons.set(slug, data);
			write(`${docs}lessons/${slug}.mdx`, lessonPage(locale, raw.slice(match[0].length), data, terms, helplines, depth));
		}
		const quizzes: [string, QuizData][] = [];
		for (const id of ids(join(content, 'quizzes', locale))) {
			const quiz = parse(readFileSync(join(content, 'quizzes', locale, `${id}.yaml`), 'utf8')) as QuizData;
			quizzes.push([id, quiz]);
			write(`${docs}quizzes/${id}.md`, quizPage(locale, quiz, lessons.get(quiz.lesson)));
		}
		const lessonLinks = (topic?: Topic) =>
			[...lessons]
				.filter(([, data]) => !topic || data.topic === topic)
				.map(([slug, data]) => `- [${esc(data.title)}](${prefix(locale)}/lessons/${slug}/): ${esc(data.description)}`)
				.join('\n');
		write(`${docs}index.md`, `${frontMatter('Ogoh', t.plain.lessons)}\n${TOPICS.map((topic) => `- [${t.topicName[topic]}](${prefix(locale)}/topics/${topic}/)`).join('\n')}\n- [${t.plain.quizzes}](${prefix(locale)}/quizzes/)\n`);
		write(`${docs}lessons/index.md`, `${frontMatter(t.plain.lessons, t.plain.lessons)}\n${lessonLinks()}\n`);
		for (const topic of TOPICS) write(`${docs}topics/${topic}.md`, `${frontMatter(t.topicName[topic], t.topicName[topic])}\n${lessonLinks(topic)}\n`);
		write(
			`${docs}quizzes/index.md`,
			`${frontMatter(t.plain.quizzes, t.plain.quizzes)}\n${quizzes.map(([id, quiz]) => `- [${esc(quiz.title)}](${prefix(locale)}/quizzes/${id}/)`).join('\n')}\n`
		);
	}
	return { pages };
}
