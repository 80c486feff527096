/**
 * One bar of raised hands, as both classroom modes draw it: a label, a track with a fill as wide
 * as the share, and the value. aria-hidden: the same numbers are in a table or in the tally fields.
 * Styled by .classroom-bar in ogoh.css.
 */
export function tallyBar(label: string, share: number | undefined, value: string): HTMLElement {
	const bar = document.createElement('div');
	bar.className = 'classroom-bar';
	bar.setAttribute('aria-hidden', 'true');
	const name = document.createElement('span');
	name.textContent = label;
	const track = document.createElement('span');
	track.className = 'classroom-bar-track';
	const fill = document.createElement('span');
	fill.className = 'classroom-bar-fill';
	fill.style.width = `${share ?? 0}%`;
	track.append(fill);
	const text = document.createElement('span');
	text.textContent = value;
	bar.append(name, track, text);
	return bar;
}
