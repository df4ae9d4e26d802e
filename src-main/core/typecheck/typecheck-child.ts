/**
 * Child process that keeps the app's typecheck warm (`TscCheck`), off the studio's main thread and
 * away from the edit path: the studio asks for a check after a change and gets the errors back.
 */
import { startParentWatchdog } from '../runner/parent-watchdog';
import { TscCheck } from './tsc-check';

interface CheckRequest { id: number; appDir: string }

let checker: TscCheck | null = null;
let checkerDir: string | null = null;

process.on('message', (request: CheckRequest) => {
  let response: unknown;
  try {
    if (!checker || checkerDir !== request.appDir) {
      checker = new TscCheck(request.appDir);
      checkerDir = request.appDir;
    }
    response = { id: request.id, ok: true, outcome: checker.check() };
  } catch (error) {
    response = { id: request.id, ok: false, message: (error as Error).stack ?? String(error) };
  }
  process.send?.(response);
});
process.on('disconnect', () => process.exit(0));
startParentWatchdog(process.ppid);
