/**
 * Holds the current progress, applies transitions, persists through a KeyValueStore port (VS Code's
 * globalState in the extension, a Map in tests) and tells listeners when anything changed.
 */
import { emptyProgress, parseProgress, type Progress } from './model';

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

  constructor(
    private readonly kv: KeyValueStore,
    private readonly key: string,
    private readonly onWriteError: (e: unknown) => void = () => {},
  ) {
    const raw = kv.get(key);
    const parsed = parseProgress(raw);
    this.current = parsed.progress;
    this.warning = parsed.warning;
    if (parsed.warning) {
      // Keep the damaged value beside the reset one, so nothing is lost for good.
      void this.persist(`${key}.damaged`, raw);
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

  /** Forgets everything (answer files are not progress and stay where they are). */
  reset(): Promise<void> {
    return this.update(() => emptyProgress());
  }

  onDidChange(listener: Listener): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Resolves once every write so far has reached the store. */
  flush(): Promise<void> {
    return this.writing;
  }

  private persist(key: string, value: unknown): Promise<void> {
    this.writing = this.writing.then(
      () => Promise.resolve(this.kv.update(key, value)).then(undefined, this.onWriteError),
    );
    return this.writing;
  }
}
