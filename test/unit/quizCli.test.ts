// `de-dojo quiz` as a user runs it: the built dist/cli.js with answers piped into stdin.
// The answer numbers are worked out from the same seeded order the CLI uses, never typed in by hand.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSystemSource } from '../../src/core/content/contentSource';
import { loadCourse } from '../../src/core/content/loadCourse';
import type { Quiz } from '../../src/core/content/model';
import { parseAnswer } from '../../src/cli/quizCommand';
import { QuizSession } from '../../src/core/quiz';

const root = path.join(__dirname, '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const course = loadCourse(fileSystemSource(path.join(root, 'content'))).course;
const quiz = course.items.get('watermarks-check') as Quiz;

function run(input: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [cli, 'quiz', ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The line a learner types for each question under `seed`: right answers, or a wrong pick. */
function answerLines(seed: number, pick: (index: number) => 'right' | 'wrong'): string[] {
  const session = QuizSession.start(quiz.meta, { seed });
  const lines: string[] = [];
  for (let i = 0; session.phase !== 'summary'; i++) {
    const shown = session.current()!;
    const question = quiz.meta.questions.find((q) => q.id === shown.id)!;
    const right = shown.options.map((o, k) => ({ k: k + 1, id: o.id })).filter((o) => question.options.find((x) => x.id === o.id)!.correct);
    const wrong = shown.options.map((o, k) => ({ k: k + 1, id: o.id })).find((o) => !question.options.find((x) => x.id === o.id)!.correct)!;
    const chosen = pick(i) === 'right' ? right : [wrong];
    lines.push(chosen.map((o) => o.k).join(','));
    session.answer(chosen.map((o) => o.id));
    session.next();
  }
  return lines;
}

describe('de-dojo quiz', () => {
  it('exits 0 and reports a full score when every piped answer is right', () => {
    expect(quiz).toBeDefined();
    const lines = answerLines(1, () => 'right');
    const r = run(lines.join('\n') + '\n', 'watermarks-check', '--seed', '1');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const n = quiz.meta.questions.length;
    expect(r.out).toContain(`Question ${n} of ${n}`);
    expect(r.out.match(/^Right\.$/gm)).toHaveLength(n);
    expect(r.out).toContain(`Score: ${n}/${n} (100%). Passed`);
    expect(r.out).not.toContain('Lessons to revisit');
  });

  it('shows both feedbacks for one right and one wrong answer, and exits 1 below the pass mark', () => {
    const lines = answerLines(3, (i) => (i === 0 ? 'right' : 'wrong'));
    const r = run(lines.join('\n') + '\n', 'watermarks-check', '--seed=3');
    expect(r.code).toBe(1);
    expect(r.out.match(/^Right\.$/gm)).toHaveLength(1);
    expect(r.out).toMatch(/^Not quite\. The right answer/m);
    // The chosen wrong option's own explanation is printed.
    const second = QuizSession.start(quiz.meta, { seed: 3 });
    second.answer(second.current()!.options.filter((o) => quiz.meta.questions[0].options.find((x) => x.id === o.id)!.correct).map((o) => o.id));
    second.next();
    const q2 = quiz.meta.questions.find((q) => q.id === second.current()!.id)!;
    const wrongPick = q2.options.find((o) => o.id === second.current()!.options[Number(lines[1]) - 1].id)!;
    expect(wrongPick.correct).toBe(false);
    expect(r.out).toContain(`You chose ${lines[1]}) ${wrongPick.text}: ${wrongPick.explanation}`);
    const n = quiz.meta.questions.length;
    expect(r.out).toContain(`Score: 1/${n} (${Math.round(100 / n)}%). Not passed yet`);
    expect(r.out).toMatch(/Lessons to revisit:\n- Watermarks.* \(watermarks\)/);
  });

  it('the same seed gives the same transcript; the option order comes from the seed', () => {
    const lines = answerLines(11, (i) => (i % 2 ? 'right' : 'wrong')).join('\n') + '\n';
    const a = run(lines, 'watermarks-check', '--seed', '11');
    const b = run(lines, 'watermarks-check', '--seed', '11');
    expect(a.out).toBe(b.out);
    const other = run(answerLines(12, () => 'right').join('\n') + '\n', 'watermarks-check', '--seed', '12');
    const options = (out: string) => out.split('\n').filter((l) => /^\d\) /.test(l)).join('\n');
    expect(options(other.out)).not.toBe(options(a.out));
  });

  it('asks again after an answer it cannot read', () => {
    const lines = answerLines(1, () => 'right');
    const r = run(['banana', '9', ...lines].join('\n') + '\n', 'watermarks-check', '--seed', '1');
    expect(r.code).toBe(0);
    expect(r.err).toContain('"banana" is not an answer');
    expect(r.err).toMatch(/There is no option 9/);
  });

  it('exits 2 when the input ends before the last question', () => {
    const lines = answerLines(1, () => 'right').slice(0, 2);
    const r = run(lines.join('\n') + '\n', 'watermarks-check', '--seed', '1');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/input ended before question 3 of \d+/);
  });

  it('stops with exit 1 on q', () => {
    const r = run('q\n', 'watermarks-check', '--seed', '1');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Stopped after 0 of');
  });

  it('exits 2 with "did you mean" for an unknown quiz id, and for a bad seed', () => {
    const r = run('', 'watermark-check');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no quiz "watermark-check"; did you mean watermarks-check/);
    const notQuiz = run('', 'watermarks');
    expect(notQuiz.code).toBe(2);
    expect(notQuiz.err).toContain('"watermarks" is a lesson, not a quiz');
    const seed = run('', 'watermarks-check', '--seed', 'soon');
    expect(seed.code).toBe(2);
    expect(seed.err).toContain('--seed takes a whole number');
    const none = run('');
    expect(none.code).toBe(2);
    expect(none.err).toContain('watermarks-check');
  });
});

describe('parseAnswer', () => {
  const single = { id: 'q', type: 'single' as const, prompt: '', number: 1, total: 1, instruction: '', options: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }, { id: 'z', text: 'Z' }] };
  const multiple = { ...single, type: 'multiple' as const };
  const tf = { ...single, type: 'truefalse' as const, options: [{ id: 'yes', text: 'True' }, { id: 'no', text: 'False' }] };

  it('maps numbers to the option ids shown at those positions', () => {
    expect(parseAnswer('2', single)).toEqual({ optionIds: ['y'] });
    expect(parseAnswer('3, 1', multiple)).toEqual({ optionIds: ['x', 'z'] });
    expect(parseAnswer('1 3 3', multiple)).toEqual({ optionIds: ['x', 'z'] });
    expect(parseAnswer('f', tf)).toEqual({ optionIds: ['no'] });
    expect(parseAnswer('TRUE', tf)).toEqual({ optionIds: ['yes'] });
  });

  it('explains what is wrong with an unusable answer', () => {
    expect(parseAnswer('1,2', single)).toEqual({ problem: 'Choose one option only: type a number from 1 to 3.' });
    expect(parseAnswer('0', single)).toEqual({ problem: 'There is no option 0: type a number from 1 to 3.' });
    expect('problem' in parseAnswer('', multiple)).toBe(true);
    expect('problem' in parseAnswer('b', single)).toBe(true);
  });
});
