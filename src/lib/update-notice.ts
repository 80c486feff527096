/**
 * Browser-side (no imports: src/lib/offline.ts pulls in zod, whose eval probe the CSP reports).
 *
 * Whether a page should offer "update ready / reload" when a new worker takes control of it:
 * only when it was controlled before (a first install also changes the controller) and the
 * switch was not asked for in this page (that page reloads by itself).
 */
export function offerReloadOnControllerChange(hadController: boolean, updatingHere: boolean): boolean {
	return hadController && !updatingHere;
}

