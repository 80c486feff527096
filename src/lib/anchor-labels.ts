/**
 * Starlight names each heading's anchor link ("Section titled “…”") in the language it infers from
 * the file's place in src/content/docs. Lessons live in content/lessons/<locale>/, so every Uzbek
 * and Russian lesson got the English label. This rewrites those labels in rendered HTML.
 */

/** Splits a label template ("Section titled “{{title}}”") around its title. */
function parts(template: string): [string, string] {
	const at = template.indexOf('{{title}}');
	if (at < 0) throw new Error(`heading.anchorLabel has no {{title}}: ${template}`);
	return [template.slice(0, at), template.slice(at + '{{title}}'.length)];
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces anchor labels written with `from` (the English template) by `to` (the page's
 * language). Only the screen-reader text inside Starlight's `.sl-anchor-link` is touched; the
 * title keeps its HTML as rendered.
 */
export function relabelHeadingAnchors(html: string, from: string, to: string): string {
	if (from === to) return html;
	const [before, after] = parts(from);
	const [newBefore, newAfter] = parts(to).map(escapeHtml) as [string, string];
	const label = new RegExp(
		`(<a class="sl-anchor-link"[^>]*>(?:(?!</a>)[\\s\\S])*?<span class="sr-only"[^>]*>)${escapeRegExp(escapeHtml(before))}((?:(?!</span>)[\\s\\S])*?)${escapeRegExp(escapeHtml(after))}(</span>)`,
		'g'
	);
	return html.replace(label, (_, open: string, title: string, close: string) => `${open}${newBefore}${title}${newAfter}${close}`);
}
