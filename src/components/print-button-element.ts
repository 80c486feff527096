/** <ogoh-print-button>: shows its button (hidden without JavaScript) and opens the print dialog. */
class OgohPrintButton extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button')!;
		button.hidden = false;
		button.addEventListener('click', () => window.print());
	}
}

if (!customElements.get('ogoh-print-button')) customElements.define('ogoh-print-button', OgohPrintButton);
