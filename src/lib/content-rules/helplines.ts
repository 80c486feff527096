/**
 * Helpline rules (content/helplines.yaml): each entry valid on its own, unique ids, and verified:
 * a source URL, the date it was really checked and how. A date shared by every entry is a batch
 * stamp, not a check.
 */
import { helplineSchema } from '../schemas.ts';
import { schemaProblems } from './schema.ts';
import { findDuplicates, type Problem, type RuleContext } from './types.ts';

/** With at least this many entries, one `lastChecked` for all of them is a batch stamp. */
export const BATCH_MIN = 3;

export function helplineRules({ tree }: RuleContext): Problem[] {
	if (!tree.helplines) return [];
	const { file, data } = tree.helplines;
	if (!Array.isArray(data) || data.length === 0) {
		return [{ code: 'schema/type', file, field: '(top level)', message: 'helplines.yaml must be a list of entries', fix: 'start each entry with "- id: ..."; see content/README.md' }];
	}
	const problems: Problem[] = [];
	const report = (code: string, field: string, message: string, fix: string) => problems.push({ code, file, field, message, fix });
	const dates: string[] = [];
	const checks = new Set<string>();
	data.forEach((entry: unknown, index) => {
		const found = schemaProblems(file, entry, helplineSchema, String(index));
		problems.push(...found);
		if (found.length > 0) return;
		const helpline = helplineSchema.parse(entry);
		dates.push(helpline.lastChecked.toISOString().slice(0, 10));
		if (helpline.checkedHow) checks.add(helpline.checkedHow);
		if (!helpline.source.url) {
			report('helpline/no-url', `${index}.source.url`, `helpline "${helpline.id}" has no source URL`, 'add the URL of the official page that gives this number; an entry that cannot be verified stays out');
		}
		if (!helpline.checkedHow) {
			report('helpline/checked-how', `${index}.checkedHow`, `helpline "${helpline.id}" does not say how it was checked`, 'add checkedHow, e.g. "read the number on the ministry\'s contacts page" or "called it on a weekday"');
		}
	});
	const ids = data.map((entry) => (entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined));
	for (const id of findDuplicates(ids.filter((id) => typeof id === 'string'))) {
		report('helpline/duplicate-id', 'id', `helpline id "${id}" is used more than once`, 'give every entry its own id');
	}
	// One date for all is a batch stamp unless each entry says how it was checked that day.
	if (dates.length >= BATCH_MIN && dates.length === data.length && new Set(dates).size === 1 && checks.size < dates.length) {
		report('helpline/batch-date', 'lastChecked', `every entry has lastChecked ${dates[0]}: a batch stamp, not the date each one was checked`, 'set each entry\'s lastChecked to the day you really checked it, after checking it');
	}
	return problems;
}
