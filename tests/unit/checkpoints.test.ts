import { describe, expect, test } from 'vitest';
import { checkpointPlaces, checkpointsIn } from '../../src/lib/checkpoints.ts';

describe('checkpointsIn', () => {
	test('finds each checkpoint with its question, line and the number of sections before it', () => {
		const body = ['Intro.', '', '## One', '', 'Text.', '', '<Checkpoint question="why-offer" />', '', '## Two', '### A sub-heading', "<Checkpoint question='ways' />", '## Three'].join('\n');
		expect(checkpointsIn(body)).toEqual([
			{ question: 'why-offer', line: 7, section: 1 },
			{ question: 'ways', line: 11, section: 2 },
		]);
	});

	test('a checkpoint before any section is at section 0; one without a question names none', () => {
		expect(checkpointsIn('<Checkpoint question="a" />\n\n## S\n\n<Checkpoint />')).toEqual([
			{ question: 'a', line: 1, section: 0 },
			{ question: '', line: 5, section: 1 },
		]);
	});

	test('code blocks are skipped, and keep the lines after them true', () => {
		const body = 'Example:\n\n```mdx\n## Not a section\n<Checkpoint question="example" />\n```\n\n<Checkpoint question="real" />';
		expect(checkpointsIn(body)).toEqual([{ question: 'real', line: 8, section: 0 }]);
	});

	test('only level-2 headings count as sections, and only at the start of a line', () => {
		expect(checkpointsIn('### Deep\n#### Deeper\nText ## not a heading\n<Checkpoint question="q" />')).toEqual([{ question: 'q', line: 4, section: 0 }]);
		expect(checkpointsIn('##No space\n<Checkpoint question="q" />')[0]!.section).toBe(0);
	});

	test('other tags and attributes are not checkpoints or questions', () => {
		expect(checkpointsIn('<CheckpointList question="x" />\n<Checkpoint id="x" data-question="y" />')).toEqual([{ question: '', line: 2, section: 0 }]);
	});

	test('places compare question and section', () => {
		expect(checkpointPlaces([{ question: 'a', line: 9, section: 2 }, { question: 'b', line: 1, section: 0 }])).toEqual(['a@2', 'b@0']);
	});
});
