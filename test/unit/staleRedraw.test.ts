// The Topics tree's guard against a lost refresh (src/vscode/tree/staleRedraw.ts): after a change,
// one more redraw when the view has not drawn the newest state since, and none when it has.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StaleRedraw } from '../../src/vscode/tree/staleRedraw';

describe('StaleRedraw', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('redraws once more when the redraw after a change was lost', () => {
    let state = { solved: 0 };
    const redraw = vi.fn();
    const guard = new StaleRedraw(() => state, redraw, 1000);
    guard.drew(); // the first drawing, from the empty state
    state = { solved: 1 };
    guard.changed();
    expect(redraw).toHaveBeenCalledTimes(1);
    // The workbench never asked for the top level again: what is on screen is the old state.
    vi.advanceTimersByTime(1000);
    expect(redraw).toHaveBeenCalledTimes(2);
  });

  it('does not redraw again when the view drew the newest state', () => {
    let state = { solved: 0 };
    const redraw = vi.fn();
    const guard = new StaleRedraw(() => state, redraw, 1000);
    guard.drew();
    state = { solved: 1 };
    guard.changed();
    guard.drew(); // the workbench asked for the rows after the change
    vi.advanceTimersByTime(1000);
    expect(redraw).toHaveBeenCalledTimes(1);
  });

  it('checks once after a burst of changes, and never after dispose', () => {
    let n = 0;
    const redraw = vi.fn();
    const guard = new StaleRedraw(() => n, redraw, 1000);
    guard.drew();
    for (let i = 0; i < 5; i++) {
      n++;
      guard.changed();
      vi.advanceTimersByTime(100);
    }
    expect(redraw).toHaveBeenCalledTimes(5);
    vi.advanceTimersByTime(1000);
    expect(redraw).toHaveBeenCalledTimes(6);
    n++;
    guard.changed();
    guard.dispose();
    vi.advanceTimersByTime(1000);
    expect(redraw).toHaveBeenCalledTimes(7);
  });
});
