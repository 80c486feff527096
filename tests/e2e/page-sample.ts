/**
 * Which built pages the browser sweep (all-pages.spec.ts) opens, and whether axe reads a page whole
 * or only its `<main>`: the reasons are in that spec's header.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { LANGUAGES } from '../../src/lib/languages.ts';
import { LOCALES, splitLocale } from '../../src/lib/locales.ts';

/** What axe reads on a page: all of it, its `<main>`, or nothing (what it would read was read on a page before). */
export type AxeScope = 'page' | 'main' | 'none';

export interface SweepStep {
	path: string;
	axe: AxeScope;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const isElement = (node: Node): node is Element => 'tagName' in node;
const childrenOf = (element: Element): Node[] => (element.tagName === 'template' ? (element as unknown as { content: { childNodes: Node[] } }).content.childNodes : element.childNodes);

/** Attributes whose value changes what axe says (not ids, references or words, which every page has its own of). */
const VALUE_MATTERS = /^(lang|dir|role|type|tabindex|scope|aria-(?!label$|labelledby$|describedby$|controls$|owns$|activedescendant$|details$|errormessage$|flowto$|description$|valuetext$|valuenow$|valuemin$|valuemax$|keyshortcuts$|roledescription$|placeholder$|posinset$|setsize$|level$|rowindex$|colindex$).*)$/;
/** Elements that need words of their own (axe: link-name, button-name, empty-heading, label…). */
const NEEDS_WORDS = new Set(['a', 'button', 'summary', 'label', 'legend', 'caption', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'option', 'title']);

const hasWords = (element: Element): boolean =>
	element.attrs.some((attr) => (attr.name === 'aria-label' || attr.name === 'alt') && attr.value.trim() !== '') ||
	childrenOf(element).some((child) => ('value' in child && child.nodeName === '#text' ? child.value.trim() !== '' : isElement(child) && hasWords(child)));

/**
 * What axe's answer about a page's `<main>` depends on, apart from words: each element as its tag
 * and classes under its parent's (structure, and the CSS that gives it its colours); the names of
 * its attributes, with the values of those that matter (lang, role, type, aria states); inline
 * styles; an empty `alt`; an element that needs words but has none; each step between headings
 * (h2 → h4). Two pages with the same signatures are the same to axe, whatever their words say.
 */
export function markupSignatures(html: string): Set<string> {
	const signatures = new Set<string>();
	let lastHeading = 0;
	const nameOf = (element: Element) => {
		const classes = element.attrs.find((attr) => attr.name === 'class')?.value.split(/\s+/).filter(Boolean).sort() ?? [];
		return [element.tagName, ...classes].join('.');
	};
	const walk = (element: Element, parent: string, inMain: boolean) => {
		const name = nameOf(element);
		const here = inMain || element.tagName === 'main';
		if (here) {
			signatures.add(`${parent} > ${name}`);
			for (const { name: attr, value } of element.attrs) {
				signatures.add(attr === 'style' || VALUE_MATTERS.test(attr) || (attr === 'alt' && value === '') ? `@${attr}="${value}"` : `@${attr}`);
			}
			if (NEEDS_WORDS.has(element.tagName) && !hasWords(element)) signatures.add(`${name} without words`);
			const level = /^h([1-6])$/.exec(element.tagName)?.[1];
			if (level) {
				signatures.add(`h${lastHeading} → h${level}`);
				lastHeading = Number(level);
			}
		}
		for (const child of childrenOf(element)) if (isElement(child)) walk(child, name, here);
	};
	for (const child of parse(html).childNodes) if (isElement(child)) walk(child, '', false);
	return signatures;
}

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

/**
 * The pages to open, in order, each with what axe reads: the first page of each template in each
 * language whole; after it, a page's `<main>` when it has a markup signature (`markupSignatures`,
 * from `signaturesOf`) that no page axe read before it had; otherwise nothing, the page is only
 * opened (status, console, CSP, other origins). Without `signaturesOf` every `<main>` is read.
 */
export function sweepPlan(pages: readonly string[], options: SweepOptions = {}, signaturesOf?: (path: string) => Set<string>): SweepStep[] {
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
	const read = new Set<string>();
	return pages.filter(opened).map((path) => {
		const frame = `${splitLocale(path).locale} ${templateOf(path)}`;
		const signatures = signaturesOf?.(path);
		const fresh = !signatures || [...signatures].some((signature) => !read.has(signature));
		const axe: AxeScope = options.whole || !checkedWhole.has(frame) ? 'page' : fresh ? 'main' : 'none';
		checkedWhole.add(frame);
		if (axe !== 'none') for (const signature of signatures ?? []) read.add(signature);
		return { path, axe };
	});
}
