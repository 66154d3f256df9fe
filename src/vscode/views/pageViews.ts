/**
 * The lesson and problem pages as data for their webviews: Markdown rendered in core, progress
 * folded in, related items resolved against the course. Pure: no vscode import.
 */
import type { Course, CourseItem, Lesson, Problem, ProblemFiles } from '../../core/content/model';
import { courseLinkResolver } from '../../core/lessons/links';
import { renderMarkdown } from '../../core/lessons/renderMarkdown';
import { lessonRecord, problemRecord, problemStatus, progressKey, quizRecord, type Progress } from '../../core/progress/model';
import { isItemDone, nextAfter } from '../../core/progress/navigation';
import type { ItemRef, ItemStatus, LessonView, ProblemView } from '../../shared/messages';

export function itemStatus(item: CourseItem, p: Progress): ItemStatus {
  if (isItemDone(item, p)) return 'done';
  if (item.kind === 'problem') return problemStatus(p, progressKey(item)) === 'attempted' ? 'attempted' : 'new';
  if (item.kind === 'quiz') return quizRecord(p, progressKey(item)) ? 'attempted' : 'new';
  return 'new';
}

export function itemRef(item: CourseItem, p: Progress): ItemRef {
  return { kind: item.kind, id: item.id, title: item.title, status: itemStatus(item, p) };
}

function refs(course: Course, ids: string[], p: Progress): ItemRef[] {
  return ids.flatMap((id) => {
    const item = course.items.get(id);
    return item ? [itemRef(item, p)] : [];
  });
}

export type AssetResolver = (relPath: string) => string | undefined;

/**
 * Course Markdown to page HTML. The page supplies its own h1 (the title), so a leading h1 in the
 * Markdown is dropped; markdown-it's inline table alignment becomes classes, because the webview's
 * content security policy allows no inline styles.
 */
export function renderPage(course: Course, markdown: string, resolveAsset?: AssetResolver): { html: string; quizIds: string[] } {
  const r = renderMarkdown(markdown, { resolveLink: courseLinkResolver(course), resolveAsset });
  const html = r.html
    .replace(/^\s*<h1\b[^>]*>[\s\S]*?<\/h1>\s*/, '')
    .replace(/ style="text-align:(left|right|center)"/g, ' class="align-$1"');
  return { html, quizIds: r.embeddedQuizzes.map((q) => q.id) };
}

/**
 * A lesson's closing "Next: [another lesson]" line: the page has one Next (next unfinished), so a
 * second one in the prose, often pointing elsewhere, is left out.
 */
const PROSE_NEXT = /\s*<p>Next:[\s\S]*?<\/p>\s*$/;

export function lessonView(course: Course, lesson: Lesson, p: Progress, resolveAsset?: AssetResolver, back?: CourseItem): LessonView {
  const rendered = renderPage(course, lesson.markdown, resolveAsset);
  const page = { ...rendered, html: rendered.html.replace(PROSE_NEXT, '\n') };
  const quizTitles: Record<string, string> = {};
  for (const id of page.quizIds) {
    const quiz = course.items.get(id);
    if (quiz?.kind === 'quiz') quizTitles[id] = quiz.title;
  }
  const next = nextAfter(course, p, lesson.id, new Set(page.quizIds));
  const moduleTitle = course.modules.find((m) => m.id === lesson.moduleId)?.title ?? lesson.moduleId;
  return {
    id: lesson.id,
    title: lesson.title,
    moduleTitle,
    minutes: lesson.meta.minutes,
    html: page.html,
    read: lessonRecord(p, progressKey(lesson)) !== undefined,
    related: refs(course, [...lesson.meta.problems, ...lesson.meta.quizzes], p),
    next: next ? itemRef(next, p) : undefined,
    ...(back ? { back: itemRef(back, p) } : {}),
    quizTitles,
  };
}

export function problemView(course: Course, problem: Problem, files: ProblemFiles | undefined, p: Progress, answerPath: string): ProblemView {
  const r = problemRecord(p, progressKey(problem));
  const moduleTitle = course.modules.find((m) => m.id === problem.moduleId)?.title ?? problem.moduleId;
  const next = nextAfter(course, p, problem.id);
  const view: ProblemView = {
    id: problem.id,
    title: problem.title,
    moduleTitle,
    difficulty: problem.meta.difficulty,
    kind: problem.meta.kind,
    statementHtml: renderPage(course, problem.statement).html,
    answerPath,
    hintsTotal: problem.meta.hints.length,
    hints: problem.meta.hints.slice(0, r.hintsUsed).map((h) => renderPage(course, h).html),
    status: itemStatus(problem, p),
    solved: r.solved,
    lessons: refs(course, problem.meta.lessons, p),
    next: next ? itemRef(next, p) : undefined,
  };
  if (files && (r.solved || r.solutionViewed)) {
    const fence = '```sql\n' + files.solutionSql.trimEnd() + '\n```\n';
    view.solution = {
      sqlHtml: renderPage(course, fence).html,
      explanationHtml: files.explanation ? renderPage(course, files.explanation).html : undefined,
    };
  }
  return view;
}
