/**
 * Tells the learner, once per page, that this browser is not saving their progress (storage full,
 * blocked or switched off). Each feature that saves renders an empty polite status region
 * `<p role="status" data-not-saved="message in the page's language">`; the first failed save on
 * the page fills the one next to it, and the page keeps working.
 */
export function reportNotSaved(near: Element): void {
	if (document.querySelector('[data-not-saved]:not(:empty)')) return;
	const region = near.querySelector<HTMLElement>('[data-not-saved]');
	if (region) region.textContent = region.dataset.notSaved ?? '';
}
