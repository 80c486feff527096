// ESLint flat config: `npm run lint` (zero warnings allowed; part of `npm test`).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist-journey/',
			'.astro/',
			'.stryker-tmp/',
			// Sites the benchmarks build (bench:scale, bench:plain).
			'tests/bench/scale/.work/',
			'reports/',
			'coverage/',
			'test-results/',
			'playwright-report/',
			'.tmp/',
			'public/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
		},
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			eqeqeq: ['error', 'always'],
			// `catch {}` is how storage errors (private mode) are ignored; other empty blocks stay errors.
			'no-empty': ['error', { allowEmptyCatch: true }],
			'no-console': ['error', { allow: ['warn', 'error'] }],
		},
	},
	{
		// A global declaration file stays global only without top-level imports: it refers to modules' types by import().
		files: ['**/*.d.ts'],
		// Starlight's `I18n` is extended by declaration merging: an interface that only extends is the way to do it.
		rules: {
			'@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
			'@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
		},
	},
	{
		// Benchmarks and content checks are command-line tools: they report on the console.
		files: ['tests/bench/**', 'tests/mutation/**', 'tests/*.ts', 'src/integrations/**'],
		rules: { 'no-console': 'off' },
	},
);
