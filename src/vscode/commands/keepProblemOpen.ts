/**
 * "Keep This Problem Open" / "Stop Keeping This Problem Open" (the problem panel's title bar): the
 * problem panel is reused for the next problem unless it is kept.
 */
import { COMMANDS } from '../commandIds';
import type { DojoCommand } from './context';

export const keepProblemOpenCommand: DojoCommand = {
  id: COMMANDS.keepProblemOpen.id,
  run: (ui) => ui.problems.keep(true),
};

export const stopKeepingProblemOpenCommand: DojoCommand = {
  id: COMMANDS.stopKeepingProblemOpen.id,
  run: (ui) => ui.problems.keep(false),
};
