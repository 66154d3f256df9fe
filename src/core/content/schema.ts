/**
 * The one schema for every content file: course.yaml, module.yaml, lesson and problem front matter,
 * and quiz YAML. The TypeScript types of the course are inferred from it, so the loader, the
 * validator and every front end agree on the format by construction.
 */
import { z } from 'zod';

/** Ids are progress keys and file names: lower-case words joined by dashes, stable forever. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case letters and digits joined by single dashes');

export const courseFileSchema = z.strictObject({
  title: z.string().min(1),
  version: z.union([z.string(), z.number()]).transform(String),
  description: z.string().optional(),
  modules: z.array(idSchema).min(1),
});
export type CourseFile = z.infer<typeof courseFileSchema>;

export const moduleFileSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  /** Ordered ids of the module's lessons, problems and quizzes, as the learner meets them. */
  items: z.array(idSchema),
});
export type ModuleFile = z.infer<typeof moduleFileSchema>;

export const lessonFrontMatterSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  minutes: z.number().int().positive(),
  summary: z.string().optional(),
  /** Problems and quizzes this lesson prepares for ("Practice" buttons). */
  problems: z.array(idSchema).default([]),
  quizzes: z.array(idSchema).default([]),
  /** Old or external slugs that must keep resolving to this lesson. */
  aliases: z.array(z.string()).default([]),
  /** Provenance for reviewers: seed file and line ranges the facts come from. */
  sources: z.array(z.string()).default([]),
});
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

export const difficultySchema = z.enum(['easy', 'medium', 'hard']);

const orderKeySchema = z.union([
  z.number().int().positive(),
  z.strictObject({ column: z.number().int().positive(), descending: z.boolean().default(false) }),
]);

const queryProblemFields = {
  id: idSchema,
  title: z.string().min(1),
  difficulty: difficultySchema,
  summary: z.string().optional(),
  hints: z.array(z.string().min(1)).min(1),
  lessons: z.array(idSchema).default([]),
  tags: z.array(z.string()).default([]),
};

export const queryProblemFrontMatterSchema = z.strictObject({
  ...queryProblemFields,
  kind: z.literal('query'),
  /**
   * 1-based output column positions the rows must be sorted by (e.g. [1] or
   * [{column: 2, descending: true}]). Absent: row order is not graded.
   */
  orderBy: z.array(orderKeySchema).optional(),
  /** Compare as sets (duplicates ignored). Default: bags. */
  setSemantics: z.boolean().default(false),
  /** Require output column names to match the reference's (trimmed, case-insensitive). */
  columnNames: z.boolean().default(false),
  /** Numeric tolerance for non-integer comparisons. */
  tolerance: z
    .strictObject({ absolute: z.number().nonnegative().default(1e-9), relative: z.number().nonnegative().default(1e-9) })
    .optional(),
  /** When the statement demands rounding, a short phrase such as "rounded to 2 decimals". */
  rounding: z.string().optional(),
});

const pipelineTargetSchema = z.strictObject({
  table: z.string().min(1),
  /** Columns compared; default all. */
  compare: z.array(z.string()).optional(),
  /** Columns never compared (surrogate keys the answer assigns itself). */
  ignore: z.array(z.string()).default([]),
  /**
   * Key used to align rows in the diff (inserted / updated / deleted); default the table's primary
   * key when none of its columns is ignored. Without one, the diff compares rows as bags.
   */
  key: z.array(z.string()).optional(),
});

export const pipelineProblemFrontMatterSchema = z.strictObject({
  ...queryProblemFields,
  kind: z.literal('pipeline'),
  targets: z.array(pipelineTargetSchema).min(1),
  /** Tables the answer may write besides the targets (a ledger it keeps, for example). */
  writable: z.array(z.string()).default([]),
  /** Tables holding the incoming batch: refilled before every run, never written by the answer. */
  batchTables: z.array(z.string()).min(1),
  /**
   * Require the batch-by-batch state to equal a full rebuild computed by rebuild.sql, after every
   * batch. rebuild.sql runs on the scenario's initial state plus, for each batch table T, a temp
   * table all_T(batch_no, T's columns) holding every batch delivered so far; its result-producing
   * statements return the targets' compared columns, one per target, in order.
   */
  fullRebuild: z.boolean().default(false),
  /** Check that running the script twice on the same batch changes nothing (default on). */
  replay: z.boolean().default(true),
});

export const problemFrontMatterSchema = z.discriminatedUnion('kind', [
  queryProblemFrontMatterSchema,
  pipelineProblemFrontMatterSchema,
]);
export type ProblemFrontMatter = z.infer<typeof problemFrontMatterSchema>;
export type QueryProblemFrontMatter = z.infer<typeof queryProblemFrontMatterSchema>;
export type PipelineProblemFrontMatter = z.infer<typeof pipelineProblemFrontMatterSchema>;

const quizOptionSchema = z.strictObject({
  id: idSchema,
  text: z.string().min(1),
  correct: z.boolean().default(false),
  /** Why this option is right, or why a learner who picked it is mistaken. */
  explanation: z.string().min(1),
});

export const quizQuestionSchema = z.strictObject({
  id: idSchema,
  type: z.enum(['single', 'multiple', 'truefalse']),
  prompt: z.string().min(1),
  options: z.array(quizOptionSchema).min(2),
  /** The explanation of the right answer, shown after every attempt. */
  explanation: z.string().min(1),
  /** Lesson that covers this question; the summary links to it when the question is missed. */
  lesson: idSchema.optional(),
});
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

export const quizFileSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  summary: z.string().optional(),
  /** Share of questions to answer right for the quiz to count as done. */
  passScore: z.number().min(0).max(1).default(0.8),
  questions: z.array(quizQuestionSchema).min(1),
});
export type QuizFile = z.infer<typeof quizFileSchema>;
