/**
 * Runs a saved payload and compares the outcome with its expectation (`twenty-studio test`, and the
 * "check" button). The saved payload runs as saved, against the function it names; for a route the
 * HTTP answer is built from the result with the server's `/s/` rules (a resolver's `/webhooks/server`
 * request: the server-route rules), so `expect.response` is checked against what a caller would receive.
 */
import type { SavedPayloadCheck, SavedPayloadEntry } from '../../../src-shared/contract';
import { buildRouteResponse, serverRouteAnswer, serverRouteIdentifier } from '../../../src-shared/twenty/route';
import { checkExpectation } from '../../../src-shared/twenty/saved-payload';
import type { RunService } from '../runs/run-service';
import { STUDIO_USER_WORKSPACE_ID, STUDIO_WORKSPACE_MEMBER_ID } from '../routes/route-request-service';

/** Restores a named Local workspace snapshot (WorkspaceService.snapshotRestore). */
export type SnapshotRestorer = (name: string) => Promise<unknown>;

export async function checkSavedPayload(
  runs: RunService,
  entry: SavedPayloadEntry,
  { origin = 'test', restoreSnapshot, debug = false }: { origin?: string; restoreSnapshot?: SnapshotRestorer; debug?: boolean } = {},
): Promise<SavedPayloadCheck> {
  const content = entry.content;
  if (!content) return { entry, passed: false, mismatches: [], error: `Cannot read ${entry.path}: ${entry.error ?? 'unknown error'}` };
  if (content.snapshot) {
    if (!restoreSnapshot) return { entry, passed: false, mismatches: [], error: `${entry.path} starts from the workspace snapshot "${content.snapshot}", but no Local workspace is available here.` };
    try {
      await restoreSnapshot(content.snapshot);
    } catch (error) {
      return { entry, passed: false, mismatches: [], error: `${entry.path}: the workspace snapshot "${content.snapshot}" could not be restored: ${(error as Error).message}` };
    }
  }
  const payload = content.payload as { userWorkspaceId?: unknown } | null;
  // An authenticated route request gets the user fields in its context, as on the server.
  const authenticated = content.trigger === 'route' && typeof payload?.userWorkspaceId === 'string';
  let record;
  try {
    record = await runs.execute({
      universalIdentifier: content.function.universalIdentifier,
      payload: content.payload,
      context: authenticated ? { userWorkspaceId: STUDIO_USER_WORKSPACE_ID, workspaceMemberId: STUDIO_WORKSPACE_MEMBER_ID } : {},
      origin,
      // The saved payload's Debug action: the same run and check, under the debugger.
      ...(debug ? { debug: true } : {}),
    });
  } catch (error) {
    return { entry, passed: false, mismatches: [], error: (error as Error).message };
  }
  const result = record.result;
  if (!result) return { entry, passed: false, mismatches: [], error: 'The run did not finish.' };
  const errorMessage = result.error?.errorMessage ?? 'Logic function failed';
  // A request saved for a resolver's `/webhooks/server/<id>` is answered by the server-route rules.
  const serverRoute = content.trigger === 'route' && serverRouteIdentifier(String((content.inputs as { url?: unknown } | undefined)?.url ?? '')) !== null;
  const response = content.trigger !== 'route'
    ? undefined
    : serverRoute
      ? serverRouteAnswer(result.status === 'SUCCESS' ? { status: 'SUCCESS', data: result.data } : { status: 'ERROR', errorMessage })
      : buildRouteResponse(result.status === 'SUCCESS' ? { kind: 'success', data: result.data } : { kind: 'handler-error', errorMessage });
  const mismatches = checkExpectation(content.expect ?? {}, {
    status: result.status,
    data: result.data,
    error: result.error,
    ...(response ? { response: { status: response.status, headers: response.headers, body: response.body } } : {}),
  });
  return {
    entry,
    passed: mismatches.length === 0,
    mismatches,
    result,
    ...(response ? { response: { status: response.status, headers: response.headers, body: response.body } } : {}),
  };
}
