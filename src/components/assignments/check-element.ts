/**
 * <ogoh-code-check>: the trainer types a trainee's completion code and the page says whether it
 * was made for this assignment. Works offline. Follows the address: pasting another assignment's
 * link in the same tab (only `#a=` changes) checks against the new one.
 */
import { decodeAssignment, encodeAssignment } from '../../lib/assignment.ts';
import { isValidCompletionCode } from '../../lib/completion-code.ts';
import { isStringRecord } from '../../lib/data-guards.ts';
import { readData } from '../../lib/element-data.ts';
import { fill } from '../../lib/fill.ts';
import { encodedFromLocation, knownIds, readCatalog } from './catalog.ts';

class OgohCodeCheck extends HTMLElement {
	/** The assignment codes are checked against, in its link form; undefined for a bad link. */
	#encoded: string | undefined;

	connectedCallback(): void {
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			if (!this.#encoded) return;
			const strings = this.#strings();
			const code = String(new FormData(form).get('code') ?? '');
			const output = this.querySelector<HTMLElement>('[data-result]')!;
			const valid = isValidCompletionCode(this.#encoded, code);
			output.dataset.valid = String(valid);
			output.textContent = valid ? `✓ ${strings.valid}` : `✗ ${strings.notValid}`;
		});
		this.#render();
		window.addEventListener('hashchange', () => this.#render());
	}

	#strings(): Record<string, string> {
		return readData(this, 'data-strings', isStringRecord);
	}

	#render(): void {
		const strings = this.#strings();
		const known = knownIds(readCatalog(this));
		const result = decodeAssignment(encodedFromLocation(), known);
		const form = this.querySelector<HTMLFormElement>('[data-form]')!;
		const output = this.querySelector<HTMLElement>('[data-result]')!;
		// A result shown for the previous assignment would now be wrong.
		output.textContent = '';
		delete output.dataset.valid;
		if (!result.ok) {
			this.#encoded = undefined;
			this.querySelector('[data-error]')!.textContent = strings[result.error] ?? '';
			form.hidden = true;
			return;
		}
		this.#encoded = encodeAssignment(result.assignment, known);
		this.querySelector('[data-error]')!.textContent = '';
		this.querySelector('[data-cohort]')!.textContent = fill(strings.cohort ?? '', { cohort: result.assignment.cohort });
		form.hidden = false;
	}
}

if (!customElements.get('ogoh-code-check')) customElements.define('ogoh-code-check', OgohCodeCheck);
