/**
 * Compares a run with a saved payload's expectation. `data`, response headers and a JSON response body
 * are matched as subsets (every key the expectation gives must be there with a matching value; other
 * keys are ignored), so an expectation keeps passing when a function adds fields to what it returns.
 * Arrays must have the same length, and each element matches as a subset.
 */
import type { SavedPayloadExpectation } from './saved-payload-format';

export type ExpectationMismatch = {
  /** `$.data.items[0].id`, `$.response.headers.content-type`, ... */
  path: string;
  expected: unknown;
  /** `undefined` when the value is missing. */
  actual: unknown;
  message: string;
};

export type ActualRun = {
  status: 'SUCCESS' | 'ERROR';
  data: unknown;
  error?: { errorType: string; errorMessage: string };
  /** Routes: the HTTP answer the server would send. */
  response?: { status: number; headers: Record<string, string>; body: string };
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const childPath = (path: string, key: string): string => (IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`);

const show = (value: unknown): string => (value === undefined ? 'nothing' : JSON.stringify(value));

/** Collects where `actual` does not contain `expected`. */
export const subsetMismatches = (expected: unknown, actual: unknown, path: string): ExpectationMismatch[] => {
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return [{ path, expected, actual, message: `${path}: expected an object, got ${show(actual)}` }];
    return Object.keys(expected).flatMap((key) => {
      if (!Object.hasOwn(actual, key)) {
        return [{ path: childPath(path, key), expected: expected[key], actual: undefined, message: `${childPath(path, key)}: expected ${show(expected[key])}, but it is missing` }];
      }
      return subsetMismatches(expected[key], actual[key], childPath(path, key));
    });
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [{ path, expected, actual, message: `${path}: expected an array, got ${show(actual)}` }];
    if (actual.length !== expected.length) {
      return [{ path, expected, actual, message: `${path}: expected ${expected.length} items, got ${actual.length}` }];
    }
    return expected.flatMap((item, index) => subsetMismatches(item, actual[index], `${path}[${index}]`));
  }
  if (Object.is(expected, actual)) return [];
  return [{ path, expected, actual, message: `${path}: expected ${show(expected)}, got ${show(actual)}` }];
};

/**
 * A header value matches when equal, or when the expectation gives the media type alone and the actual
 * value adds parameters (`application/json` matches `application/json; charset=utf-8`, which Express sends).
 */
const headerMatches = (expected: string, actual: string | undefined): boolean =>
  actual !== undefined && (actual === expected || actual.toLowerCase().startsWith(`${expected.toLowerCase()};`));

const parseBody = (body: string): unknown => {
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
};

export const checkExpectation = (expectation: SavedPayloadExpectation, actual: ActualRun): ExpectationMismatch[] => {
  const mismatches: ExpectationMismatch[] = [];
  if (expectation.status !== undefined && expectation.status !== actual.status) {
    const why = actual.error ? ` (${actual.error.errorType}: ${actual.error.errorMessage})` : '';
    mismatches.push({ path: '$.status', expected: expectation.status, actual: actual.status, message: `$.status: expected ${expectation.status}, got ${actual.status}${why}` });
  }
  if (expectation.data !== undefined) mismatches.push(...subsetMismatches(expectation.data, actual.data, '$.data'));
  const response = expectation.response;
  if (response) {
    if (!actual.response) {
      mismatches.push({ path: '$.response', expected: response, actual: undefined, message: '$.response: expected an HTTP response, but this run was not a route request' });
      return mismatches;
    }
    if (response.status !== undefined && response.status !== actual.response.status) {
      mismatches.push({ path: '$.response.status', expected: response.status, actual: actual.response.status, message: `$.response.status: expected ${response.status}, got ${actual.response.status}` });
    }
    for (const [name, value] of Object.entries(response.headers ?? {})) {
      const key = Object.keys(actual.response.headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
      const got = key === undefined ? undefined : actual.response.headers[key];
      if (!headerMatches(value, got)) {
        const path = childPath('$.response.headers', name.toLowerCase());
        mismatches.push({ path, expected: value, actual: got, message: `${path}: expected ${show(value)}, got ${show(got)}` });
      }
    }
    if (response.body !== undefined) {
      const got = parseBody(actual.response.body);
      mismatches.push(...subsetMismatches(response.body, got, '$.response.body'));
    }
  }
  return mismatches;
};
