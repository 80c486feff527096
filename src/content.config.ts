import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { courseSchema, glossaryTermSchema, helplineSchema, lessonSchema, quizSchema, simulatorSchema } from './lib/schemas.ts';

// The curriculum lives in the top-level content/ folder; ids look like "uz/refusal-skills".
// The build's content check (src/integrations/validate-content.ts) has already run these same
// schemas and the cross-file checks with friendlier messages before Astro loads anything.
// OGOH_CONTENT_ROOT builds the site from another tree (the test fixtures in tests/fixtures/content).
const contentRoot = process.env.OGOH_CONTENT_ROOT ?? '.';
const curriculum = (dir: string, pattern: string) =>
	glob({ base: `${contentRoot}/content/${dir}`, pattern, generateId: ({ entry }) => entry.replace(/\.[^.]+$/, '') });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	lessons: defineCollection({ loader: curriculum('lessons', '*/*.{md,mdx}'), schema: lessonSchema }),
	quizzes: defineCollection({ loader: curriculum('quizzes', '*/*.{yaml,yml}'), schema: quizSchema }),
	simulators: defineCollection({ loader: curriculum('simulators', '*/*.{yaml,yml}'), schema: simulatorSchema }),
	courses: defineCollection({ loader: curriculum('courses', '*/*.{yaml,yml}'), schema: courseSchema }),
	helplines: defineCollection({ loader: file(`${contentRoot}/content/helplines.yaml`), schema: helplineSchema }),
	glossary: defineCollection({ loader: curriculum('glossary', '*/*.{yaml,yml}'), schema: glossaryTermSchema }),
};
