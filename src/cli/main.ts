/**
 * `de-dojo`: the same course and grader as the extension, from a terminal.
 *   list [--json] | run <problem-id> <answer.sql> | check <problem-id> <answer.sql> [--json]
 *   validate [content-dir] [--watch] | new <kind> <id> | quiz <quiz-id>
 * Exit codes: 0 success / correct, 1 incorrect answer or content findings, 2 could not do it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Catalog } from '../core/content/catalog';
import { fileSystemSource } from '../core/content/contentSource';
import { formatDiagnostic } from '../core/content/diagnostics';
import { describeError, describeFinding, describeOrigin, headline, STATUS_TITLE } from '../core/grading/describe';
import { withGeneration, type GenerationOptions } from '../core/grading/generate/options';
import { GradingService } from '../core/grading/gradingService';
import { compareResults } from '../core/grading/compare';
import { checkAnswerText } from '../core/grading/policy';
import type { QueryGrade } from '../core/grading/types';
import { EXIT, jsonReplacer, resolveProblem } from './common';
import { VALIDATE_BUDGET_MS } from './validateCommand';
import { formatTable } from './table';
import { registerExtraCommands, type CliContext } from './extraCommands';

const USAGE = `Usage: de-dojo <command> [options]

Commands:
  list [--json]                          modules, lessons, problems and quizzes with their ids
  run <problem-id> <answer.sql> [--dataset N]
                                         run an answer on the sample dataset (or dataset N, for authors) and print the result
                                         beside the expected one; pipeline problems: [--scenario N] [--batch N] run the
                                         script on batches 1..N of the scenario (default: the sample's first batch)
  check <problem-id> <answer.sql> [--json] [--seed N] [--budget ms]
                                         grade an answer on every dataset, then on generated data (exit 0 correct, 1 incorrect, 2 error)
  validate [content-dir] [--watch] [--json] [--write-datasets] [--budget ms]
                                         check every lesson, problem and quiz (exit 1 on errors); --watch validates again on every change;
                                         wrong/ and alt/ answers also meet generated data, and --write-datasets saves the datasets
                                         that only generated data found
  new <course|module|lesson|problem|pipeline|quiz> <id> [--module <m>]
                                         scaffold an item (with TODOs that validate reports) and list it in its module
  quiz <quiz-id> [--seed N]              take a concept check; answers typed or piped, one line each (exit 0 passed, 1 not)
  help                                   this text

Options:
  --content <dir>     the course folder (default: the content shipped with DE Dojo; validate and new
                      default to the current folder when it holds a course.yaml)
  --deadline <ms>     how long one answer may run before it is stopped (default 2000; validate: 5000)
  --seed <N>          check: the seed of generated data (a reported case names it; default: from the answer's text)
  --budget <ms>       milliseconds of generated data per answer (check: 50, validate: 300; 0 turns it off)
`;

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      const takesValue =
        name === 'content' || name === 'deadline' || name === 'seed' || name === 'dataset' || name === 'module' || name === 'scenario' || name === 'batch' || name === 'budget';
      flags.set(name, inline ?? (takesValue ? (argv[++i] ?? '') : true));
    } else positional.push(a);
  }
  return { positional, flags };
}

function defaultContentDir(): string {
  // dist/cli.js → ../content (a checkout or an installed package alike).
  return path.resolve(__dirname, '..', 'content');
}


async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [command, ...rest] = args.positional;
  const out = (s: string) => writeUnlessClosed(process.stdout, s + '\n');
  const err = (s: string) => writeUnlessClosed(process.stderr, s + '\n');
  if (!command || command === 'help' || args.flags.has('help')) {
    out(USAGE);
    return command || args.flags.has('help') ? EXIT.ok : EXIT.cannot;
  }
  const generation = generationFlags(args.flags, command === 'validate' ? VALIDATE_BUDGET_MS : undefined);
  if ('message' in generation) {
    err(`de-dojo: ${generation.message}`);
    return EXIT.cannot;
  }
  // Generated data runs inside the same request as the fixed datasets: give it room.
  const deadlineMs = Number(args.flags.get('deadline') ?? 2000 + (generation.options.budgetMs ?? 0));
  if (!Number.isFinite(deadlineMs) || deadlineMs <= 0) {
    err('--deadline takes a number of milliseconds, e.g. --deadline 2000');
    return EXIT.cannot;
  }
  const contentFlag = args.flags.get('content');
  const cwd = process.cwd();
  const contentDir =
    command === 'validate' && rest[0]
      ? path.resolve(rest[0])
      : typeof contentFlag === 'string'
        ? path.resolve(contentFlag)
        : command === 'new' || (command === 'validate' && fs.existsSync(path.join(cwd, 'course.yaml')))
          ? cwd // authors work inside their course folder
          : defaultContentDir();
  if (!fs.existsSync(contentDir)) {
    err(`de-dojo: content folder not found: ${contentDir}`);
    return EXIT.cannot;
  }
  const workerPath = path.join(__dirname, 'grading-worker.js');
  const grader = new GradingService({ workerPath, deadlineMs });
  const json = args.flags.has('json');
  // One load of the course per command, however many steps ask for it.
  let catalog: Catalog | undefined;
  const ctx: CliContext = {
    out,
    err,
    grader,
    json,
    contentDir,
    cwd,
    workerPath,
    catalog: () => (catalog ??= new Catalog(fileSystemSource(contentDir))),
    readAnswer,
    generation: generation.options,
  };
  try {
    switch (command) {
      case 'list':
        return list(ctx);
      case 'run':
        return await run(ctx, rest, args.flags);
      case 'check':
        return await check(ctx, rest);
      default: {
        const extra = registerExtraCommands()[command];
        if (extra) return await extra(ctx, rest, args.flags);
        err(`de-dojo: unknown command "${command}"\n\n${USAGE}`);
        return EXIT.cannot;
      }
    }
  } finally {
    grader.dispose();
  }
}

function list(ctx: CliContext): number {
  const catalog = ctx.catalog();
  for (const d of catalog.diagnostics) ctx.err(formatDiagnostic(d));
  const { course } = catalog;
  if (ctx.json) {
    ctx.out(
      JSON.stringify(
        {
          title: course.title,
          version: course.version,
          modules: course.modules.map((m) => ({
            id: m.id,
            title: m.title,
            items: m.items.map((i) => ({ kind: i.kind, id: i.id, title: i.title, ...(i.kind === 'problem' ? { type: i.meta.kind, difficulty: i.meta.difficulty } : {}) })),
          })),
        },
        null,
        2,
      ),
    );
  } else {
    ctx.out(`${course.title} (version ${course.version})`);
    for (const m of course.modules) {
      ctx.out(`\n${m.title}  [${m.id}]`);
      for (const i of m.items) {
        const detail = i.kind === 'problem' ? `${i.meta.kind}, ${i.meta.difficulty}` : i.kind === 'lesson' ? `${i.meta.minutes} min` : `${i.meta.questions.length} questions`;
        ctx.out(`  ${i.kind.padEnd(8)}${i.id.padEnd(34)}${i.title} (${detail})`);
      }
    }
  }
  return catalog.diagnostics.some((d) => d.severity === 'error') ? EXIT.fail : EXIT.ok;
}

/** Reads an answer file with every check a learner's file deserves; a message instead of a throw. */
function readAnswer(file: string | undefined): { text?: string; problem?: string } {
  if (!file) return { problem: 'name the answer file, e.g. de-dojo check latest-per-key answer.sql' };
  let bytes: Uint8Array;
  try {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) return { problem: `${file} is a folder, not an answer file` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { problem: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}` };
  }
  return checkAnswerText(bytes);
}

async function run(ctx: CliContext, [id, file]: string[], flags: Map<string, string | true>): Promise<number> {
  const resolved = resolveProblem(ctx.catalog(), id);
  if ('message' in resolved) return cannot(ctx, resolved.message);
  if (resolved.files.kind !== 'query') {
    // The pipeline command reads the answer file itself.
    const extra = registerExtraCommands()['run-pipeline'];
    return extra ? extra(ctx, [id!, file!], flags) : cannot(ctx, `${id} is a pipeline problem; running pipelines is not supported yet`);
  }
  const answer = ctx.readAnswer(file);
  if (answer.text === undefined) return cannot(ctx, answer.problem!);
  const spec = resolved.catalog.querySpec(id!)!;
  const datasetFlag = flags.get('dataset');
  const dataset = datasetFlag === undefined ? 1 : Number(datasetFlag);
  if (!Number.isInteger(dataset) || dataset < 1 || dataset > spec.datasets.length) {
    return cannot(ctx, `--dataset takes a number from 1 to ${spec.datasets.length} (${spec.datasets.map((d) => d.name).join(', ')})`);
  }
  const r = await ctx.grader.runQuery(spec, answer.text, dataset - 1);
  if (ctx.json) {
    ctx.out(JSON.stringify(r, jsonReplacer, 2));
    return r.error ? EXIT.cannot : EXIT.ok;
  }
  if (r.error) {
    ctx.err(describeError(r.error));
    return EXIT.cannot;
  }
  ctx.out(`${resolved.problem.title}: your answer on ${dataset === 1 ? 'the sample dataset' : 'dataset'} ${r.dataset}\n`);
  ctx.out(formatTable(r.result!));
  // The reference on the same dataset says whether this result is the expected one.
  const reference = await ctx.grader.runQuery(spec, spec.solutionSql, dataset - 1);
  if (reference.result) {
    const c = compareResults(reference.result, r.result!, spec.compare);
    ctx.out(c.equal ? '\nMatches the expected result on this dataset.' : `\nDiffers from the expected result: ${c.findings[0] ? describeFinding(c.findings[0], spec.compare.rounding) : 'the rows differ.'}\n\nExpected:\n${formatTable(reference.result)}`);
  }
  return EXIT.ok;
}

async function check(ctx: CliContext, [id, file]: string[]): Promise<number> {
  const resolved = resolveProblem(ctx.catalog(), id);
  if ('message' in resolved) return cannot(ctx, resolved.message);
  if (resolved.files.kind !== 'query') {
    // The pipeline command reads the answer file itself.
    const extra = registerExtraCommands()['check-pipeline'];
    return extra ? extra(ctx, [id!, file!], ctx.json ? new Map([['json', true]]) : new Map()) : cannot(ctx, `${id} is a pipeline problem; checking pipelines is not supported yet`);
  }
  const answer = ctx.readAnswer(file);
  if (answer.text === undefined) return cannot(ctx, answer.problem!);
  const grade = await ctx.grader.gradeQuery(withGeneration(resolved.catalog.querySpec(id!)!, ctx.generation), answer.text);
  if (ctx.json) ctx.out(JSON.stringify(grade, jsonReplacer, 2));
  else printGrade(ctx, grade, resolved.files.meta.rounding, file!);
  return grade.status === 'correct' ? EXIT.ok : grade.status === 'incorrect' ? EXIT.fail : EXIT.cannot;
}

export function printGrade(ctx: CliContext, grade: QueryGrade, rounding: string | undefined, file: string): void {
  ctx.out(`${STATUS_TITLE[grade.status]}`);
  if (grade.error?.kind === 'sql' || grade.error?.kind === 'policy') {
    ctx.out(`${file}:${grade.error.line}:${grade.error.column}: ${grade.error.message}`);
    return;
  }
  ctx.out(headline(grade));
  if (grade.status === 'error') return;
  ctx.out('');
  const fixed = grade.datasets.filter((d) => !d.generated).length;
  grade.datasets.forEach((d, i) =>
    ctx.out(d.generated ? `  FAIL  ${describeOrigin(d.generated)}` : `  ${d.passed ? 'pass' : 'FAIL'}  dataset ${i + 1}/${fixed} ${d.name}${d.visible ? ' (sample)' : ''}`),
  );
  if (grade.generation && !grade.generation.found) ctx.out(`  pass  ${grade.generation.cases} generated datasets (seed ${grade.generation.seed})`);
  if (grade.firstFailure === undefined) return;
  const ds = grade.datasets[grade.firstFailure];
  for (const f of ds.findings.slice(1)) ctx.out(`\n${describeFinding(f, rounding)}`);
  if (ds.visible && ds.expected && ds.actual) {
    ctx.out(`\nExpected:\n${formatTable(ds.expected)}\n\nYours:\n${formatTable(ds.actual)}`);
  }
  const cx = ds.counterexample;
  if (cx && ds.generated) {
    ctx.out(`\nCounterexample: ${describeOrigin(ds.generated)}, shrunk to the rows that still tell your answer from the reference.`);
    ctx.out(`It was made by: ${ds.generated.mutations.join('; ')}.`);
    ctx.out(`The same case again: de-dojo check ${grade.problemId} ${file} --seed ${ds.generated.seed}`);
  } else if (cx) {
    ctx.out(`\nCounterexample: the ${ds.visible ? 'sample' : 'hidden'} dataset shrunk to the rows that still tell your answer from the reference.`);
    for (const t of cx.tables) ctx.out(`\n${t.name}:\n${formatTable(t)}`);
    ctx.out(`\nExpected:\n${formatTable(cx.expected)}\n\nYours:\n${formatTable(cx.actual)}`);
  }
}

/** --seed and --budget, checked. */
function generationFlags(flags: Map<string, string | true>, defaultBudget: number | undefined): { options: GenerationOptions } | { message: string } {
  const options: GenerationOptions = {};
  const seed = flags.get('seed');
  if (seed !== undefined) {
    const n = Number(seed);
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) return { message: '--seed takes a whole number (the seed a generated case names), e.g. --seed 123456' };
    options.seed = n;
  }
  const budget = flags.get('budget');
  if (budget !== undefined) {
    const n = Number(budget);
    if (!Number.isFinite(n) || n < 0) return { message: '--budget takes a number of milliseconds (0 turns generated data off), e.g. --budget 500' };
    options.budgetMs = n;
  } else if (defaultBudget !== undefined) options.budgetMs = defaultBudget;
  return { options };
}

function cannot(ctx: CliContext, message: string): number {
  ctx.err(`de-dojo: ${message}`);
  return EXIT.cannot;
}

/**
 * A reader that stops early (`de-dojo list | head -1`) closes the pipe: later writes would fail
 * with EPIPE. The output is no longer wanted, so stop writing and finish quietly with the
 * command's own exit code.
 */
const closedStreams = new WeakSet<NodeJS.WriteStream>();
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') closedStreams.add(stream);
    else throw e;
  });
}
function writeUnlessClosed(stream: NodeJS.WriteStream, text: string): void {
  if (closedStreams.has(stream) || stream.destroyed) return;
  stream.write(text);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    writeUnlessClosed(process.stderr, `de-dojo: unexpected failure: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT.cannot;
  },
);
