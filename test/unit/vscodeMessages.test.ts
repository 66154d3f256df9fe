// Messages between the host and the webviews: the guards accept what the other side sends and
// nothing else (a webview is untrusted input).
import { describe, expect, it } from 'vitest';
import {
  isHostToLesson,
  isHostToProblem,
  isHttpsUrl,
  isId,
  isLessonState,
  isLessonToHost,
  isProblemState,
  isProblemToHost,
} from '../../src/shared/messages';

describe('webview → host guards', () => {
  it.each([
    [{ type: 'ready' }],
    [{ type: 'openItem', kind: 'lesson', id: 'the-one-job' }],
    [{ type: 'openItem', kind: 'quiz', id: 'q1' }],
    [{ type: 'openExternal', url: 'https://sqlite.org/windowfunctions.html' }],
    [{ type: 'markRead', read: true }],
  ])('the lesson page may send %j', (m) => {
    expect(isLessonToHost(m)).toBe(true);
  });

  it.each([
    [null],
    ['ready'],
    [[{ type: 'ready' }]],
    [{}],
    [{ type: 'nope' }],
    [{ type: 'openItem', kind: 'file', id: 'x' }],
    [{ type: 'openItem', kind: 'lesson', id: '../../etc/passwd' }],
    [{ type: 'openItem', kind: 'lesson', id: 'Upper' }],
    [{ type: 'openItem', kind: 'lesson' }],
    [{ type: 'openExternal', url: 'http://example.com' }],
    [{ type: 'openExternal', url: 'command:workbench.action.quit' }],
    [{ type: 'openExternal', url: 'file:///etc/passwd' }],
    [{ type: 'openExternal', url: 'javascript:alert(1)' }],
    [{ type: 'markRead', read: 'yes' }],
  ])('the lesson page may not send %j', (m) => {
    expect(isLessonToHost(m)).toBe(false);
  });

  it('the problem page sends actions from a fixed list', () => {
    for (const action of ['run', 'check', 'hint', 'solution', 'reset', 'openAnswer']) expect(isProblemToHost({ type: 'action', action })).toBe(true);
    expect(isProblemToHost({ type: 'action', action: 'deleteEverything' })).toBe(false);
    expect(isProblemToHost({ type: 'action' })).toBe(false);
    expect(isProblemToHost({ type: 'ready' })).toBe(true);
    expect(isProblemToHost({ type: 'markRead', read: true })).toBe(false);
  });
});

describe('host → webview guards', () => {
  const view = { id: 'sum-it', title: 'Sum it', statementHtml: '<p>x</p>', hints: [] };
  it('accept the host messages', () => {
    expect(isHostToLesson({ type: 'lesson', view: { id: 'intro', title: 'Intro', html: '<p></p>' } })).toBe(true);
    expect(isHostToProblem({ type: 'problem', view })).toBe(true);
    expect(isHostToProblem({ type: 'sample', sample: { state: 'loading' } })).toBe(true);
    expect(isHostToProblem({ type: 'sample', sample: { state: 'ready', tables: [] } })).toBe(true);
    expect(isHostToProblem({ type: 'sample', sample: { state: 'failed', message: 'x' } })).toBe(true);
    expect(isHostToProblem({ type: 'busy', action: 'check' })).toBe(true);
    expect(isHostToProblem({ type: 'run', run: { problemId: 'sum-it' } })).toBe(true);
    expect(isHostToProblem({ type: 'grade', grade: { problemId: 'sum-it', status: 'correct', title: 'Correct' } })).toBe(true);
    expect(isHostToProblem({ type: 'clearResults' })).toBe(true);
  });
  it('reject anything else', () => {
    expect(isHostToLesson({ type: 'lesson', view: { id: 'intro', title: 'Intro' } })).toBe(false);
    expect(isHostToProblem({ type: 'problem', view: { ...view, hints: 'x' } })).toBe(false);
    expect(isHostToProblem({ type: 'sample', sample: { state: 'ready' } })).toBe(false);
    expect(isHostToProblem({ type: 'busy', action: 'hint' })).toBe(false);
    expect(isHostToProblem({ type: 'grade', grade: { problemId: 'sum-it', status: 'maybe', title: 'Maybe' } })).toBe(false);
    expect(isHostToProblem({ type: 'eval', code: '1' })).toBe(false);
  });
});

describe('restored state and small checks', () => {
  it('state needs a valid id', () => {
    expect(isLessonState({ lessonId: 'intro' })).toBe(true);
    expect(isLessonState({ lessonId: 3 })).toBe(false);
    expect(isLessonState(undefined)).toBe(false);
    expect(isProblemState({ problemId: 'sum-it', lastGrade: {} })).toBe(true);
    expect(isProblemState({})).toBe(false);
  });
  it('ids and urls', () => {
    expect(isId('latest-per-key')).toBe(true);
    expect(isId('a--b')).toBe(false);
    expect(isId('x'.repeat(201))).toBe(false);
    expect(isHttpsUrl('https://a.b/c?d#e')).toBe(true);
    expect(isHttpsUrl('https://' + 'a'.repeat(2000))).toBe(false);
    expect(isHttpsUrl('not a url')).toBe(false);
  });
});
