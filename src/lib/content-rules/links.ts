/**
 * Link rules: internal links are absolute, in the file's own language, and lead to a page that
 * exists; glossary anchors and <Term id> name a term that exists.
 */
import type { ContentFile } from '../content-files.ts';
import { localePrefix, splitLocale } from '../locales.ts';
import { sitePaths } from '../routes.ts';
import type { Problem, RuleContext } from './types.ts';

/** Internal links in an MDX body: markdown links and href attributes that start with "/". */
export function internalLinks(body: string): string[] {
	const links: string[] = [];
	for (const match of body.matchAll(/\]\((\/[^)\s]*)[^)]*\)|href=["'](\/[^"']*)["']/g)) {
		links.push(match[1] ?? match[2]);
	}
	return links;
}

/** Links that are neither absolute paths nor full URLs nor anchors (images excepted: they are files beside the lesson). */
export function relativeLinks(body: string): string[] {
	const links: string[] = [];
	for (const match of body.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)[^)]*\)|href=["']([^"']*)["']/g)) {
		const link = match[1] ?? match[2];
		if (!/^(\/|#|[a-z][a-z0-9+.-]*:)/i.test(link)) links.push(link);
	}
	return links;
}

function linkProblems(file: ContentFile, known: Set<string>, terms: Set<string>): Problem[] {
	const problems: Problem[] = [];
	const report = (code: string, message: string, fix: string) => problems.push({ code, file: file.file, field: '(body)', message, fix });
	const prefix = localePrefix(file.locale);
	for (const link of relativeLinks(file.body)) {
		report('link/relative', `relative link "${link}": it breaks when the page moves or is read in another language`, `write it from the site root with this file's prefix, e.g. ${prefix}/lessons/<slug>/`);
	}
	for (const link of internalLinks(file.body)) {
		const [pathWithQuery, anchor] = link.split('#');
		const path = pathWithQuery.split('?')[0];
		const { locale, rest } = splitLocale(path);
		const normalised = rest.endsWith('/') ? rest : `${rest}/`;
		if (!known.has(normalised)) {
			report('link/broken', `broken link "${link}": no page has that address`, `link to an existing page, e.g. ${prefix}/lessons/<slug>/ or ${prefix}/quizzes/<id>/`);
			continue;
		}
		if (locale !== file.locale) {
			report('link/cross-language', `link "${link}" leads to the ${locale} page from a ${file.locale} file`, `use ${prefix}${rest}${anchor === undefined ? '' : `#${anchor}`}`);
		}
		if (normalised === '/glossary/' && anchor && !terms.has(anchor)) {
			report('link/glossary-term', `broken link "${link}": no glossary term "${anchor}"`, `add content/glossary/en/${anchor}.yaml or fix the id`);
		}
	}
	for (const match of file.body.matchAll(/<Term\s+id=["']([^"']+)["']/g)) {
		if (!terms.has(match[1])) {
			report('link/term', `<Term id="${match[1]}"> names a glossary term that does not exist`, `add content/glossary/en/${match[1]}.yaml or fix the id`);
		}
	}
	return problems;
}

export function linkRules({ tree, ids }: RuleContext): Problem[] {
	const known = sitePaths({ lessons: ids.lessons, quizzes: ids.quizzes, courses: ids.courses, simulators: ids.simulators });
	return [...tree.lessons, ...tree.pages].flatMap((file) => linkProblems(file, known, ids.terms));
}
