/**
 * The one schema for every content file: course.yaml, module.yaml, lesson and problem front matter,
 * and quiz YAML. The TypeScript types of the course are inferred from it, so the loader, the
 * validator and every front end agree on the format by construction.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini (a quarter of zod's size in the extension bundle) ships without messages; English ones
// keep the diagnostics readable ("expected number, received string").
z.config(en());

const text = () => z.string().check(z.minLength(1));
const positiveInt = () => z.number().check(z.int(), z.positive());

/** Ids are progress keys and file names: lower-case words joined by dashes, stable forever. */
export const idSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case letters and digits joined by single dashes'));

export const courseFileSchema = z.strictObject({
  /** Required of a course pack (it namespaces the pack's progress and answer files); the built-in course has none. */
  id: z.optional(idSchema),
  title: text(),
  version: z.pipe(z.union([z.string(), z.number()]), z.transform(String)),
  description: z.optional(z.string()),
  modules: z.array(idSchema).check(z.minLength(1)),
  /**
   * Hold the course to the authoring bar as errors (default). `strict: false` reports the bar's
   * findings (codes.ts, `bar`) as warnings: a pack that is still being written stays usable.
   */
  strict: z._default(z.boolean(), true),
});
export type CourseFile = z.infer<typeof courseFileSchema>;

export const moduleFileSchema = z.strictObject({
  id: idSchema,
  title: text(),
  summary: text(),
  /** Ordered ids of the module's lessons, problems and quizzes, as the learner meets them. */
  items: z.array(idSchema),
});
export type ModuleFile = z.infer<typeof moduleFileSchema>;

export const lessonFrontMatterSchema = z.strictObject({
  id: idSchema,
  title: text(),
  minutes: positiveInt(),
  summary: z.optional(z.string()),
  /** Problems and quizzes this lesson prepares for ("Practice" buttons). */
  problems: z._default(z.array(idSchema), []),
  quizzes: z._default(z.array(idSchema), []),
  /** Old or external slugs that must keep resolving to this lesson. */
  aliases: z._default(z.array(z.string()), []),
  /** Provenance for reviewers: seed file and line ranges the facts come from. */
  sources: z._default(z.array(z.string()), []),
});
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

export const difficultySchema = z.enum(['easy', 'medium', 'hard']);

const orderKeySchema = z.union([
  positiveInt(),
  z.strictObject({ column: positiveInt(), descending: z._default(z.boolean(), false) }),
]);

const queryProblemFields = {
  id: idSchema,
  title: text(),
  difficulty: difficultySchema,
  summary: z.optional(z.string()),
  hints: z.array(text()).check(z.minLength(1)),
  lessons: z._default(z.array(idSchema), []),
  tags: z._default(z.array(z.string()), []),
};

export const queryProblemFrontMatterSchema = z.strictObject({
  ...queryProblemFields,
  kind: z.literal('query'),
  /**
   * 1-based output column positions the rows must be sorted by (e.g. [1] or
   * [{column: 2, descending: true}]). Absent: row order is not graded.
   */
  orderBy: z.optional(z.array(orderKeySchema)),
  /** Compare as sets (duplicates ignored). Default: bags. */
  setSemantics: z._default(z.boolean(), false),
  /** Require output column names to match the reference's (trimmed, case-insensitive). */
  columnNames: z._default(z.boolean(), false),
  /** Numeric tolerance for non-integer comparisons. */
  tolerance: z.optional(
    z.strictObject({
      absolute: z._default(z.number().check(z.nonnegative()), 1e-9),
      relative: z._default(z.number().check(z.nonnegative()), 1e-9),
    }),
  ),
  /** When the statement demands rounding, a short phrase such as "rounded to 2 decimals". */
  rounding: z.optional(z.string()),
});

const pipelineTargetSchema = z.strictObject({
  table: text(),
  /** Columns compared; default all. */
  compare: z.optional(z.array(z.string())),
  /** Columns never compared (surrogate keys the answer assigns itself). */
  ignore: z._default(z.array(z.string()), []),
  /**
   * Key used to align rows in the diff (inserted / updated / deleted); default the table's primary
   * key when none of its columns is ignored. Without one, the diff compares rows as bags.
   */
  key: z.optional(z.array(z.string())),
});

export const pipelineProblemFrontMatterSchema = z.strictObject({
  ...queryProblemFields,
  kind: z.literal('pipeline'),
  targets: z.array(pipelineTargetSchema).check(z.minLength(1)),
  /** Tables the answer may write besides the targets (a ledger it keeps, for example). */
  writable: z._default(z.array(z.string()), []),
  /** Tables holding the incoming batch: refilled before every run, never written by the answer. */
  batchTables: z.array(z.string()).check(z.minLength(1)),
  /**
   * Require the batch-by-batch state to equal a full rebuild computed by rebuild.sql, after every
   * batch. rebuild.sql runs on the scenario's initial state plus, for each batch table T, a temp
   * table all_T(batch_no, T's columns) holding every batch delivered so far; its result-producing
   * statements return the targets' compared columns, one per target, in order.
   */
  fullRebuild: z._default(z.boolean(), false),
  /** Check that running the script twice on the same batch changes nothing (default on). */
  replay: z._default(z.boolean(), true),
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
  text: text(),
  correct: z._default(z.boolean(), false),
  /** Why this option is right, or why a learner who picked it is mistaken. */
  explanation: text(),
});

export const quizQuestionSchema = z.strictObject({
  id: idSchema,
  type: z.enum(['single', 'multiple', 'truefalse']),
  prompt: text(),
  options: z.array(quizOptionSchema).check(z.minLength(2)),
  /** The explanation of the right answer, shown after every attempt. */
  explanation: text(),
  /** Lesson that covers this question; the summary links to it when the question is missed. */
  lesson: z.optional(idSchema),
});
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;

export const quizFileSchema = z.strictObject({
  id: idSchema,
  title: text(),
  summary: z.optional(z.string()),
  /** Share of questions to answer right for the quiz to count as done. */
  passScore: z._default(z.number().check(z.gte(0), z.lte(1)), 0.8),
  questions: z.array(quizQuestionSchema).check(z.minLength(1)),
});
export type QuizFile = z.infer<typeof quizFileSchema>;
