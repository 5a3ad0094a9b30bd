import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson.ts';
import { castMemberSchema, castNamesSchema } from './schemas/cast.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { bankQuestionSchema, questionSchema } from './schemas/question.ts';
import { scenarioSchema } from './schemas/scenario.ts';
import { workshopSchema } from './schemas/workshop.ts';

// Entry ids keep the path as written (`pt-BR/who-are-your-customers`): the default loader
// would lowercase the locale folder.
const keepPath = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|json)$/, '');

export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '*/*.mdx', base: './content/lessons', generateId: keepPath }),
    schema: lessonSchema,
  }),
  questions: defineCollection({
    loader: glob({ pattern: '*/*.json', base: './content/questions', generateId: keepPath }),
    schema: questionSchema,
  }),
  finalTest: defineCollection({
    loader: glob({ pattern: '*/*.json', base: './content/final-test', generateId: keepPath }),
    schema: bankQuestionSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.json', base: './content/glossary', generateId: keepPath }),
    schema: glossarySchema,
  }),
  workshop: defineCollection({
    loader: glob({ pattern: '*/*.json', base: './content/workshop', generateId: keepPath }),
    schema: workshopSchema,
  }),
  cast: defineCollection({
    loader: file('./content/cast.json'),
    schema: castMemberSchema,
  }),
  castNames: defineCollection({
    loader: glob({ pattern: '*.json', base: './content/cast', generateId: keepPath }),
    schema: castNamesSchema,
  }),
  scenarios: defineCollection({
    loader: glob({ pattern: '*/*.json', base: './content/scenarios', generateId: keepPath }),
    schema: scenarioSchema,
  }),
};
