/**
 * `de-dojo new course|module|lesson|problem|pipeline|quiz <id> [--module <m>] [--content <dir>]`:
 * scaffolds an item that loads and grades, lists it in its module (or course), and leaves TODO
 * markers that `de-dojo validate` reports (DD120) until the author replaces them. A scaffolded
 * problem is already proved: its reference passes, its alt answer agrees, its wrong answers fail.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { fileSystemSource } from '../core/content/contentSource';
import { loadCourse } from '../core/content/loadCourse';
import { idSchema } from '../core/content/schema';
import { EXIT } from './common';
import type { CliCommand } from './extraCommands';

const KINDS = ['course', 'module', 'lesson', 'problem', 'pipeline', 'quiz'] as const;
type Kind = (typeof KINDS)[number];

export const NEW_USAGE = `de-dojo new <${KINDS.join('|')}> <id> [--module <module-id>] [--content <dir>]`;

export const newCommand: CliCommand = (ctx, [kind, id], flags) => {
  if (!KINDS.includes(kind as Kind) || !id) {
    ctx.err(`usage: ${NEW_USAGE}`);
    return EXIT.cannot;
  }
  if (!idSchema.safeParse(id).success) {
    ctx.err(`de-dojo: "${id}" is not an id: use lower-case letters and digits joined by single dashes, e.g. late-arrivals`);
    return EXIT.cannot;
  }
  try {
    const written = kind === 'course' ? newCourse(ctx.cwd, id) : newInCourse(ctx.contentDir, kind as Exclude<Kind, 'course'>, id, flags.get('module'));
    for (const f of written) ctx.out(`created ${path.relative(ctx.cwd, f) || f}`);
    ctx.out(`\nNext: de-dojo validate ${path.relative(ctx.cwd, kind === 'course' ? path.join(ctx.cwd, id) : ctx.contentDir) || '.'} — it lists the TODOs to replace.`);
    return EXIT.ok;
  } catch (e) {
    ctx.err(`de-dojo: ${(e as Error).message}`);
    return EXIT.cannot;
  }
};

function write(file: string, text: string, written: string[]): void {
  if (fs.existsSync(file)) throw new Error(`${file} already exists; nothing was overwritten`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  written.push(file);
}

function newCourse(cwd: string, id: string): string[] {
  const dir = path.join(cwd, id);
  if (fs.existsSync(dir)) throw new Error(`${dir} already exists; nothing was overwritten`);
  const written: string[] = [];
  write(
    path.join(dir, 'course.yaml'),
    `id: ${id}\ntitle: "TODO: the course's title"\nversion: 1\n# false while writing: the authoring bar's findings are then warnings, not errors.\nstrict: true\nmodules:\n  - basics\n`,
    written,
  );
  write(path.join(dir, 'modules/basics/module.yaml'), moduleYaml('basics'), written);
  return written;
}

function moduleYaml(id: string): string {
  return `id: ${id}\ntitle: "TODO: the module's title"\nsummary: "TODO: one sentence on what the module teaches."\nitems: []\n`;
}

function newInCourse(contentDir: string, kind: Exclude<Kind, 'course'>, id: string, moduleFlag: string | true | undefined): string[] {
  const courseFile = path.join(contentDir, 'course.yaml');
  if (!fs.existsSync(courseFile)) throw new Error(`no course.yaml in ${contentDir}: run it inside a course folder, or pass --content <dir>`);
  const courseText = fs.readFileSync(courseFile, 'utf8');
  const modules = ((load(courseText, { schema: CORE_SCHEMA }) as { modules?: unknown })?.modules ?? []) as string[];
  const written: string[] = [];
  // Ids are progress keys, unique across the whole course, whatever their kind or module.
  const taken = loadCourse(fileSystemSource(contentDir)).course.items.get(id);
  if (taken) throw new Error(`id "${id}" is already used by ${taken.path}; ids are unique across the course`);
  if (kind === 'module') {
    if (modules.includes(id)) throw new Error(`course.yaml already lists module "${id}"`);
    write(path.join(contentDir, 'modules', id, 'module.yaml'), moduleYaml(id), written);
    fs.writeFileSync(courseFile, appendToList(courseText, 'modules', id));
    written.push(courseFile);
    return written;
  }
  const moduleId = typeof moduleFlag === 'string' ? moduleFlag : modules[modules.length - 1];
  if (!moduleId || !modules.includes(moduleId)) {
    throw new Error(moduleId ? `course.yaml lists no module "${moduleId}" (it lists ${modules.join(', ')})` : 'the course has no module yet: de-dojo new module <id>');
  }
  const mdir = path.join(contentDir, 'modules', moduleId);
  const moduleFile = path.join(mdir, 'module.yaml');
  const moduleText = fs.readFileSync(moduleFile, 'utf8');
  const items = ((load(moduleText, { schema: CORE_SCHEMA }) as { items?: unknown })?.items ?? []) as string[];
  if (items.includes(id)) throw new Error(`${moduleId}/module.yaml already lists "${id}"`);
  const firstLesson = items.find((i) => fs.existsSync(path.join(mdir, 'lessons', `${i}.md`)));
  if (kind === 'lesson') write(path.join(mdir, 'lessons', `${id}.md`), lessonMd(id), written);
  else if (kind === 'quiz') write(path.join(mdir, 'quizzes', `${id}.yaml`), quizYaml(id, firstLesson), written);
  else for (const [name, text] of Object.entries(kind === 'problem' ? queryProblem(id, firstLesson) : pipelineProblem(id, firstLesson))) write(path.join(mdir, 'problems', id, name), text, written);
  fs.writeFileSync(moduleFile, appendToList(moduleText, 'items', id));
  written.push(moduleFile);
  return written;
}

/** Appends to a top-level YAML list, flow (`items: [a]`) or block (`- a` lines), keeping comments. */
export function appendToList(text: string, key: string, value: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^${key}:`).test(l));
  if (at === -1) return `${text.replace(/\n*$/, '\n')}${key}:\n  - ${value}\n`;
  const flow = /^(\w+:\s*\[)(.*)\](\s*(#.*)?)$/.exec(lines[at]);
  if (flow) {
    const inner = flow[2].trim();
    lines[at] = `${flow[1]}${inner ? `${inner}, ` : ''}${value}]${flow[3]}`;
    return lines.join('\n');
  }
  let last = at;
  for (let i = at + 1; i < lines.length && /^(\s+-|\s*$|\s+#)/.test(lines[i]); i++) if (/^\s+-/.test(lines[i])) last = i;
  const indent = last === at ? '  ' : /^(\s+)-/.exec(lines[last])![1];
  lines.splice(last + 1, 0, `${indent}- ${value}`);
  return lines.join('\n');
}

function lessonMd(id: string): string {
  return `---
id: ${id}
title: "TODO: the lesson's title"
minutes: 10
summary: "TODO: one sentence a learner reads in the tree."
problems: []
quizzes: []
---

# TODO: the lesson's title

TODO: open with the situation that needs this idea — what goes wrong without it.

:::definition
TODO: the idea in one or two sentences.
:::

TODO: teach it with a worked example (code blocks and tables do not count toward the 700 words of prose).

:::takeaways
- TODO: what the learner should keep.
:::
`;
}

function quizYaml(id: string, lesson: string | undefined): string {
  return `id: ${id}
title: "TODO: the quiz's title"
questions:
  - id: first-question
    type: single
    prompt: "TODO: the question."
    explanation: "TODO: why the right answer is right."
${lesson ? `    lesson: ${lesson}\n` : ''}    options:
      - id: a
        text: "TODO: the right answer"
        correct: true
        explanation: "TODO: why this is right, in a sentence."
      - id: b
        text: "TODO: a tempting wrong answer"
        explanation: "TODO: why a learner picks this, and why it is wrong."
`;
}

const lessonsLine = (lesson: string | undefined) => (lesson ? `lessons: [${lesson}]\n` : '');

function queryProblem(id: string, lesson: string | undefined): Record<string, string> {
  return {
    'problem.md': `---
id: ${id}
title: "TODO: the problem's title"
kind: query
difficulty: easy
${lessonsLine(lesson)}hints:
  - "TODO: a first nudge."
  - "TODO: a stronger hint."
---

TODO: the statement. Say what each output row is, which columns, and how ties and NULLs count.
This scaffold asks for each user's total amount.
`,
    'schema.sql': 'CREATE TABLE payments (\n  id      INTEGER PRIMARY KEY,\n  user_id INTEGER NOT NULL,\n  amount  INTEGER NOT NULL\n);\n',
    'datasets/01-sample.sql': 'INSERT INTO payments VALUES (1, 10, 5), (2, 10, 7), (3, 20, 1);\n',
    'datasets/02-one-user.sql': 'INSERT INTO payments VALUES (1, 30, 2), (2, 30, 2);\n',
    'datasets/03-many-users.sql': 'INSERT INTO payments VALUES (1, 1, 4), (2, 2, 9), (3, 2, 1), (4, 3, 3);\n',
    'starter.sql': '-- Write your query here.\nSELECT user_id, NULL AS total FROM payments;\n',
    'solution.sql': '-- TODO: the reference answer.\nSELECT user_id, SUM(amount) AS total\nFROM payments\nGROUP BY user_id;\n',
    'alt/correlated.sql': '-- TODO: an independent correct answer in another style.\nSELECT DISTINCT p.user_id,\n       (SELECT SUM(q.amount) FROM payments q WHERE q.user_id = p.user_id) AS total\nFROM payments p;\n',
    'wrong/count.sql': '-- Counts payments instead of adding their amounts.\nSELECT user_id, COUNT(*) AS total FROM payments GROUP BY user_id;\n',
    'wrong/max.sql': '-- Keeps the largest payment, not the sum.\nSELECT user_id, MAX(amount) AS total FROM payments GROUP BY user_id;\n',
    'wrong/distinct-amounts.sql': '-- Adds each distinct amount once: two equal payments count as one.\nSELECT user_id, SUM(DISTINCT amount) AS total FROM payments GROUP BY user_id;\n',
    'explanation.md': 'TODO: why the solution works, and which mistake each dataset catches.\n',
  };
}

function pipelineProblem(id: string, lesson: string | undefined): Record<string, string> {
  return {
    'problem.md': `---
id: ${id}
title: "TODO: the problem's title"
kind: pipeline
difficulty: medium
${lessonsLine(lesson)}hints:
  - "TODO: a first nudge."
  - "TODO: a stronger hint."
targets:
  - table: latest_balance
batchTables: [incoming]
---

TODO: the statement. This scaffold keeps the latest balance per account: each batch of
\`incoming\` rows replaces the balance of the accounts it names and leaves the others alone.
Running the script twice on the same batch must change nothing.
`,
    'schema.sql': 'CREATE TABLE latest_balance (\n  account_id INTEGER PRIMARY KEY,\n  balance    INTEGER NOT NULL\n);\nCREATE TABLE incoming (\n  account_id INTEGER NOT NULL,\n  balance    INTEGER NOT NULL\n);\n',
    'scenarios/01-sample/batch-1.sql': 'INSERT INTO incoming VALUES (1, 100), (2, 50);\n',
    'scenarios/01-sample/batch-2.sql': 'INSERT INTO incoming VALUES (2, 75), (3, 10);\n',
    'scenarios/02-existing-state/initial.sql': 'INSERT INTO latest_balance VALUES (1, 5), (9, 9);\n',
    'scenarios/02-existing-state/batch-1.sql': 'INSERT INTO incoming VALUES (1, 6);\n',
    'scenarios/03-empty-batch/batch-1.sql': 'INSERT INTO incoming VALUES (4, 1);\n',
    'scenarios/03-empty-batch/batch-2.sql': '-- An empty batch: nothing changes.\n',
    'starter.sql': '-- Write your script here: it runs once per batch.\n',
    'solution.sql': '-- TODO: the reference script.\nINSERT INTO latest_balance (account_id, balance)\nSELECT account_id, balance FROM incoming WHERE true\nON CONFLICT (account_id) DO UPDATE SET balance = excluded.balance;\n',
    'alt/replace.sql': '-- TODO: an independent correct answer in another style.\nINSERT OR REPLACE INTO latest_balance (account_id, balance)\nSELECT account_id, balance FROM incoming;\n',
    'wrong/keep-first.sql': '-- Never updates an account it has seen: later balances are lost.\nINSERT OR IGNORE INTO latest_balance (account_id, balance)\nSELECT account_id, balance FROM incoming;\n',
    'wrong/overwrite-all.sql': '-- Replaces the whole table with the batch: accounts missing from it vanish.\nDELETE FROM latest_balance;\nINSERT INTO latest_balance (account_id, balance)\nSELECT account_id, balance FROM incoming;\n',
    'wrong/update-only.sql': '-- Updates known accounts but never inserts new ones.\nUPDATE latest_balance\nSET balance = (SELECT i.balance FROM incoming i WHERE i.account_id = latest_balance.account_id)\nWHERE account_id IN (SELECT account_id FROM incoming);\n',
    'explanation.md': 'TODO: why the solution works, and which mistake each scenario catches.\n',
  };
}
