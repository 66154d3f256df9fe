// The quiz core: seeded shuffling, scoring and feedback, the QuizSession state machine and its JSON
// round trip, and folding attempts into the quiz progress record.
import { describe, expect, it } from 'vitest';
import { quizFileSchema, type QuizFile } from '../../src/core/content/schema';
import {
  attemptFromSummary,
  checkSelection,
  foldQuizAttempt,
  isQuizDone,
  mulberry32,
  parseQuizProgress,
  presentedOptionOrder,
  QuizSession,
  QuizSessionError,
  quizStatus,
  scoreQuestion,
  seededShuffle,
  summarizeQuiz,
  type QuizProgress,
} from '../../src/core/quiz';

const opt = (id: string, correct = false) => ({ id, text: `Option ${id}`, correct, explanation: `Why ${id} is ${correct ? 'right' : 'wrong'}` });

const quiz: QuizFile = quizFileSchema.parse({
  id: 'demo',
  title: 'Demo quiz',
  questions: [
    { id: 'one', type: 'single', prompt: 'Pick b', explanation: 'b is the one', lesson: 'lesson-b', options: [opt('a'), opt('b', true), opt('c'), opt('d')] },
    { id: 'many', type: 'multiple', prompt: 'Pick a and c', explanation: 'a and c', lesson: 'lesson-ac', options: [opt('a', true), opt('b'), opt('c', true), opt('d')] },
    { id: 'tf', type: 'truefalse', prompt: 'Is it false?', explanation: 'it is false', lesson: 'lesson-b', options: [{ ...opt('true'), text: 'True' }, { ...opt('false', true), text: 'False' }] },
    { id: 'plain', type: 'single', prompt: 'Pick e', explanation: 'e', options: [opt('e', true), opt('f'), opt('g')] },
    { id: 'last', type: 'single', prompt: 'Pick h', explanation: 'h', options: [opt('h', true), opt('i')] },
  ],
});
const q = (id: string) => quiz.questions.find((x) => x.id === id)!;
const fixedNow = () => new Date('2025-03-01T10:00:00.000Z');

describe('scoring', () => {
  it('single choice: right only with the one correct option', () => {
    expect(scoreQuestion(q('one'), ['b']).correct).toBe(true);
    expect(scoreQuestion(q('one'), ['a']).correct).toBe(false);
  });

  it('multiple choice: all and only the correct options; partial or extra selections are wrong', () => {
    expect(scoreQuestion(q('many'), ['a', 'c']).correct).toBe(true);
    expect(scoreQuestion(q('many'), ['c', 'a', 'c']).correct).toBe(true); // order and repeats do not matter
    expect(scoreQuestion(q('many'), ['a']).correct).toBe(false); // partial
    expect(scoreQuestion(q('many'), ['a', 'b', 'c']).correct).toBe(false); // one too many
    expect(scoreQuestion(q('many'), ['b', 'd']).correct).toBe(false);
  });

  it('true/false', () => {
    expect(scoreQuestion(q('tf'), ['false']).correct).toBe(true);
    expect(scoreQuestion(q('tf'), ['true']).correct).toBe(false);
  });

  it('feedback explains the right answer, each chosen wrong option, and what was left out', () => {
    const fb = scoreQuestion(q('many'), ['a', 'b'], ['d', 'c', 'b', 'a']);
    expect(fb.correct).toBe(false);
    expect(fb.explanation).toBe('a and c');
    expect(fb.correctOptionIds).toEqual(['c', 'a']); // in the presented order
    expect(fb.chosenOptionIds).toEqual(['b', 'a']);
    expect(fb.wrongChoices).toEqual([{ id: 'b', text: 'Option b', explanation: 'Why b is wrong' }]);
    expect(fb.missedOptions).toEqual([{ id: 'c', text: 'Option c', explanation: 'Why c is right' }]);
    expect(fb.options.map((o) => [o.id, o.correct, o.chosen])).toEqual([
      ['d', false, false],
      ['c', true, false],
      ['b', false, true],
      ['a', true, true],
    ]);
    expect(fb.lesson).toBe('lesson-ac');
  });

  it('a right answer has no wrong choices and nothing missed', () => {
    const fb = scoreQuestion(q('one'), ['b']);
    expect(fb.wrongChoices).toEqual([]);
    expect(fb.missedOptions).toEqual([]);
  });

  it('rejects selections that cannot be answers', () => {
    expect(checkSelection(q('one'), [])).toMatch(/choose an option/);
    expect(checkSelection(q('one'), ['a', 'b'])).toMatch(/exactly one/);
    expect(checkSelection(q('tf'), ['true', 'false'])).toMatch(/exactly one/);
    expect(checkSelection(q('many'), ['zz'])).toMatch(/no option "zz"/);
    expect(checkSelection(q('many'), [])).toMatch(/at least one/);
    expect(checkSelection(q('many'), ['a', 'b', 'c', 'd'])).toBeUndefined();
    expect(checkSelection(q('one'), ['b', 'b'])).toBeUndefined();
  });

  it('summary: score as fraction and count, passed at the pass score, missed questions with their lessons', () => {
    const s = summarizeQuiz(quiz, { one: ['a'], many: ['a', 'c'], tf: ['true'], plain: ['e'], last: ['h'] });
    expect(s.correctCount).toBe(3);
    expect(s.total).toBe(5);
    expect(s.score).toBeCloseTo(0.6);
    expect(s.percent).toBe(60);
    expect(s.passScore).toBe(0.8);
    expect(s.passed).toBe(false);
    expect(s.missed.map((m) => m.questionId)).toEqual(['one', 'tf']);
    expect(s.lessonsToRevisit).toEqual(['lesson-b']); // two misses, one lesson, listed once

    const four = summarizeQuiz(quiz, { one: ['b'], many: ['a'], tf: ['false'], plain: ['e'], last: ['h'] });
    expect(four.correctCount).toBe(4);
    expect(four.passed).toBe(true); // 4/5 is exactly the default 80%
    expect(four.lessonsToRevisit).toEqual(['lesson-ac']);
  });

  it('unanswered questions count as wrong; a quiz can set its own pass score', () => {
    const s = summarizeQuiz({ ...quiz, passScore: 0.4 }, { one: ['b'], many: ['a', 'c'] });
    expect(s.answeredCount).toBe(2);
    expect(s.correctCount).toBe(2);
    expect(s.passed).toBe(true);
    expect(s.missed.map((m) => [m.questionId, m.answered])).toEqual([
      ['tf', false],
      ['plain', false],
      ['last', false],
    ]);
  });
});

describe('seeded shuffling', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

  it('is deterministic for a seed and a permutation of the input', () => {
    const first = seededShuffle(ids, 42);
    expect(seededShuffle(ids, 42)).toEqual(first);
    expect([...first].sort()).toEqual(ids);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']); // input untouched
  });

  it('different seeds give different orders, and the orders are spread out', () => {
    const orders = new Set<string>();
    const firstPositions = new Map<string, number>();
    for (let seed = 0; seed < 400; seed++) {
      const order = seededShuffle(ids, seed);
      orders.add(order.join());
      firstPositions.set(order[0], (firstPositions.get(order[0]) ?? 0) + 1);
    }
    expect(orders.size).toBeGreaterThan(390);
    // Every option leads sometimes: about 50 times each in 400 shuffles of 8.
    for (const id of ids) expect(firstPositions.get(id) ?? 0).toBeGreaterThan(20);
  });

  it('the generator yields floats in [0, 1) and repeats for the same seed', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('true/false keeps its authored order; other questions are shuffled per seed', () => {
    for (let seed = 0; seed < 20; seed++) expect(presentedOptionOrder(q('tf'), seed)).toEqual(['true', 'false']);
    const orders = new Set(Array.from({ length: 50 }, (_, seed) => presentedOptionOrder(q('one'), seed).join()));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('answers are stored by option id, so they score the same under any shuffle', () => {
    for (const seed of [1, 2, 3, 99, 123456]) {
      const s = QuizSession.start(quiz, { seed, now: fixedNow });
      const shown = s.current()!.options.map((o) => o.id);
      expect([...shown].sort()).toEqual(['a', 'b', 'c', 'd']);
      const fb = s.answer(['b']);
      expect(fb.correct).toBe(true);
      // The feedback lists options as they were shown in this attempt.
      expect(fb.options.map((o) => o.id)).toEqual(shown);
    }
  });
});

describe('QuizSession', () => {
  function answerAll(s: QuizSession, answers: Record<string, string[]>) {
    while (s.phase !== 'summary') {
      const current = s.current()!;
      s.answer(answers[current.id]);
      s.next();
    }
  }

  it('walks question → feedback → next … → summary', () => {
    const s = QuizSession.start(quiz, { seed: 5, now: fixedNow });
    expect(s.phase).toBe('question');
    const first = s.current()!;
    expect(first).toMatchObject({ id: 'one', number: 1, total: 5, type: 'single', instruction: 'Choose one answer.' });
    expect(first.options[0]).not.toHaveProperty('correct'); // nothing gives the answer away
    expect(s.feedback()).toBeUndefined();

    const fb = s.answer(['c']);
    expect(fb.correct).toBe(false);
    expect(s.phase).toBe('feedback');
    expect(s.view()).toMatchObject({ phase: 'feedback', isLast: false, question: { id: 'one' } });
    expect(() => s.answer(['b'])).toThrow(QuizSessionError); // no second answer to the same question

    expect(s.next()).toBe('question');
    expect(s.current()).toMatchObject({ id: 'many', number: 2, instruction: 'Select all that apply.' });
    expect(() => s.next()).toThrow(QuizSessionError); // next() only follows an answer

    answerAll(s, { many: ['a', 'c'], tf: ['false'], plain: ['e'], last: ['h'] });
    const view = s.view();
    expect(view.phase).toBe('summary');
    if (view.phase !== 'summary') throw new Error('unreachable');
    expect(view.summary).toMatchObject({ correctCount: 4, total: 5, passed: true, lessonsToRevisit: ['lesson-b'] });
    expect(s.current()).toBeUndefined();
    expect(s.toJSON().finishedAt).toBe('2025-03-01T10:00:00.000Z');
  });

  it('refuses an invalid selection without changing state', () => {
    const s = QuizSession.start(quiz, { seed: 1 });
    expect(s.check(['a', 'b'])).toMatch(/exactly one/);
    expect(() => s.answer(['a', 'b'])).toThrow(/exactly one/);
    expect(() => s.answer(['nope'])).toThrow(/no option/);
    expect(s.phase).toBe('question');
    expect(s.answeredCount).toBe(0);
  });

  it('round-trips through JSON in every phase and continues identically', () => {
    const s = QuizSession.start(quiz, { seed: 77, now: fixedNow });
    const script = [['b'], ['a', 'c'], ['true'], ['e'], ['i']];
    let step = 0;
    for (;;) {
      const saved = JSON.parse(JSON.stringify(s.toJSON()));
      const restored = QuizSession.restore(quiz, saved, { now: fixedNow })!;
      expect(restored).toBeDefined();
      expect(restored.view()).toEqual(s.view());
      expect(restored.toJSON()).toEqual(s.toJSON());
      if (s.phase === 'summary') break;
      if (s.phase === 'question') {
        s.answer(script[step]);
        restored.answer(script[step]);
        step++;
      } else {
        s.next();
        restored.next();
      }
      expect(restored.view()).toEqual(s.view());
    }
    expect(s.summary().correctCount).toBe(3);
  });

  it('keeps the option order of the attempt after a restore', () => {
    const s = QuizSession.start(quiz, { seed: 3 });
    const order = s.current()!.options.map((o) => o.id);
    const restored = QuizSession.restore(quiz, s.toJSON())!;
    expect(restored.current()!.options.map((o) => o.id)).toEqual(order);
    expect(restored.seed).toBe(3);
  });

  it('restore survives text edits but not a changed set of questions or options', () => {
    const s = QuizSession.start(quiz, { seed: 9 });
    s.answer(['b']);
    const saved = s.toJSON();

    const retitled: QuizFile = { ...quiz, questions: quiz.questions.map((x) => ({ ...x, prompt: `${x.prompt} (edited)` })) };
    expect(QuizSession.restore(retitled, saved)?.view()).toMatchObject({ phase: 'feedback', question: { prompt: 'Pick b (edited)' } });

    const fewer: QuizFile = { ...quiz, questions: quiz.questions.slice(0, 4) };
    expect(QuizSession.restore(fewer, saved)).toBeUndefined();

    const renamedOption: QuizFile = {
      ...quiz,
      questions: quiz.questions.map((x) => (x.id === 'plain' ? { ...x, options: x.options.map((o) => (o.id === 'g' ? { ...o, id: 'gg' } : o)) } : x)),
    };
    expect(QuizSession.restore(renamedOption, saved)).toBeUndefined();
    expect(QuizSession.restore({ ...quiz, id: 'other' }, saved)).toBeUndefined();
  });

  it('restore rejects states that are not saved attempts or do not add up', () => {
    const saved = QuizSession.start(quiz, { seed: 4 }).toJSON();
    for (const bad of [
      null,
      'text',
      { ...saved, version: 2 },
      { ...saved, index: 7 },
      { ...saved, phase: 'feedback' }, // feedback on a question never answered
      { ...saved, answers: { one: ['b'] } }, // answered, but the phase says it is still being asked
      { ...saved, answers: { one: ['a', 'b'] }, phase: 'feedback' }, // two answers to a single choice
      { ...saved, phase: 'summary' },
      { ...saved, seed: -1 },
      { ...saved, order: saved.order.map((e, i) => (i === 0 ? { ...e, optionIds: ['a', 'a', 'b', 'c'] } : e)) },
    ]) {
      expect(QuizSession.restore(quiz, bad)).toBeUndefined();
    }
  });

  it('the same seed shows the same orders; state is plain JSON', () => {
    const a = QuizSession.start(quiz, { seed: 2024, now: fixedNow }).toJSON();
    const b = QuizSession.start(quiz, { seed: 2024, now: fixedNow }).toJSON();
    expect(a).toEqual(b);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.order.map((e) => e.questionId)).toEqual(quiz.questions.map((x) => x.id));
  });
});

describe('quiz progress', () => {
  const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T09:00:00.000Z`;

  it('keeps the best score, the last score and time, and counts attempts', () => {
    let p: QuizProgress | undefined;
    p = foldQuizAttempt(p, { score: 0.6, at: at(1) });
    expect(p).toEqual({ bestScore: 0.6, lastScore: 0.6, lastAttemptAt: at(1), attempts: 1 });
    p = foldQuizAttempt(p, { score: 0.9, at: at(2) });
    p = foldQuizAttempt(p, { score: 0.4, at: at(3) });
    expect(p).toEqual({ bestScore: 0.9, lastScore: 0.4, lastAttemptAt: at(3), attempts: 3 });
  });

  it('an older attempt arriving late does not replace the last one', () => {
    const p = foldQuizAttempt(foldQuizAttempt(undefined, { score: 0.5, at: at(5) }), { score: 1, at: at(4) });
    expect(p).toEqual({ bestScore: 1, lastScore: 0.5, lastAttemptAt: at(5), attempts: 2 });
  });

  it('done at ≥ the pass score (80% by default), by the best score', () => {
    expect(isQuizDone(undefined)).toBe(false);
    expect(isQuizDone(foldQuizAttempt(undefined, { score: 0.75, at: at(1) }))).toBe(false);
    expect(isQuizDone(foldQuizAttempt(undefined, { score: 4 / 5, at: at(1) }))).toBe(true);
    const dipped = foldQuizAttempt(foldQuizAttempt(undefined, { score: 1, at: at(1) }), { score: 0.2, at: at(2) });
    expect(isQuizDone(dipped)).toBe(true);
    expect(isQuizDone(foldQuizAttempt(undefined, { score: 0.6, at: at(1) }), 0.6)).toBe(true);
  });

  it('status for the tree: not started, attempted, done', () => {
    expect(quizStatus(undefined)).toEqual({ state: 'not-started' });
    expect(quizStatus(foldQuizAttempt(undefined, { score: 0.5, at: at(1) }))).toEqual({ state: 'attempted', bestScore: 0.5, bestPercent: 50, attempts: 1 });
    expect(quizStatus(foldQuizAttempt(undefined, { score: 7 / 8, at: at(1) }))).toMatchObject({ state: 'done', bestPercent: 88 });
  });

  it('folds a finished session summary', () => {
    const s = QuizSession.start(quiz, { seed: 1, now: fixedNow });
    while (s.phase !== 'summary') {
      const cur = s.current()!;
      s.answer([quiz.questions.find((x) => x.id === cur.id)!.options.find((o) => o.correct)!.id]);
      s.next();
    }
    const p = foldQuizAttempt(undefined, attemptFromSummary(s.summary(), s.toJSON().finishedAt!));
    expect(p.bestScore).toBe(0.8); // the multiple-choice question needs two options, so one pick is wrong
    expect(isQuizDone(p, quiz.passScore)).toBe(true);
  });

  it('rejects impossible attempts and reads stored records defensively', () => {
    expect(() => foldQuizAttempt(undefined, { score: 1.5, at: at(1) })).toThrow(RangeError);
    expect(() => foldQuizAttempt(undefined, { score: 0.5, at: 'yesterday' })).toThrow(RangeError);
    const good = { bestScore: 0.9, lastScore: 0.5, lastAttemptAt: at(1), attempts: 2 };
    expect(parseQuizProgress(good)).toEqual(good);
    expect(parseQuizProgress({ ...good, attempts: 0 })).toBeUndefined();
    expect(parseQuizProgress({ ...good, bestScore: 'high' })).toBeUndefined();
    expect(parseQuizProgress(null)).toBeUndefined();
  });
});
