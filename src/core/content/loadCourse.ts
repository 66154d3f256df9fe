/**
 * Loads the course catalogue: course.yaml, every module.yaml, lesson files, problem statements and
 * quizzes. Problem folders' SQL files are read lazily by loadProblemFiles, when a problem is opened
 * or graded. Loading never throws on bad content: it returns what loaded plus every diagnostic.
 */
import type { ContentSource } from './contentSource';
import { DiagnosticBag, type Diagnostic } from './diagnostics';
import type { Course, CourseItem, Lesson, Module, Problem, Quiz } from './model';
import {
  courseFileSchema,
  lessonFrontMatterSchema,
  moduleFileSchema,
  problemFrontMatterSchema,
  quizFileSchema,
} from './schema';
import { parseYamlWithSchema, splitFrontMatter } from './yamlFile';

export interface LoadResult {
  course: Course;
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /**
   * Load the folder as a course pack: course.yaml must have an `id`, and every module and item is
   * stamped with it (`pack`), so front ends can address pack items beside the built-in course's.
   */
  pack?: boolean;
}

export function loadCourse(source: ContentSource, options: LoadOptions = {}): LoadResult {
  const bag = new DiagnosticBag();
  const course: Course = { title: '', version: '', root: source.root, strict: true, modules: [], items: new Map(), aliases: new Map() };

  const courseText = source.readText('course.yaml');
  if (courseText === undefined) {
    bag.error('DD100', 'course.yaml', `no course.yaml in ${source.root}: is this a DE Dojo content folder?`);
    return { course, diagnostics: bag.items };
  }
  const courseFile = parseYamlWithSchema(courseText, courseFileSchema, 'course.yaml', bag);
  if (!courseFile) return { course, diagnostics: bag.items };
  course.id = courseFile.id;
  course.title = courseFile.title;
  course.version = courseFile.version;
  course.strict = courseFile.strict;
  if (options.pack && !courseFile.id) {
    bag.error('DD115', 'course.yaml', 'a course pack needs an `id` in course.yaml (lower-case words joined by dashes): it keeps the pack\'s progress and answer files apart', 1);
    return { course, diagnostics: bag.items };
  }

  const listedModules = new Set(courseFile.modules);
  for (const entry of source.list('modules') ?? []) {
    if (entry.isDirectory && !listedModules.has(entry.name)) {
      bag.error('DD104', `modules/${entry.name}`, `module folder "${entry.name}" is not listed in course.yaml`);
    }
  }

  let order = 0;
  for (const moduleId of courseFile.modules) {
    const mod = loadModule(source, moduleId, bag, course, () => order++);
    if (mod) course.modules.push(mod);
  }
  if (options.pack && courseFile.id) {
    for (const mod of course.modules) mod.pack = courseFile.id;
    for (const item of course.items.values()) item.pack = courseFile.id;
  }
  return { course, diagnostics: bag.items };
}

function loadModule(
  source: ContentSource,
  moduleId: string,
  bag: DiagnosticBag,
  course: Course,
  nextOrder: () => number,
): Module | undefined {
  const dir = `modules/${moduleId}`;
  const file = `${dir}/module.yaml`;
  const text = source.readText(file);
  if (text === undefined) {
    bag.error('DD103', 'course.yaml', `module "${moduleId}" is listed but ${file} does not exist`);
    return undefined;
  }
  const meta = parseYamlWithSchema(text, moduleFileSchema, file, bag);
  if (!meta) return undefined;
  if (meta.id !== moduleId) bag.error('DD105', file, `id "${meta.id}" does not match its folder "${moduleId}"`, 1);

  const lessonFiles = new Set((source.list(`${dir}/lessons`) ?? []).filter((e) => !e.isDirectory && e.name.endsWith('.md')).map((e) => e.name.slice(0, -3)));
  const problemDirs = new Set((source.list(`${dir}/problems`) ?? []).filter((e) => e.isDirectory).map((e) => e.name));
  const quizFiles = new Set((source.list(`${dir}/quizzes`) ?? []).filter((e) => !e.isDirectory && e.name.endsWith('.yaml')).map((e) => e.name.slice(0, -5)));

  const mod: Module = { id: meta.id, title: meta.title, summary: meta.summary, path: dir, items: [] };
  for (const id of meta.items) {
    const found = [lessonFiles.has(id), problemDirs.has(id), quizFiles.has(id)].filter(Boolean).length;
    if (found === 0) {
      bag.error('DD103', file, `item "${id}" is listed but there is no lessons/${id}.md, problems/${id}/ or quizzes/${id}.yaml`, lineOf(text, id));
      continue;
    }
    if (found > 1) {
      bag.error('DD106', file, `item "${id}" is ambiguous: more than one lesson, problem or quiz has that id`, lineOf(text, id));
      continue;
    }
    let item: CourseItem | undefined;
    if (lessonFiles.has(id)) item = loadLesson(source, `${dir}/lessons/${id}.md`, id, meta.id, bag);
    else if (problemDirs.has(id)) item = loadProblem(source, `${dir}/problems/${id}`, id, meta.id, bag);
    else item = loadQuiz(source, `${dir}/quizzes/${id}.yaml`, id, meta.id, bag);
    if (!item) continue;
    const clash = course.items.get(id);
    if (clash) {
      bag.error('DD106', item.path, `id "${id}" is already used by ${clash.path}; ids must be unique across the course`);
      continue;
    }
    item.order = nextOrder();
    course.items.set(id, item);
    mod.items.push(item);
    if (item.kind === 'lesson') {
      for (const alias of item.meta.aliases) course.aliases.set(alias, item.id);
    }
  }
  const listed = new Set(meta.items);
  for (const [set, what, path] of [
    [lessonFiles, 'lesson', (id: string) => `${dir}/lessons/${id}.md`],
    [problemDirs, 'problem', (id: string) => `${dir}/problems/${id}`],
    [quizFiles, 'quiz', (id: string) => `${dir}/quizzes/${id}.yaml`],
  ] as const) {
    for (const id of set) if (!listed.has(id)) bag.error('DD104', path(id), `${what} "${id}" is not listed in ${file}`);
  }
  return mod;
}

function lineOf(text: string, needle: string): number | undefined {
  const idx = text.search(new RegExp(`(^|[\\s\\[,-])${needle.replace(/[-]/g, '\\-')}($|[\\s\\],])`, 'm'));
  return idx === -1 ? undefined : text.slice(0, idx + 1).split('\n').length;
}

function readWithFrontMatter(source: ContentSource, file: string, bag: DiagnosticBag) {
  const text = source.readText(file);
  if (text === undefined) {
    bag.error('DD108', file, 'cannot be read');
    return undefined;
  }
  const split = splitFrontMatter(text);
  if (!split) {
    bag.error('DD107', file, 'must start with front matter between two "---" lines', 1);
    return undefined;
  }
  return split;
}

function loadLesson(source: ContentSource, file: string, id: string, moduleId: string, bag: DiagnosticBag): Lesson | undefined {
  const split = readWithFrontMatter(source, file, bag);
  if (!split) return undefined;
  const meta = parseYamlWithSchema(split.frontMatter, lessonFrontMatterSchema, file, bag, 1);
  if (!meta) return undefined;
  if (meta.id !== id) bag.error('DD105', file, `id "${meta.id}" does not match the file name "${id}"`, 2);
  return { kind: 'lesson', id, title: meta.title, moduleId, order: 0, path: file, meta, markdown: split.body, bodyLine: split.bodyLine };
}

function loadProblem(source: ContentSource, dir: string, id: string, moduleId: string, bag: DiagnosticBag): Problem | undefined {
  const file = `${dir}/problem.md`;
  const split = readWithFrontMatter(source, file, bag);
  if (!split) return undefined;
  const meta = parseYamlWithSchema(split.frontMatter, problemFrontMatterSchema, file, bag, 1);
  if (!meta) return undefined;
  if (meta.id !== id) bag.error('DD105', file, `id "${meta.id}" does not match the folder name "${id}"`, 2);
  return { kind: 'problem', id, title: meta.title, moduleId, order: 0, path: dir, meta, statement: split.body, bodyLine: split.bodyLine };
}

function loadQuiz(source: ContentSource, file: string, id: string, moduleId: string, bag: DiagnosticBag): Quiz | undefined {
  const text = source.readText(file);
  if (text === undefined) {
    bag.error('DD108', file, 'cannot be read');
    return undefined;
  }
  const meta = parseYamlWithSchema(text, quizFileSchema, file, bag);
  if (!meta) return undefined;
  if (meta.id !== id) bag.error('DD105', file, `id "${meta.id}" does not match the file name "${id}"`, 1);
  return { kind: 'quiz', id, title: meta.title, moduleId, order: 0, path: file, meta };
}
