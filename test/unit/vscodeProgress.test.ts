// Progress: pure transitions, reading damaged records, and the store that persists them.
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  lessonStatus,
  markLessonRead,
  markLessonUnread,
  parseProgress,
  problemStatus,
  recordCheck,
  recordQuizAttempt,
  recordSolutionViewed,
  revealHint,
  type Progress,
} from '../../src/core/progress/model';
import { ProgressStore, type KeyValueStore } from '../../src/core/progress/store';

const t1 = new Date('2025-01-02T10:00:00Z');
const t2 = new Date('2025-01-03T11:00:00Z');

class MemoryKv implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  writes = 0;
  constructor(initial: Record<string, unknown> = {}) {
    for (const [k, v] of Object.entries(initial)) this.data.set(k, v);
  }
  get(key: string): unknown {
    return this.data.get(key);
  }
  async update(key: string, value: unknown): Promise<void> {
    this.writes++;
    this.data.set(key, JSON.parse(JSON.stringify(value)));
  }
}

describe('progress transitions', () => {
  it('a problem goes new → attempted → solved, and stays solved after a later wrong check', () => {
    let p = emptyProgress();
    expect(problemStatus(p, 'a')).toBe('new');
    p = recordCheck(p, 'a', 'incorrect', t1);
    expect(problemStatus(p, 'a')).toBe('attempted');
    expect(p.problems.a).toMatchObject({ attempts: 1, solved: false, lastStatus: 'incorrect', lastAttemptAt: t1.toISOString() });
    p = recordCheck(p, 'a', 'correct', t2);
    expect(problemStatus(p, 'a')).toBe('solved');
    expect(p.problems.a.solvedAt).toBe(t2.toISOString());
    p = recordCheck(p, 'a', 'error', new Date('2025-02-01T00:00:00Z'));
    expect(problemStatus(p, 'a')).toBe('solved');
    expect(p.problems.a).toMatchObject({ attempts: 3, solvedAt: t2.toISOString(), lastStatus: 'error' });
  });

  it('transitions never mutate their input', () => {
    const p = emptyProgress();
    const snapshot = JSON.stringify(p);
    recordCheck(p, 'a', 'correct', t1);
    revealHint(p, 'a', 3);
    markLessonRead(p, 'l', t1);
    expect(JSON.stringify(p)).toBe(snapshot);
  });

  it('hints are revealed one at a time up to the total; then nothing changes', () => {
    let p = emptyProgress();
    p = revealHint(p, 'a', 2);
    p = revealHint(p, 'a', 2);
    expect(p.problems.a.hintsUsed).toBe(2);
    const again = revealHint(p, 'a', 2);
    expect(again).toBe(p);
  });

  it('viewing the solution is recorded once', () => {
    const p = recordSolutionViewed(emptyProgress(), 'a');
    expect(p.problems.a.solutionViewed).toBe(true);
    expect(recordSolutionViewed(p, 'a')).toBe(p);
  });

  it('lessons are marked read and unread; marking twice keeps the first time', () => {
    let p = markLessonRead(emptyProgress(), 'l', t1);
    expect(lessonStatus(p, 'l')).toBe('read');
    expect(markLessonRead(p, 'l', t2).lessons.l.readAt).toBe(t1.toISOString());
    p = markLessonUnread(p, 'l');
    expect(lessonStatus(p, 'l')).toBe('unread');
  });

  it('quiz attempts fold into the quiz record (best score never goes down)', () => {
    let p = recordQuizAttempt(emptyProgress(), 'q', { score: 0.8, at: t1.toISOString() });
    p = recordQuizAttempt(p, 'q', { score: 0.4, at: t2.toISOString() });
    expect(p.quizzes.q).toEqual({ bestScore: 0.8, lastScore: 0.4, lastAttemptAt: t2.toISOString(), attempts: 2 });
  });
});

describe('parseProgress', () => {
  it('nothing stored is a fresh start without a warning', () => {
    expect(parseProgress(undefined)).toEqual({ progress: emptyProgress() });
  });

  it('a good record reads back unchanged (JSON round trip)', () => {
    let p = recordCheck(emptyProgress(), 'a', 'correct', t1);
    p = revealHint(p, 'a', 3);
    p = markLessonRead(p, 'l', t1);
    p = recordQuizAttempt(p, 'q', { score: 1, at: t2.toISOString() });
    const parsed = parseProgress(JSON.parse(JSON.stringify(p)));
    expect(parsed.warning).toBeUndefined();
    expect(parsed.progress).toEqual(p);
  });

  it.each([
    ['a string', 'garbage'],
    ['a list', [1, 2]],
    ['a number', 42],
    ['an unknown version', { version: 99, lessons: {} }],
    ['no version', { lessons: {} }],
  ])('%s is reset with a warning', (_what, raw) => {
    const r = parseProgress(raw);
    expect(r.progress).toEqual(emptyProgress());
    expect(r.warning).toMatch(/reset/);
  });

  it('damaged entries are dropped and named; good entries are kept', () => {
    const raw = {
      version: 1,
      lessons: { good: { readAt: t1.toISOString() }, bad: { readAt: 'yesterday' } },
      problems: {
        ok: { attempts: 2, solved: true, hintsUsed: 1, solutionViewed: false, solvedAt: t1.toISOString() },
        negative: { attempts: -1, solved: false, hintsUsed: 0, solutionViewed: false },
        wrongStatus: { attempts: 1, solved: false, hintsUsed: 0, solutionViewed: false, lastStatus: 'meh' },
      },
      quizzes: { q: { bestScore: 3, lastScore: 0.5, lastAttemptAt: t1.toISOString(), attempts: 1 } },
    };
    const r = parseProgress(raw);
    expect(Object.keys(r.progress.lessons)).toEqual(['good']);
    expect(Object.keys(r.progress.problems)).toEqual(['ok']);
    expect(r.progress.quizzes).toEqual({});
    expect(r.warning).toContain('lesson "bad"');
    expect(r.warning).toContain('problem "negative"');
    expect(r.warning).toContain('problem "wrongStatus"');
    expect(r.warning).toContain('quiz "q"');
  });

  it('a "__proto__" entry is reported as damaged and changes no prototype; inherited names are not progress', () => {
    const raw = JSON.parse(`{"version":1,"lessons":{"__proto__":{"readAt":"${t1.toISOString()}"},"ok":{"readAt":"${t1.toISOString()}"}}}`);
    const r = parseProgress(raw);
    expect(r.warning).toContain('lesson "__proto__"');
    expect(Object.getPrototypeOf(r.progress.lessons)).toBe(Object.prototype);
    expect(lessonStatus(r.progress, 'readAt')).toBe('unread');
    expect(lessonStatus(r.progress, 'constructor')).toBe('unread');
    expect(problemStatus(r.progress, 'toString')).toBe('new');
    expect(lessonStatus(r.progress, 'ok')).toBe('read');
  });

  it('a section of the wrong shape is dropped as a whole', () => {
    const r = parseProgress({ version: 1, problems: 'oops', lessons: { l: { readAt: t1.toISOString() } } });
    expect(r.progress.lessons.l).toBeDefined();
    expect(r.warning).toContain('all problems');
  });
});

describe('ProgressStore', () => {
  it('persists each change and notifies listeners at once', async () => {
    const kv = new MemoryKv();
    const store = new ProgressStore(kv, 'k');
    const seen: Progress[] = [];
    store.onDidChange((p) => seen.push(p));
    await store.update((p) => recordCheck(p, 'a', 'correct', t1));
    expect(seen).toHaveLength(1);
    expect(problemStatus(store.progress, 'a')).toBe('solved');
    expect(parseProgress(kv.get('k')).progress).toEqual(store.progress);
    // A reload reads the same state back.
    expect(new ProgressStore(kv, 'k').progress).toEqual(store.progress);
  });

  it('a transition that changes nothing neither writes nor notifies', async () => {
    const kv = new MemoryKv();
    const store = new ProgressStore(kv, 'k');
    await store.update((p) => markLessonRead(p, 'l', t1));
    const writes = kv.writes;
    let notified = 0;
    store.onDidChange(() => notified++);
    await store.update((p) => markLessonRead(p, 'l', t2));
    expect(kv.writes).toBe(writes);
    expect(notified).toBe(0);
  });

  it('a corrupt record is reported, reset, and kept aside under a separate key', async () => {
    const kv = new MemoryKv({ k: '{not json' });
    const store = new ProgressStore(kv, 'k');
    await store.flush();
    expect(store.warning).toMatch(/reset/);
    expect(store.progress).toEqual(emptyProgress());
    expect(store.damagedKey).toMatch(/^k\.damaged-\d{8}-\d{6}$/);
    expect(kv.get(store.damagedKey!)).toBe('{not json');
    expect(kv.get('k')).toEqual(emptyProgress());
  });

  it('a second damaged load keeps the first copy (each gets a key of its own, even within a second)', async () => {
    const now = () => new Date('2025-01-02T10:00:00Z');
    const kv = new MemoryKv({ k: 'first damage' });
    const first = new ProgressStore(kv, 'k', undefined, now);
    await first.flush();
    kv.data.set('k', 'second damage');
    const second = new ProgressStore(kv, 'k', undefined, now);
    await second.flush();
    expect(second.damagedKey).not.toBe(first.damagedKey);
    expect(kv.get(first.damagedKey!)).toBe('first damage');
    expect(kv.get(second.damagedKey!)).toBe('second damage');
  });

  it('a store that throws once (synchronously) reports it, and later writes still reach it', async () => {
    const errors: unknown[] = [];
    const kv = new MemoryKv();
    let failNext = true;
    const flaky: KeyValueStore = {
      get: (k) => kv.get(k),
      update: (k, v) => {
        if (failNext) {
          failNext = false;
          throw new Error('quota');
        }
        return kv.update(k, v);
      },
    };
    const store = new ProgressStore(flaky, 'k', (e) => errors.push(e));
    await store.update((p) => markLessonRead(p, 'a', t1));
    await store.update((p) => markLessonRead(p, 'b', t1));
    await store.update((p) => markLessonRead(p, 'c', t1));
    expect(errors).toHaveLength(1);
    expect(Object.keys((kv.get('k') as Progress).lessons).sort()).toEqual(['a', 'b', 'c']);
  });

  it('writes happen in order, so the stored value is the last state', async () => {
    const kv = new MemoryKv();
    const store = new ProgressStore(kv, 'k');
    const all = [1, 2, 3].map((n) => store.update((p) => revealHint(p, 'a', n)));
    await Promise.all(all);
    expect((kv.get('k') as Progress).problems.a.hintsUsed).toBe(3);
  });

  it('a failing store reports the error instead of throwing', async () => {
    const errors: unknown[] = [];
    const kv: KeyValueStore = { get: () => undefined, update: () => Promise.reject(new Error('disk full')) };
    const store = new ProgressStore(kv, 'k', (e) => errors.push(e));
    await store.update((p) => markLessonRead(p, 'l', t1));
    expect(errors).toHaveLength(1);
    expect(lessonStatus(store.progress, 'l')).toBe('read');
  });

  it('reset forgets everything', async () => {
    const store = new ProgressStore(new MemoryKv(), 'k');
    await store.update((p) => recordCheck(p, 'a', 'correct', t1));
    await store.reset();
    expect(store.progress).toEqual(emptyProgress());
  });
});
