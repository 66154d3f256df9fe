/**
 * The host side of the concept checks embedded in a lesson (`:::quiz <id>`): one QuizRunner per
 * check on the lesson showing, created when the page asks for it (resuming the attempt the page
 * saved, after a reload) and dropped when the panel moves to another lesson. Finished attempts
 * count like the quiz panel's: the score goes into progress and the tree updates.
 */
import { packItemKey } from '../../core/content/packs';
import type { Lesson } from '../../core/content/model';
import type { EmbeddedQuizToHost, HostToQuiz } from '../../shared/messages';
import type { Dojo } from '../dojo';
import { QuizRunner } from './quizRunner';

/** Does the lesson's Markdown embed this quiz? (Only those may be driven from its page.) */
export function embedsQuiz(markdown: string, quizId: string): boolean {
  return markdown.split(/\r?\n/).some((line) => {
    const m = /^:::quiz\s+([a-z0-9-]+)\s*(?::::)?\s*$/.exec(line.trim());
    return m !== null && m[1] === quizId;
  });
}

export class EmbeddedQuizzes {
  private readonly runners = new Map<string, QuizRunner>();

  constructor(
    private readonly dojo: Dojo,
    private readonly post: (m: HostToQuiz) => void,
  ) {}

  /** The panel shows another lesson (or closed): its checks start afresh next time. */
  reset(): void {
    this.runners.clear();
  }

  receive(lesson: Lesson, m: EmbeddedQuizToHost): void {
    // A lesson embeds checks of its own course: a pack lesson's ids are the pack's.
    const item = this.dojo.item(packItemKey(lesson.pack, m.quizId));
    if (item?.kind !== 'quiz' || !embedsQuiz(lesson.markdown, m.quizId)) {
      this.dojo.log.warn(`lesson panel: ${lesson.id} has no embedded check "${m.quizId}"`);
      return;
    }
    let runner = this.runners.get(m.quizId);
    if (!runner) {
      runner = QuizRunner.open(this.dojo, item, m.type === 'quizOpen' ? m.saved : undefined);
      this.runners.set(m.quizId, runner);
    }
    if (m.type === 'quizAction') runner.act(m.action);
    this.send(runner);
  }

  /** Progress or the course changed: every check's status line may have too. */
  refresh(): void {
    for (const r of this.runners.values()) this.send(r);
  }

  private send(r: QuizRunner): void {
    const view = r.view();
    if (view) this.post({ type: 'quiz', view, session: r.state() });
    else this.runners.delete(r.quizId);
  }
}
