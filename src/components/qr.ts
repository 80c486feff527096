/**
 * QR codes drawn in the page (no image request, no library at run time beyond the encoder): the
 * assignment builder's link and the topic passport's check link.
 */
import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
/** CSS pixels per QR module on screen: a phone reads it from the screen or a projector. */
const QR_MODULE_PX = 4;

/** Draws a QR code as one SVG path of dark modules, with the quiet zone the standard asks for. */
export function drawQr(svg: SVGSVGElement, text: string): void {
	const { data, size } = encode(text, { ecc: 'M', border: 4 });
	let d = '';
	data.forEach((row, y) => row.forEach((dark, x) => (d += dark ? `M${x} ${y}h1v1h-1z` : '')));
	const path = document.createElementNS(SVG, 'path');
	path.setAttribute('d', d);
	path.setAttribute('fill', '#000');
	svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
	svg.setAttribute('shape-rendering', 'crispEdges');
	svg.style.width = `${size * QR_MODULE_PX}px`;
	svg.replaceChildren(path);
}
