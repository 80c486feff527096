/** The messages for each way an assignment link can be wrong (see lib/assignment.ts). */
import type { AssignmentError } from '../lib/assignment.ts';

export function assignmentErrorStrings(t: App.Locals['t']): Record<AssignmentError, string> {
	return {
		missing: t('ogoh.assignment.errorMissing'),
		'too-long': t('ogoh.assignment.errorTooLong'),
		garbled: t('ogoh.assignment.errorGarbled'),
		invalid: t('ogoh.assignment.errorInvalid'),
		'unknown-item': t('ogoh.assignment.errorUnknown'),
	};
}
