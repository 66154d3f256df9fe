/**
 * `de-dojo quiz <quiz-id> [--seed N]`: a concept check in the terminal. One question at a time
 * with numbered options (shuffled per attempt; --seed fixes the order), the learner types "2" or
 * "1,3", sees right/wrong with the explanations, and ends on a summary with the lessons to revisit.
 * Answers can be piped in, one line per question, for scripted use:
 *   printf '1\n2,3\n' | de-dojo quiz watermarks-check --seed 1
 * Exit codes: 0 passed, 1 not passed (or stopped with q or Ctrl-C), 2 could not run (unknown id, piped input ended).
 */
import * as readline from 'node:readline';
import type { Quiz } from '../core/content/model';
import { normalizeSeed, QuizSession, type PresentedQuestion, type QuestionFeedback, type QuizSummary } from '../core/quiz';
import type { CliContext } from './extraCommands';

export const QUIZ_EXIT = { passed: 0, notPassed: 1, cannot: 2 } as const;

/** The terminal, or a test's scripted twin. */
export interface QuizIo {
  /** Shows the prompt and reads one line; undefined when the input has ended. */
  ask(prompt: string): Promise<string | undefined>;
  out(s: string): void;
  err(s: string): void;
  /** Set when the learner pressed Ctrl-C: the input ended on purpose. */
  interrupted?: boolean;
  /** Width to wrap long text at; undefined for no wrapping (piped output). */
  width?: number;
  close(): void;
}

export async function quizCommand(ctx: CliContext, args: string[], flags: Map<string, string | true>): Promise<number> {
  const catalog = ctx.catalog();
  const quizzes = [...catalog.course.items.values()].filter((i): i is Quiz => i.kind === 'quiz');
  const [id] = args;
  if (!id) {
    ctx.err(`de-dojo: name the quiz, e.g. de-dojo quiz ${quizzes[0]?.id ?? 'watermarks-check'}${quizzes.length ? `\nQuizzes: ${quizzes.map((q) => q.id).join(', ')}` : ''}`);
    return QUIZ_EXIT.cannot;
  }
  const item = catalog.course.items.get(id);
  if (!item || item.kind !== 'quiz') {
    const s = catalog.suggest(id, 'quiz');
    const what = item ? `"${id}" is a ${item.kind}, not a quiz` : `no quiz "${id}"`;
    ctx.err(`de-dojo: ${what}${s.length ? `; did you mean ${s.join(', ')}?` : ' (de-dojo list shows the ids)'}`);
    return QUIZ_EXIT.cannot;
  }
  const seedFlag = flags.get('seed');
  let seed: number | undefined;
  if (seedFlag !== undefined) {
    if (seedFlag === true || !/^\d{1,10}$/.test(seedFlag.trim()) || Number(seedFlag) > 0xffffffff) {
      ctx.err('de-dojo: --seed takes a whole number from 0 to 4294967295, e.g. --seed 1');
      return QUIZ_EXIT.cannot;
    }
    seed = normalizeSeed(Number(seedFlag));
  }
  const io = terminalIo(ctx);
  try {
    return await runQuiz(item, io, { seed, lessonTitle: (lessonId) => catalog.course.items.get(lessonId)?.title });
  } finally {
    io.close();
  }
}

export interface RunQuizOptions {
  seed?: number;
  /** The title of a lesson id, for "lessons to revisit". */
  lessonTitle?: (id: string) => string | undefined;
}

/** Runs one attempt over `io`; returns the exit code. */
export async function runQuiz(quiz: Quiz, io: QuizIo, options: RunQuizOptions = {}): Promise<number> {
  const session = QuizSession.start(quiz.meta, { seed: options.seed });
  const wrap = (text: string, indent = '') => wrapText(text, io.width, indent);
  const total = quiz.meta.questions.length;
  io.out(`${quiz.title}`);
  if (quiz.meta.summary) io.out(wrap(quiz.meta.summary));
  io.out(
    `${total} question${total === 1 ? '' : 's'}; pass mark ${Math.round(quiz.meta.passScore * 100)}%. Answer with an option number, ` +
      `or several separated by commas when asked to select all that apply ("1,3"). Type q to stop. (seed ${session.seed})`,
  );
  for (;;) {
    const question = session.current();
    if (!question) break;
    io.out('');
    printQuestion(io, question, wrap);
    let chosen: string[] | undefined;
    while (!chosen) {
      const line = await io.ask(question.type === 'multiple' ? 'Your answer (e.g. 1,3): ' : 'Your answer: ');
      if (line === undefined && io.interrupted) {
        io.out(`Stopped after ${session.answeredCount} of ${total} questions.`);
        return QUIZ_EXIT.notPassed;
      }
      if (line === undefined) {
        io.err(`de-dojo: the input ended before question ${question.number} of ${question.total} was answered`);
        return QUIZ_EXIT.cannot;
      }
      const text = line.trim();
      if (/^(q|quit|exit)$/i.test(text)) {
        io.out(`Stopped after ${session.answeredCount} of ${total} questions.`);
        return QUIZ_EXIT.notPassed;
      }
      const parsed = parseAnswer(text, question);
      if ('problem' in parsed) io.err(parsed.problem);
      else chosen = parsed.optionIds;
    }
    printFeedback(io, question, session.answer(chosen), wrap);
    session.next();
  }
  const summary = session.summary();
  printSummary(io, summary, options.lessonTitle ?? (() => undefined), wrap);
  return summary.passed ? QUIZ_EXIT.passed : QUIZ_EXIT.notPassed;
}

/** "2", "1,3", "1 3" or, for true/false, "t"/"true"/"f"/"false" → option ids; or what is wrong. */
export function parseAnswer(text: string, question: PresentedQuestion): { optionIds: string[] } | { problem: string } {
  const n = question.options.length;
  const range = `a number from 1 to ${n}`;
  if (!text) return { problem: question.type === 'multiple' ? `Type the numbers of every option that applies, e.g. 1,3.` : `Type ${range}.` };
  if (question.type === 'truefalse' && /^(t|true|f|false)$/i.test(text)) {
    const want = text[0].toLowerCase() === 't' ? 'true' : 'false';
    const option = question.options.find((o) => o.text.trim().toLowerCase() === want);
    if (option) return { optionIds: [option.id] };
  }
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (!parts.every((p) => /^\d+$/.test(p))) return { problem: `"${text}" is not an answer: type ${range}${question.type === 'multiple' ? ', or several separated by commas' : ''}.` };
  const numbers = [...new Set(parts.map(Number))];
  const outside = numbers.filter((k) => k < 1 || k > n);
  if (outside.length) return { problem: `There is no option ${outside.join(', ')}: type ${range}.` };
  if (question.type !== 'multiple' && numbers.length > 1) return { problem: `Choose one option only: type ${range}.` };
  return { optionIds: numbers.sort((a, b) => a - b).map((k) => question.options[k - 1].id) };
}

function printQuestion(io: QuizIo, q: PresentedQuestion, wrap: (t: string, indent?: string) => string): void {
  io.out(`Question ${q.number} of ${q.total}`);
  io.out(wrap(q.prompt.trim()));
  io.out(q.instruction);
  q.options.forEach((o, i) => io.out(wrap(`${i + 1}) ${o.text.trim()}`, '   ')));
}

function printFeedback(io: QuizIo, q: PresentedQuestion, fb: QuestionFeedback, wrap: (t: string, indent?: string) => string): void {
  const number = (id: string) => q.options.findIndex((o) => o.id === id) + 1;
  const label = (o: { id: string; text: string }) => `${number(o.id)}) ${o.text.trim()}`;
  if (fb.correct) io.out('Right.');
  else {
    const right = fb.options.filter((o) => o.correct);
    io.out(`Not quite. The right answer${right.length > 1 ? 's are' : ' is'}: ${right.map((o) => number(o.id)).join(', ')}.`);
  }
  io.out(wrap(fb.explanation.trim()));
  for (const w of fb.wrongChoices) io.out(wrap(`You chose ${label(w)}: ${w.explanation.trim()}`, '  '));
  const missedLabel = fb.type === 'multiple' ? 'You left out' : 'The right answer is';
  for (const m of fb.missedOptions) io.out(wrap(`${missedLabel} ${label(m)}: ${m.explanation.trim()}`, '  '));
}

function printSummary(io: QuizIo, s: QuizSummary, lessonTitle: (id: string) => string | undefined, wrap: (t: string, indent?: string) => string): void {
  io.out('');
  io.out(`Score: ${s.correctCount}/${s.total} (${s.percent}%). ${s.passed ? 'Passed' : 'Not passed yet'}: the pass mark is ${Math.round(s.passScore * 100)}%.`);
  if (s.missed.length) {
    io.out('Missed:');
    for (const m of s.missed) io.out(wrap(`- ${firstLine(m.prompt)}`, '  '));
  }
  if (s.lessonsToRevisit.length) {
    io.out('Lessons to revisit:');
    for (const id of s.lessonsToRevisit) {
      const title = lessonTitle(id);
      io.out(`- ${title ? `${title} (${id})` : id}`);
    }
  }
}

function firstLine(text: string): string {
  const line = text.trim().split('\n')[0];
  return line.length > 100 ? `${line.slice(0, 97)}...` : line;
}

/** Greedy word wrap keeping existing line breaks; continuation lines get `indent`. */
export function wrapText(text: string, width: number | undefined, indent = ''): string {
  if (!width || width < 20) return text;
  return text
    .split('\n')
    .map((paragraph) => {
      const words = paragraph.split(/ +/);
      const lines: string[] = [];
      let line = '';
      for (const w of words) {
        const limit = lines.length ? width - indent.length : width;
        if (line && line.length + 1 + w.length > limit) {
          lines.push(line);
          line = w;
        } else line = line ? `${line} ${w}` : w;
      }
      lines.push(line);
      return lines.map((l, i) => (i ? indent + l : l)).join('\n');
    })
    .join('\n');
}

/** stdin/stdout: line editing on a terminal; piped input read line by line and echoed. */
function terminalIo(ctx: CliContext): QuizIo {
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const rl = readline.createInterface({ input: process.stdin, ...(interactive ? { output: process.stdout, terminal: true } : { terminal: false }), crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  let closed = false;
  rl.on('close', () => (closed = true));
  const io: QuizIo = {
    async ask(prompt) {
      if (interactive) {
        if (closed) return undefined;
        rl.setPrompt(prompt);
        rl.prompt();
        const r = await lines.next();
        if (r.done) process.stdout.write('\n');
        return r.done ? undefined : r.value;
      }
      process.stdout.write(prompt);
      const r = await lines.next();
      process.stdout.write(r.done ? '\n' : `${r.value}\n`);
      return r.done ? undefined : r.value;
    },
    out: ctx.out,
    err: ctx.err,
    width: interactive ? Math.min(process.stdout.columns || 80, 100) - 1 : undefined,
    close: () => rl.close(),
  };
  // Ctrl-C on a terminal stops the quiz like typing q.
  if (interactive)
    rl.on('SIGINT', () => {
      io.interrupted = true;
      rl.close();
    });
  return io;
}
