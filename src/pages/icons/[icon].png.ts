/** App icons drawn from the logo: plain ones, and "maskable" ones that fill their square. */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import logo from '../../assets/logo.svg?raw';
import { ICONS, THEME_COLOR } from '../../lib/web-manifest.ts';

type IconName = keyof typeof ICONS;

export const getStaticPaths = () => Object.keys(ICONS).map((icon) => ({ params: { icon } }));

/** The logo's rings on a full square, inside the middle 80% that every mask shape keeps. */
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${THEME_COLOR}"/><circle cx="16" cy="16" r="5.6" fill="none" stroke="#fff" stroke-width="2.4"/><circle cx="16" cy="16" r="2" fill="#fff"/></svg>`;

export const GET: APIRoute = async ({ params }) => {
	const { size, maskable: fillsSquare } = ICONS[params.icon as IconName];
	const svg = Buffer.from(fillsSquare ? maskable : logo);
	const png = await sharp(svg, { density: (72 * size) / 32 }).resize(size, size).png().toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
