import type { JsonObject } from '../../../src-shared/contract';

/** What the SDK does not check but the server refuses or trips on. Each returns [property, message]. */
export function logicFunctionChecks(config: JsonObject): [string, string][] {
  const problems: [string, string][] = [];
  const timeout = config.timeoutSeconds;
  if (timeout !== undefined && (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 1 || timeout > 900)) {
    problems.push(['timeoutSeconds', `timeoutSeconds must be an integer from 1 to 900 (the server refuses ${JSON.stringify(timeout)}).`]);
  }
  return problems;
}
