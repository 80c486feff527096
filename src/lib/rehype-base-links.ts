import type { RehypePlugin } from '@astrojs/markdown-remark';

/**
 * Lessons write internal links from the site root (`/lessons/x/`); when the site is deployed
 * under a sub-path (`base: '/ogoh'`), this rehype plugin prefixes them with it.
 */
interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	/** MDX components such as <LinkCard href="/x/">. */
	name?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: HastNode[];
}

export function withBase(url: string, base: string): string {
	const trimmed = base.replace(/\/$/, '');
	if (!trimmed || !url.startsWith('/') || url.startsWith('//') || url === trimmed || url.startsWith(`${trimmed}/`)) return url;
	return trimmed + url;
}

/** Prefixes the site-root links in a hast tree (elements and MDX components) with the base. */
export function prefixLinks(tree: HastNode, base: string): void {
	const visit = (node: HastNode) => {
		if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
			node.properties.href = withBase(node.properties.href, base);
		}
		for (const attribute of node.attributes ?? []) {
			if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
				attribute.value = withBase(attribute.value, base);
			}
		}
		node.children?.forEach(visit);
	};
	visit(tree);
}

/** The rehype plugin, typed as Astro's so that `astro.config.mjs` passes it to its processor as it is. */
export const rehypeBaseLinks: RehypePlugin<[{ base: string }]> = (options) => (tree) => prefixLinks(tree as HastNode, options.base);
