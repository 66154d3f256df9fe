/**
 * Progress kept with the answers: a small JSON file in the answer folder, so it follows the learner
 * to another browser or machine and survives a reinstall. The ProgressStore (globalState) is only
 * its cache. On attach the two are merged by "most progress" (mergeProgress); after that every
 * change is written to the file. A damaged file is reported, kept as a copy under a name of its
 * own, and replaced by the merged progress; nothing here throws.
 */
import { parseProgress, sameProgress, type Progress } from './model';
import { stamp, type ProgressStore } from './store';

/** The file's port: the extension implements it with vscode.workspace.fs, tests with a Map. */
export interface ProgressFilePort {
  /** Where the file is, as the learner should read it (for messages). */
  readonly displayPath: string;
  /** The file's bytes; undefined when there is no file yet. */
  read(): Promise<Uint8Array | undefined>;
  /** Writes the file; false when it is not the moment (no answer folder yet), so nothing was written. */
  write(bytes: Uint8Array): Promise<boolean>;
  /** Writes a copy next to the file under `name` (never overwriting); returns its display path. */
  keepCopy(name: string, bytes: Uint8Array): Promise<string>;
}

export interface ProgressFileEvents {
  /** Something the learner should hear about (a damaged file, a failed write). */
  warn(message: string): void;
}

export const PROGRESS_FILE_NAME = 'progress.json';

export function serializeProgress(p: Progress): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(p, null, 2)}\n`);
}

/** The bytes as progress: undefined plus a reason when they are not a readable progress record. */
export function decodeProgressFile(bytes: Uint8Array): { progress?: Progress; warning?: string } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    return { warning: `it is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { warning: 'it does not hold a progress record' };
  const parsed = parseProgress(json);
  return { progress: parsed.progress, warning: parsed.warning };
}

export class ProgressFile {
  private writing: Promise<void> = Promise.resolve();
  private lastWritten: Progress | undefined;
  private readonly subscription: { dispose(): void };
  private disposed = false;

  private constructor(
    private readonly store: ProgressStore,
    private readonly port: ProgressFilePort,
    private readonly events: ProgressFileEvents,
    private readonly now: () => Date,
  ) {
    this.subscription = store.onDidChange((p) => void this.write(p));
  }

  /**
   * Reads the file, merges it with the store, writes the result back when the file lacked
   * anything, and from then on mirrors every change of the store into the file.
   */
  static async attach(store: ProgressStore, port: ProgressFilePort, events: ProgressFileEvents, now: () => Date = () => new Date()): Promise<ProgressFile> {
    const file = new ProgressFile(store, port, events, now);
    await file.load();
    return file;
  }

  private async load(): Promise<void> {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.port.read();
    } catch (e) {
      this.events.warn(`could not read the progress file ${this.port.displayPath}: ${messageOf(e)}. Progress is kept on this machine meanwhile.`);
      return;
    }
    let fromFile: Progress | undefined;
    if (bytes !== undefined) {
      const decoded = decodeProgressFile(bytes);
      fromFile = decoded.progress;
      if (decoded.warning) {
        let copy: string;
        try {
          copy = await this.port.keepCopy(`progress.damaged-${stamp(this.now())}.json`, bytes);
        } catch (e) {
          // Without a copy the damaged file must stay as it is: stop mirroring into it.
          this.events.warn(`the progress file ${this.port.displayPath} is damaged (${decoded.warning}) and no copy of it could be kept (${messageOf(e)}); it was left untouched.`);
          this.dispose();
          return;
        }
        this.events.warn(`the progress file ${this.port.displayPath} was damaged: ${decoded.warning}. A copy is kept in ${copy}; your answer files were not touched.`);
        this.lastWritten = undefined;
      } else {
        this.lastWritten = fromFile;
      }
    }
    if (this.disposed) return;
    if (fromFile) await this.store.merge(fromFile);
    await this.write(this.store.progress);
  }

  /** Writes the progress unless the file already holds exactly that. */
  private write(p: Progress): Promise<void> {
    if (this.disposed) return this.writing;
    this.writing = this.writing.then(async () => {
      if (this.disposed || (this.lastWritten && sameProgress(this.lastWritten, p))) return;
      try {
        if (await this.port.write(serializeProgress(p))) this.lastWritten = p;
      } catch (e) {
        this.events.warn(`could not save progress to ${this.port.displayPath}: ${messageOf(e)}. It is kept on this machine meanwhile.`);
      }
    });
    return this.writing;
  }

  /** Writes the current progress now if the file does not hold it (e.g. right after the answer folder was created). */
  sync(): Promise<void> {
    return this.write(this.store.progress);
  }

  /** Resolves once every write so far has finished (or failed and been reported). */
  flush(): Promise<void> {
    return this.writing;
  }

  dispose(): void {
    this.disposed = true;
    this.subscription.dispose();
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
