import type { EventName, EventPayload } from '../../../src-shared/contract';
import type { payloadOperations } from '../../../src-shared/contract/payloads';
import type { FileStore } from '../files/file-store';
import type { AppProject } from '../project/app-project';
import type { RunService } from '../runs/run-service';
import type { z } from 'zod';

/** What the payload handlers need of the studio: the open app's services and the event stream. */
export interface PayloadHandlerContext {
  requireOpen(): { project: AppProject; runs: RunService; files: FileStore };
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
}

export type PayloadHandlers = {
  [N in keyof typeof payloadOperations]: (params: z.output<(typeof payloadOperations)[N]['params']>) => Promise<z.infer<(typeof payloadOperations)[N]['result']>>;
};

export function createPayloadHandlers(_context: PayloadHandlerContext): PayloadHandlers {
  return {};
}
