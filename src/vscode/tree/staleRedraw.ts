/**
 * A view that redraws on every change can still show old data: a refresh fired while the workbench
 * is drawing the view for the first time can be lost (the e2e run saw a tree whose items showed a
 * solve from progress.json while their module still said "0 done" and the top row "Start here").
 * This guard remembers what the view last drew from and, a moment after each change, asks for one
 * more redraw if the view has not drawn the newest state since.
 */
export class StaleRedraw<T> {
  private drawnFrom: T | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly current: () => T,
    private readonly redraw: () => void,
    private readonly delayMs = 1000,
  ) {}

  /** The view drew from the current state (call where it reads it). */
  drew(): void {
    this.drawnFrom = this.current();
  }

  /** The state changed: redraw now, and once more later if that redraw never happened. */
  changed(): void {
    this.redraw();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.drawnFrom !== undefined && this.drawnFrom !== this.current()) this.redraw();
    }, this.delayMs);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}
