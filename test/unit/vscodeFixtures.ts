// A small in-memory course for the VS Code layer's pure tests: two modules, lessons, problems,
// a quiz and a module with nothing in it yet.
import { Catalog } from '../../src/core/content/catalog';
import { memorySource } from '../../src/core/content/contentSource';

const problem = (id: string, title: string, extra = '') => ({
  [`modules/m1/problems/${id}/problem.md`]: `---\nid: ${id}\ntitle: ${title}\nkind: query\ndifficulty: easy\nsummary: Sum it up.\nlessons: [intro]\nhints:\n  - First hint with \`code\`.\n  - Second hint.\n${extra}---\nReturn the **total**.\n`,
  [`modules/m1/problems/${id}/schema.sql`]: 'CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER NOT NULL, note TEXT);\n',
  [`modules/m1/problems/${id}/datasets/01-sample.sql`]: "INSERT INTO t VALUES (1, 10, 'a'), (2, 32, NULL);\n",
  [`modules/m1/problems/${id}/datasets/02-more.sql`]: 'INSERT INTO t VALUES (1, 5, NULL);\n',
  [`modules/m1/problems/${id}/starter.sql`]: '-- write your query\nSELECT 0 AS total;\n',
  [`modules/m1/problems/${id}/solution.sql`]: 'SELECT SUM(v) AS total FROM t;\n',
  [`modules/m1/problems/${id}/explanation.md`]: 'SUM adds the values.\n',
});

export const COURSE_FILES: Record<string, string> = {
  'course.yaml': 'title: Test course\nversion: 1\nmodules: [m1, m2, empty]\n',
  'modules/m1/module.yaml': 'id: m1\ntitle: Module One\nsummary: The first module.\nitems: [intro, sum-it, check-one, second-lesson]\n',
  'modules/m1/lessons/intro.md':
    '---\nid: intro\ntitle: Introduction\nminutes: 5\nsummary: Where it starts.\nproblems: [sum-it]\nquizzes: [check-one]\n---\n# Introduction\n\nSee [the next lesson](lesson:second-lesson), [the problem](problem:sum-it), [a site](https://example.com).\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n:::quiz check-one\n',
  'modules/m1/lessons/second-lesson.md': '---\nid: second-lesson\ntitle: Second lesson\nminutes: 7\n---\nMore text.\n',
  'modules/m1/quizzes/check-one.yaml':
    'id: check-one\ntitle: Check one\npassScore: 0.5\nquestions:\n  - id: q1\n    type: single\n    prompt: Pick one\n    explanation: Because.\n    options:\n      - id: a\n        text: A\n        correct: true\n        explanation: Right.\n      - id: b\n        text: B\n        explanation: Wrong.\n',
  ...problem('sum-it', 'Sum it'),
  'modules/m2/module.yaml': 'id: m2\ntitle: Module Two\nsummary: The second module.\nitems: [sum-again]\n',
  ...Object.fromEntries(Object.entries(problem('sum-again', 'Sum again')).map(([k, v]) => [k.replace('modules/m1/', 'modules/m2/'), v])),
  'modules/empty/module.yaml': 'id: empty\ntitle: Coming later\nsummary: Nothing yet.\nitems: []\n',
};

export function testCatalog(files: Record<string, string> = COURSE_FILES): Catalog {
  return new Catalog(memorySource(files));
}
