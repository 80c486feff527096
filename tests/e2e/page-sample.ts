/**
 * Which built pages the browser sweep (all-pages.spec.ts) opens, and whether axe reads a page whole
 * or only its `<main>`: the reasons are in that spec's header.
 */
import { LANGUAGES } from '../../src/lib/languages.ts';
import { LOCALES, splitLocale } from '../../src/lib/locales.ts';

export type AxeScope = 'page' | 'main';

/** The template a page is made by: its path without the language, with the slug replaced by an asterisk. */
export function templateOf(path: string): string {
	return splitLocale(path)
		.rest.split('/')
		.filter(Boolean)
		.map((segment, index) => (index === 1 ? '*' : segment))
		.join('/');
}

const slugOf = (path: string): string => splitLocale(path).rest.split('/').filter(Boolean)[1] ?? '';
const GENERATED = new Set(LANGUAGES.filter((language) => language.generatedFrom).map((language) => language.code));

export interface SweepOptions {
	/** Languages whose every page is opened. */
	everyPageOf?: ReadonlySet<string>;
	/** Check every opened page whole. */
	whole?: boolean;
}

/** The pages to open, in order, each with what axe reads. */
export function sweepPlan(pages: readonly string[], options: SweepOptions = {}): { path: string; scope: AxeScope }[] {
	const slugsOf = new Map<string, string[]>();
	for (const path of pages) {
		const template = templateOf(path);
		if (!template.includes('*')) continue;
		const slugs = slugsOf.get(template) ?? slugsOf.set(template, []).get(template)!;
		if (!slugs.includes(slugOf(path))) slugs.push(slugOf(path));
	}
	for (const slugs of slugsOf.values()) slugs.sort();
	const templates = [...slugsOf.keys()].sort();

	function opened(path: string): boolean {
		const { locale } = splitLocale(path);
		const template = templateOf(path);
		const slugs = slugsOf.get(template);
		if (!slugs || options.everyPageOf?.has(locale) || slugs.length < LOCALES.length) return true;
		if (template === 'lessons/*' && !GENERATED.has(locale)) return true;
		// Shifted per template, so one module's pages made by different templates are each in another language.
		const turn = (slugs.indexOf(slugOf(path)) + templates.indexOf(template)) % LOCALES.length;
		return turn === LOCALES.indexOf(locale);
	}

	const checkedWhole = new Set<string>();
	return pages.filter(opened).map((path) => {
		const frame = `${splitLocale(path).locale} ${templateOf(path)}`;
		if (options.whole || !checkedWhole.has(frame)) {
			checkedWhole.add(frame);
			return { path, scope: 'page' };
		}
		return { path, scope: 'main' };
	});
}
