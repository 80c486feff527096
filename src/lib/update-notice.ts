/**
 * Browser-side (no imports: src/lib/offline.ts pulls in zod, whose eval probe the CSP reports).
 *
 * Whether a page should offer "a new version is ready / reload" when a new service worker takes
 * control of it (after "Update now" in another tab): only when the page was controlled before by
 * the same worker script (a first install also changes the controller, and so does this
 * language's own worker taking over an Uzbek page from the English one) and the switch was not
 * asked for in this page (that page reloads by itself).
 * @param before script URL of the page's previous controller, or null
 * @param after script URL of the new controller, or null
 */
export function offerReloadOnControllerChange(before: string | null, after: string | null, updatingHere: boolean): boolean {
	return before !== null && before === after && !updatingHere;
}
