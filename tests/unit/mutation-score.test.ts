import { describe, expect, it } from 'vitest';
import { scoreOf, scoreReport } from '../mutation/score.ts';

describe('mutation score (tests/mutation/score.ts)', () => {
	it('scores killed and timed-out mutants against survivors and uncovered ones, leaving static and ignored ones out (the static ones a test reached counted as lazy)', () => {
		const mutants = [
			{ status: 'Killed' },
			{ status: 'Killed' },
			{ status: 'Timeout' },
			{ status: 'Survived' },
			{ status: 'NoCoverage' },
			{ status: 'Survived', static: true },
			{ status: 'Killed', static: true },
			{ status: 'Ignored' },
			{ status: 'Ignored', static: true },
			{ status: 'RuntimeError' },
		];
		expect(scoreOf('a.ts', mutants)).toEqual({ file: 'a.ts', detected: 3, undetected: 2, static: 4, lazy: 2, score: 60 });
	});

	it('gives a file with nothing to score 100, and names files from src/lib', () => {
		const { total, files } = scoreReport({
			'/x/src/lib/content-rules/a.ts': { mutants: [{ status: 'Ignored' }] },
			'/x/src/lib/b.ts': { mutants: [{ status: 'Killed' }, { status: 'Survived' }, { status: 'Survived' }, { status: 'Killed' }] },
		});
		expect(files).toEqual([
			{ file: 'content-rules/a.ts', detected: 0, undetected: 0, static: 1, lazy: 0, score: 100 },
			{ file: 'b.ts', detected: 2, undetected: 2, static: 0, lazy: 0, score: 50 },
		]);
		expect(total).toEqual({ file: 'src/lib', detected: 2, undetected: 2, static: 1, lazy: 0, score: 50 });
	});
});
