/**
 * Holds the current progress, applies transitions, persists through a KeyValueStore port (VS Code's
 * globalState in the extension, a Map in tests) and tells listeners when anything changed. The
 * progress file beside the answers (progressFile.ts) is attached on top; this store is its cache.
 */
import { emptyProgress, mergeProgress, parseProgress, sameProgress, type Progress } from './model';

/** The storage port: VS Code's Memento satisfies it; tests use an in-memory twin. */
export interface KeyValueStore {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

export type Listener = (progress: Progress) => void;

export class ProgressStore {
  private current: Progress;
  private readonly listeners = new Set<Listener>();
  /** Writes run one after another, so the stored value is always the latest state. */
  private writing: Promise<void> = Promise.resolve();
  /** Set at load when the stored record was damaged (and has been reset). */
  readonly warning: string | undefined;
  /** Where the damaged value was kept, when there was one. */
  readonly damagedKey: string | undefined;

  constructor(
    private readonly kv: KeyValueStore,
    private readonly key: string,
    private readonly onWriteError: (e: unknown) => void = () => {},
    now: () => Date = () => new Date(),
  ) {
    const raw = kv.get(key);
    const parsed = parseProgress(raw);
    this.current = parsed.progress;
    this.warning = parsed.warning;
    if (parsed.warning) {
      // Keep the damaged value beside the reset one, under a key of its own: a second damaged
      // load must not overwrite the first copy.
      this.damagedKey = freeKey(kv, `${key}.damaged-${stamp(now())}`);
      void this.persist(this.damagedKey, raw);
      void this.persist(key, this.current);
    }
  }

  get progress(): Progress {
    return this.current;
  }

  /** Applies a transition; persists and notifies only when it changed something. */
  update(transition: (p: Progress) => Progress): Promise<void> {
    const next = transition(this.current);
    if (next === this.current) return this.writing;
    this.current = next;
    for (const l of [...this.listeners]) l(next);
    return this.persist(this.key, next);
  }

  /** Folds in progress from elsewhere (the progress file), keeping the most progress of both. */
  merge(other: Progress): Promise<void> {
    return this.update((p) => {
      const merged = mergeProgress(p, other);
      return sameProgress(merged, p) ? p : merged;
    });
  }

  /** Forgets everything (answer files are not progress and stay where they are). */
  reset(): Promise<void> {
    return this.update(() => emptyProgress());
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Resolves once every write so far has reached the store (or failed and been reported). */
  flush(): Promise<void> {
    return this.writing;
  }

  private persist(key: string, value: unknown): Promise<void> {
    // Each write catches its own failure, thrown or rejected, and reports it: one failed write
    // must not leave the chain rejected and drop every later write in silence.
    this.writing = this.writing.then(async () => {
      try {
        await this.kv.update(key, value);
      } catch (e) {
        this.onWriteError(e);
      }
    });
    return this.writing;
  }
}

/** `yyyymmdd-hhmmss` in UTC: sortable, and safe in file names and keys. */
export function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

function freeKey(kv: KeyValueStore, base: string): string {
  let key = base;
  for (let n = 2; kv.get(key) !== undefined; n++) key = `${base}-${n}`;
  return key;
}
