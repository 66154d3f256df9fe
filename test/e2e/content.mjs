// Reads what the test expects to see from the course files themselves (titles, order), so the
// test follows the content instead of repeating it.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { repoRoot } from './workbench.mjs';

const contentDir = path.join(repoRoot, 'content');

function frontMatter(file) {
  const text = fs.readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) throw new Error(`no front matter in ${file}`);
  return YAML.parse(m[1]);
}

/** The module's items in course order: { id, kind, title }. */
export function moduleItems(moduleId) {
  const dir = path.join(contentDir, 'modules', moduleId);
  const mod = YAML.parse(fs.readFileSync(path.join(dir, 'module.yaml'), 'utf8'));
  const items = mod.items.map((id) => {
    const lesson = path.join(dir, 'lessons', `${id}.md`);
    if (fs.existsSync(lesson)) return { id, kind: 'lesson', title: frontMatter(lesson).title };
    const problem = path.join(dir, 'problems', id, 'problem.md');
    if (fs.existsSync(problem)) return { id, kind: 'problem', title: frontMatter(problem).title };
    const quiz = path.join(dir, 'quizzes', `${id}.yaml`);
    if (fs.existsSync(quiz)) return { id, kind: 'quiz', title: YAML.parse(fs.readFileSync(quiz, 'utf8')).title, file: quiz };
    throw new Error(`${moduleId}: item ${id} has no file`);
  });
  return { id: mod.id, title: mod.title, items };
}

export function quiz(moduleId, quizId) {
  return YAML.parse(fs.readFileSync(path.join(contentDir, 'modules', moduleId, 'quizzes', `${quizId}.yaml`), 'utf8'));
}
