// The VS Code layer of concept checks without VS Code: the quiz messages and their guards, the
// screens the webviews draw (built from a real QuizSession), the quick pick's status words, which
// checks a lesson may drive, and the host-side runner that records each finished attempt once.
import { describe, expect, it, vi } from 'vitest';
import type { Quiz } from '../../src/core/content/model';
import { emptyProgress, recordQuizAttempt, type Progress } from '../../src/core/progress/model';
import { ProgressStore } from '../../src/core/progress/store';
import { QuizSession } from '../../src/core/quiz/session';
import {
  isEmbeddedQuizToHost,
  isHostToLesson,
  isHostToQuiz,
  isLessonToHost,
  isQuizAction,
  isQuizState,
  isQuizToHost,
  isQuizView,
  type QuizView,
} from '../../src/shared/messages';
import { embedsQuiz } from '../../src/vscode/webview/embeddedQuizzes';
import { QuizRunner } from '../../src/vscode/webview/quizRunner';
import { quizPickText, quizStatusText } from '../../src/vscode/views/quizPick';
import { inlineHtml, quizView } from '../../src/vscode/views/quizView';
import { testCatalog } from './vscodeFixtures';

// The runner asks lazy.ts for the course bundle (dist/extension-course.js in the extension); here
// the same modules come straight from the sources.
vi.mock('../../src/vscode/lazy', async () => {
  const session = await import('../../src/core/quiz/session');
  const views = await import('../../src/vscode/views/quizView');
  return { quizKit: () => ({ QuizSession: session.QuizSession, quizView: views.quizView }) };
});

const option = (id: string, text: string, correct = false, explanation = `Why ${id}.`) => ({ id, text, correct, explanation });
const yamlQuiz = {
  id: 'demo',
  title: 'Demo check',
  summary: 'Three questions on `demo`.',
  questions: [
    {
      id: 'pick-one',
      type: 'single',
      lesson: 'lesson-a',
      prompt: 'What does `SUM(v)` return for no rows?',
      explanation: 'An aggregate over no rows gives **NULL**.',
      options: [option('null', 'NULL', true), option('zero', '0', false, 'That is what `COUNT` gives.'), option('html', '<script>alert(1)</script>')],
    },
    {
      id: 'pick-many',
      type: 'multiple',
      lesson: 'lesson-b',
      prompt: 'Which keep state?',
      explanation: 'Windows and dedup keep state.',
      options: [option('window', 'A windowed count', true), option('dedup', 'Deduplication', true), option('filter', 'A filter')],
    },
    {
      id: 'tf',
      type: 'truefalse',
      prompt: 'A filter drops late rows.',
      explanation: 'It keeps no state.',
      options: [option('true', 'True'), option('false', 'False', true)],
    },
  ],
};

const FILES: Record<string, string> = {
  'course.yaml': 'title: Quiz course\nversion: 1\nmodules: [m1]\n',
  'modules/m1/module.yaml': 'id: m1\ntitle: Module One\nsummary: First.\nitems: [lesson-a, demo, lesson-b, mini]\n',
  'modules/m1/lessons/lesson-a.md': '---\nid: lesson-a\ntitle: Lesson A\nminutes: 5\nquizzes: [demo]\n---\n# Lesson A\n\nText.\n\n:::quiz mini\n',
  'modules/m1/lessons/lesson-b.md': '---\nid: lesson-b\ntitle: Lesson B\nminutes: 5\n---\nMore.\n',
  'modules/m1/quizzes/demo.yaml': JSON.stringify(yamlQuiz),
  'modules/m1/quizzes/mini.yaml': JSON.stringify({ ...yamlQuiz, id: 'mini', title: 'Mini', questions: [yamlQuiz.questions[2]] }),
};

const catalog = testCatalog(FILES);
const course = catalog.course;
const demo = course.items.get('demo') as Quiz;
const at = '2025-05-01T10:00:00.000Z';
const fixedNow = () => new Date(at);
const rightAnswers: Record<string, string[]> = { 'pick-one': ['null'], 'pick-many': ['window', 'dedup'], tf: ['false'] };

function viewOf(session: QuizSession, p: Progress = emptyProgress()): QuizView {
  return quizView(course, demo, session.view(), p);
}

describe('the fixture course', () => {
  it('loads without diagnostics', () => {
    expect(catalog.diagnostics).toEqual([]);
    expect(demo.kind).toBe('quiz');
  });
});

describe('quiz message guards', () => {
  it.each([
    [{ type: 'ready' }],
    [{ type: 'answer', questionId: 'pick-one', optionIds: ['null'] }],
    [{ type: 'answer', questionId: 'pick-many', optionIds: ['window', 'dedup'] }],
    [{ type: 'next' }],
    [{ type: 'restart' }],
    [{ type: 'openItem', kind: 'lesson', id: 'lesson-a' }],
    [{ type: 'openExternal', url: 'https://spark.apache.org/docs/latest/' }],
  ])('the quiz page may send %j', (m) => {
    expect(isQuizToHost(m)).toBe(true);
  });

  it.each([
    [null],
    [{ type: 'answer', questionId: 'pick-one', optionIds: [] }],
    [{ type: 'answer', questionId: 'pick-one', optionIds: 'null' }],
    [{ type: 'answer', questionId: 'pick-one', optionIds: ['../x'] }],
    [{ type: 'answer', questionId: 'pick-one', optionIds: [1] }],
    [{ type: 'answer', optionIds: ['null'] }],
    [{ type: 'answer', questionId: 'pick-one', optionIds: Array.from({ length: 51 }, (_, i) => `o${i}`) }],
    [{ type: 'markRead', read: true }],
    [{ type: 'openItem', kind: 'file', id: 'x' }],
    [{ type: 'openExternal', url: 'command:workbench.action.quit' }],
    [{ type: 'score', score: 1 }],
  ])('the quiz page may not send %j', (m) => {
    expect(isQuizToHost(m)).toBe(false);
  });

  it('embedded checks name their quiz and carry a quiz action; the lesson page may send them', () => {
    const ok = [
      { type: 'quizOpen', quizId: 'mini' },
      { type: 'quizOpen', quizId: 'mini', saved: { kind: 'de-dojo/quiz-attempt' } },
      { type: 'quizAction', quizId: 'mini', action: { type: 'next' } },
      { type: 'quizAction', quizId: 'mini', action: { type: 'answer', questionId: 'tf', optionIds: ['false'] } },
    ];
    for (const m of ok) {
      expect(isEmbeddedQuizToHost(m), JSON.stringify(m)).toBe(true);
      expect(isLessonToHost(m), JSON.stringify(m)).toBe(true);
    }
    const bad = [
      { type: 'quizOpen' },
      { type: 'quizOpen', quizId: 'Mini' },
      { type: 'quizOpen', quizId: 'mini', saved: 'x' },
      { type: 'quizAction', quizId: 'mini' },
      { type: 'quizAction', quizId: 'mini', action: { type: 'answer', questionId: 'tf', optionIds: [] } },
      { type: 'quizAction', quizId: 'mini', action: { type: 'ready' } },
    ];
    for (const m of bad) {
      expect(isEmbeddedQuizToHost(m), JSON.stringify(m)).toBe(false);
      expect(isLessonToHost(m), JSON.stringify(m)).toBe(false);
    }
    expect(isQuizAction({ type: 'restart' })).toBe(true);
    expect(isQuizAction({ type: 'ready' })).toBe(false);
  });

  it('host messages and saved state are checked before the page draws them', () => {
    const view = viewOf(QuizSession.start(demo.meta, { seed: 1 }));
    expect(isHostToQuiz({ type: 'quiz', view, session: {} })).toBe(true);
    expect(isHostToLesson({ type: 'quiz', view, session: {} })).toBe(true);
    expect(isHostToQuiz({ type: 'quiz', view: { ...view, screen: { phase: 'question' } }, session: {} })).toBe(false);
    expect(isHostToQuiz({ type: 'quiz', view: { ...view, screen: { phase: 'party' } } })).toBe(false);
    expect(isHostToQuiz({ type: 'quiz', view: { ...view, quizId: '<b>' } })).toBe(false);
    expect(isHostToQuiz({ type: 'lesson', view })).toBe(false);
    expect(isQuizState({ quizId: 'demo', session: {} })).toBe(true);
    expect(isQuizState({ quizId: 42 })).toBe(false);
    expect(isQuizState(undefined)).toBe(false);
  });
});

describe('quiz screens for the webviews', () => {
  it('a question shows its options in the attempt’s order and gives nothing away', () => {
    const s = QuizSession.start(demo.meta, { seed: 7 });
    const v = viewOf(s);
    expect(isQuizView(v)).toBe(true);
    expect(v).toMatchObject({ quizId: 'demo', title: 'Demo check', moduleTitle: 'Module One', questionCount: 3, passPercent: 80, status: 'new', attempts: 0 });
    expect(v.bestPercent).toBeUndefined();
    if (v.screen.phase !== 'question') throw new Error(v.screen.phase);
    expect(v.screen.question.options.map((o) => o.id)).toEqual(s.current()!.options.map((o) => o.id));
    expect(v.screen.question).toMatchObject({ number: 1, total: 3, instruction: 'Choose one answer.' });
    const json = JSON.stringify(v.screen);
    expect(json).not.toContain('"correct"');
    expect(json).not.toContain('explanation');
    expect(json).not.toContain('Why ');
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });

  it('prompts and options are inline Markdown with raw HTML escaped', () => {
    const v = viewOf(QuizSession.start(demo.meta, { seed: 7 }));
    if (v.screen.phase !== 'question') throw new Error(v.screen.phase);
    expect(v.screen.question.promptHtml).toBe('What does <code>SUM(v)</code> return for no rows?');
    const html = v.screen.question.options.find((o) => o.id === 'html')!.html;
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(v.summaryHtml).toBe('<p>Three questions on <code>demo</code>.</p>');
    expect(inlineHtml(course, 'one\n\ntwo')).toBe('<p>one</p>\n<p>two</p>');
  });

  it('feedback on a wrong answer marks every option and names the covering lesson', () => {
    const s = QuizSession.start(demo.meta, { seed: 3 });
    s.answer(['zero']);
    const v = viewOf(s);
    if (v.screen.phase !== 'feedback') throw new Error(v.screen.phase);
    const f = v.screen.feedback;
    expect(f.correct).toBe(false);
    expect(f.explanationHtml).toBe('<p>An aggregate over no rows gives <strong>NULL</strong>.</p>');
    expect(f.options.map((o) => o.id)).toEqual(v.screen.question.options.map((o) => o.id));
    expect(f.options.find((o) => o.id === 'zero')).toMatchObject({ chosen: true, correct: false, explanationHtml: 'That is what <code>COUNT</code> gives.' });
    expect(f.options.find((o) => o.id === 'null')).toMatchObject({ chosen: false, correct: true });
    expect(f.lesson).toEqual({ kind: 'lesson', id: 'lesson-a', title: 'Lesson A', status: 'new' });
    expect(v.screen.isLast).toBe(false);
  });

  it('the summary scores the attempt and lists the lessons behind the missed questions, with the best score', () => {
    const s = QuizSession.start(demo.meta, { seed: 3, now: fixedNow });
    s.answer(['null']);
    s.next();
    s.answer(['window']); // partial: wrong
    s.next();
    s.answer(['true']); // wrong, and this question names no lesson
    s.next();
    const p = recordQuizAttempt(emptyProgress(), 'demo', { score: 0.9, at });
    const v = viewOf(s, p);
    if (v.screen.phase !== 'summary') throw new Error(v.screen.phase);
    expect(v.screen.summary).toMatchObject({ correctCount: 1, total: 3, percent: 33, passPercent: 80, passed: false });
    expect(v.screen.summary.missed.map((m) => [m.questionId, m.lesson?.id])).toEqual([
      ['pick-many', 'lesson-b'],
      ['tf', undefined],
    ]);
    expect(v.screen.summary.lessons).toEqual([{ kind: 'lesson', id: 'lesson-b', title: 'Lesson B', status: 'new' }]);
    expect(v).toMatchObject({ bestPercent: 90, attempts: 1, status: 'done', next: { kind: 'lesson', id: 'lesson-b' } });
  });
});

describe('the quick pick', () => {
  it('shows the status in words and the tree’s icons', () => {
    expect(quizStatusText(demo, emptyProgress())).toBe('not started');
    const low = recordQuizAttempt(emptyProgress(), 'demo', { score: 1 / 3, at });
    expect(quizStatusText(demo, low)).toBe('best 33% · not passed yet');
    const high = recordQuizAttempt(low, 'demo', { score: 1, at });
    expect(quizStatusText(demo, high)).toBe('passed · best 100%');
    expect(quizPickText(demo, 'Module One', emptyProgress())).toEqual({
      label: '$(question) Demo check',
      description: 'demo · Module One',
      detail: '3 questions · not started · pass at 80% · Three questions on `demo`.',
    });
    expect(quizPickText(demo, 'Module One', high).label).toBe('$(pass-filled) Demo check');
  });
});

describe('embedded checks', () => {
  it('a lesson page may drive only the checks its Markdown embeds', () => {
    const lesson = course.items.get('lesson-a');
    if (lesson?.kind !== 'lesson') throw new Error('lesson-a');
    expect(embedsQuiz(lesson.markdown, 'mini')).toBe(true);
    expect(embedsQuiz(lesson.markdown, 'demo')).toBe(false); // listed as practice, not embedded
    expect(embedsQuiz('Text mentioning :::quiz mini inline', 'mini')).toBe(false);
    expect(embedsQuiz(':::quiz mini-two\n', 'mini')).toBe(false);
    expect(embedsQuiz('  :::quiz mini :::\r\n', 'mini')).toBe(true);
  });
});

describe('QuizRunner (host side of an attempt)', () => {
  function fakeDojo() {
    const data = new Map<string, unknown>();
    const progress = new ProgressStore({ get: (k) => data.get(k), update: async (k, v) => void data.set(k, v) }, 'p');
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const dojo = {
      catalog: () => catalog,
      item: (key: string) => catalog.course.items.get(key),
      catalogOf: () => catalog,
      progress,
      log,
    };
    return { dojo: dojo as never, progress, log };
  }

  function finish(runner: QuizRunner, answers: Record<string, string[]>) {
    for (let i = 0; i < 3; i++) {
      const v = runner.view()!;
      if (v.screen.phase !== 'question') throw new Error(v.screen.phase);
      expect(runner.act({ type: 'answer', questionId: v.screen.question.id, optionIds: answers[v.screen.question.id] })).toBe(true);
      expect(runner.act({ type: 'next' })).toBe(true);
    }
  }

  it('records a finished attempt once, and the status follows at once', () => {
    const { dojo, progress } = fakeDojo();
    const changes = vi.fn();
    progress.onDidChange(changes);
    const runner = QuizRunner.open(dojo, demo);
    finish(runner, rightAnswers);
    expect(runner.view()!.screen.phase).toBe('summary');
    expect(progress.progress.quizzes.demo).toMatchObject({ bestScore: 1, lastScore: 1, attempts: 1 });
    expect(changes).toHaveBeenCalledTimes(1);
    // A second click on "See your score", a stale answer: nothing more is recorded.
    expect(runner.act({ type: 'next' })).toBe(false);
    expect(runner.act({ type: 'answer', questionId: 'tf', optionIds: ['false'] })).toBe(false);
    expect(progress.progress.quizzes.demo.attempts).toBe(1);
    expect(runner.view()).toMatchObject({ status: 'done', bestPercent: 100, attempts: 1 });
  });

  it('ignores answers to a question that is not showing and selections the question cannot take', () => {
    const { dojo, log } = fakeDojo();
    const runner = QuizRunner.open(dojo, demo);
    const first = runner.view()!;
    if (first.screen.phase !== 'question') throw new Error(first.screen.phase);
    const other = first.screen.question.id === 'tf' ? 'pick-one' : 'tf';
    expect(runner.act({ type: 'answer', questionId: other, optionIds: ['false'] })).toBe(false);
    expect(runner.act({ type: 'answer', questionId: first.screen.question.id, optionIds: ['no-such-option'] })).toBe(false);
    expect(log.warn).toHaveBeenCalled();
    expect(runner.act({ type: 'next' })).toBe(false);
    expect(runner.view()!.screen.phase).toBe('question');
  });

  it('Try again starts a new attempt with a new seed; a saved attempt resumes where it was', () => {
    const { dojo, progress } = fakeDojo();
    const runner = QuizRunner.open(dojo, demo);
    finish(runner, { 'pick-one': ['zero'], 'pick-many': ['filter'], tf: ['true'] });
    expect(progress.progress.quizzes.demo).toMatchObject({ bestScore: 0, attempts: 1 });
    const seed = runner.state().seed;
    expect(runner.act({ type: 'restart' })).toBe(true);
    expect(runner.state().seed).not.toBe(seed);
    expect(runner.view()!.screen.phase).toBe('question');
    const v = runner.view()!;
    if (v.screen.phase !== 'question') throw new Error(v.screen.phase);
    runner.act({ type: 'answer', questionId: v.screen.question.id, optionIds: rightAnswers[v.screen.question.id] });
    const saved = JSON.parse(JSON.stringify(runner.state()));
    const resumed = QuizRunner.open(dojo, demo, saved);
    expect(resumed.view()).toEqual(runner.view());
    // A saved attempt that no longer fits (here: of another quiz) starts afresh.
    const fresh = QuizRunner.open(dojo, demo, { ...saved, quizId: 'mini' });
    expect(fresh.view()!.screen.phase).toBe('question');
    expect(fresh.state().seed === saved.seed && fresh.state().index === saved.index && fresh.state().phase === saved.phase).toBe(false);
  });
});
