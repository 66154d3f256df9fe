/** "DE Dojo: Show Log": the output channel with activation time, content problems and grading events. */
import { COMMANDS } from '../commandIds';
import type { DojoCommand } from './context';

export const showLogCommand: DojoCommand = {
  id: COMMANDS.showLog.id,
  run(ui) {
    ui.dojo.log.show();
  },
};
