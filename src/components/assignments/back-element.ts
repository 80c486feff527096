/**
 * <ogoh-back-to-assignment>: "Back to your assignment: <group>" on lessons and quizzes that belong
 * to an assignment the learner opened on this device (lib/assignment-store.ts). Without
 * `data-kind`/`data-id` it lists every open assignment. Empty and hidden otherwise, and without
 * JavaScript.
 */
import { loadStore, localDay, openAssignments } from '../../lib/assignment-store.ts';
import { hasStrings } from '../../lib/data-guards.ts';
import { readData } from '../../lib/element-data.ts';
import { fill } from '../../lib/fill.ts';
import { browserStorage } from '../../lib/browser-storage.ts';

/** Fills the element with links back to the matching open assignments; returns whether any. */
export function showOpenAssignments(element: HTMLElement): boolean {
	const { kind, id, base = '' } = element.dataset;
	const { back } = readData(element, 'data-strings', hasStrings(['back']));
	const item = (kind === 'lesson' || kind === 'quiz') && id ? { kind: kind as 'lesson' | 'quiz', id } : undefined;
	const open = openAssignments(loadStore(browserStorage()), localDay(new Date()), item);
	const links = open.map((assignment) => {
		const p = document.createElement('p');
		const a = document.createElement('a');
		a.href = `${base}#a=${assignment.a}`;
		a.textContent = `← ${fill(back, { cohort: assignment.cohort })}`;
		p.append(a);
		return p;
	});
	element.replaceChildren(...links);
	element.hidden = links.length === 0;
	return links.length > 0;
}

class OgohBackToAssignment extends HTMLElement {
	connectedCallback(): void {
		// The assignment page fills its own list (it also decides when to show it).
		if (this.dataset.manual === undefined) showOpenAssignments(this);
	}
}

if (!customElements.get('ogoh-back-to-assignment')) customElements.define('ogoh-back-to-assignment', OgohBackToAssignment);
