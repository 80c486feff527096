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

export function rehypeBaseLinks(options: { base: string }) {
	const visit = (node: HastNode) => {
		if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
			node.properties.href = withBase(node.properties.href, options.base);
		}
		for (const attribute of node.attributes ?? []) {
			if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string') {
				attribute.value = withBase(attribute.value, options.base);
			}
		}
		node.children?.forEach(visit);
	};
	return (tree: HastNode) => visit(tree);
}
