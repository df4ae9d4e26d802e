/**
 * Issue 14's fuzz harness: random and malformed input against the studio's three loopback servers
 * (browser mode, the local route server, the local workspace), each batch followed by a valid request
 * that must still be answered correctly (browser: GET / with the cookie, and `studio.info` over a fresh
 * WebSocket in the WebSocket phases; route server: an unknown /s/ path is a 404 JSON error; workspace:
 * `{ companies { totalCount } }` with a valid token is a 200 with data).
 *
 * - Seeded and bounded: a small PRNG (mulberry32) with a fixed seed, an iteration cap and a time budget
 *   per phase. A failure names the seed, the phase and the case, and prints the input; replay with
 *   `FUZZ_SEED=<seed> npx vitest run src-main/transport/fuzz.test.ts`. Cases are generated from the seed
 *   alone (never from answers), so case #n is the same input on every run; the time budget only decides
 *   how many of them run. FUZZ_SCALE=4 runs four times as many (and gives them four times the time);
 *   FUZZ_VERBOSE=1 prints what each phase got back.
 * - HTTP: raw request lines, targets, headers, bodies and framings over node:net (what no client library
 *   would send: half well formed, half malformed anywhere), and fetch with random methods, paths,
 *   headers and bodies (GraphQL built from the workspace's own schema, REST filters and parameters).
 * - WebSocket (browser mode): raw frames after a valid upgrade (opcodes, RSV bits, masks, lying and
 *   non-minimal lengths, fragments, control frames, invalid UTF-8, close codes), and contract envelopes
 *   over a real `ws` client (random JSON shapes, real and made-up `op` names, random params).
 *   Envelopes never start long or outward work: only the read-only operations in SAFE_OPERATIONS may
 *   run with params that pass their schema; every other operation is sent only with params its schema
 *   refuses (checked here, on the JSON actually sent), so no build, install, deploy, run or file write
 *   happens. The route server is not sent requests that would run the app's function either.
 * - Besides the next valid request, a case fails on: an uncaught exception or rejection in this process
 *   (where the servers run), a 5xx (a handler threw; the route pipeline's designed 500 for a malformed
 *   escape in a route parameter excepted), an answer that is not HTTP, and a hang: no answer within 4 s
 *   to a complete well-formed raw request, 8 s to a fetch, 8 s to an envelope (its reply, or the 1007
 *   close for garbage).
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect as netConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildClientSchema, getIntrospectionQuery, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType, type GraphQLObjectType, type GraphQLSchema, type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { operations, wireRequestSchema } from '../../src-shared/contract';
import { copyFixtureApp, type TempApp } from '../../test/helpers/temp-app';
import { Studio } from '../core/studio';
import { openTempWorkspace, TEST_ACTOR, type TempWorkspace } from '../core/workspace/test-support/temp-workspace';
import { WorkspaceServer } from '../core/workspace/workspace-server';
import { startBrowserServer, type BrowserServer } from './browser-server';

const SEED = (Number(process.env.FUZZ_SEED ?? 0x5eed_2014) >>> 0) || 1;
const SCALE = Math.max(0.05, Number(process.env.FUZZ_SCALE ?? 1));

// ---------------------------------------------------------------------------------------------------
// The PRNG and generic generators
// ---------------------------------------------------------------------------------------------------

class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** mulberry32: 32 random bits. */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  float(): number {
    return this.next() / 2 ** 32;
  }
  int(max: number): number {
    return Math.floor(this.float() * max);
  }
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** Mostly small numbers, sometimes large: lengths and counts. */
  size(max: number): number {
    const r = this.float();
    return r < 0.6 ? this.int(Math.min(max, 8) + 1) : r < 0.9 ? this.int(Math.min(max, 128) + 1) : this.int(max + 1);
  }
  bytes(length: number): Buffer {
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i += 1) out[i] = this.next() & 0xff;
    return out;
  }
  string(length: number, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.~'): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += alphabet[this.int(alphabet.length)];
    return out;
  }
  /** Text with the characters that break parsers: quotes, escapes, NUL, surrogates, emoji, RTL marks. */
  nastyString(max = 40): string {
    const pieces = ['', ' ', '"', "'", '\\', '\\u0000', '\u0000', '\n', '\r\n', '\t', '%', '%00', '%E0%A4%A', '../', '/', '{', '}', '[', ']', '$', '__proto__', 'constructor',
      '\ud800', '\udfff', '😀', '\u202e', 'null', 'undefined', 'NaN', '-0', '1e309', '<script>', 'é', '漢字', "'; drop table company; --", '*', '?', '#', '&', '='];
    let out = '';
    const count = this.size(max);
    for (let i = 0; i < count; i += 1) out += this.chance(0.5) ? this.pick(pieces) : this.string(this.range(1, 6));
    return out;
  }
  /** A random JSON-able value: every shape, nested. */
  json(depth = 3): unknown {
    const kind = this.int(depth <= 0 ? 6 : 9);
    switch (kind) {
      case 0: return null;
      case 1: return this.chance(0.5);
      case 2: return this.pick([0, -0, 1, -1, 0.5, 2 ** 31, -(2 ** 31), 2 ** 53, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e-308, this.int(1000), this.float() * 1e6]);
      case 3: return this.nastyString();
      case 4: return this.string(this.size(64));
      case 5: return this.pick(['', 'true', '0', '[]', '{}', 'null', randomUUIDFrom(this)]);
      case 6: return Array.from({ length: this.size(5) }, () => this.json(depth - 1));
      default: {
        const object: Record<string, unknown> = {};
        const keys = ['id', 'type', 'op', 'params', 'name', 'path', '__proto__', 'constructor', 'prototype', 'query', 'variables', 'data', 'filter', ''];
        for (let i = this.size(5); i > 0; i -= 1) object[this.chance(0.5) ? this.pick(keys) : this.nastyString(6)] = this.json(depth - 1);
        return object;
      }
    }
  }
}

function randomUUIDFrom(rng: Rng): string {
  const hex = rng.bytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** encodeURIComponent that takes lone surrogates too (as U+FFFD). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
}

function seedFor(phase: string): number {
  let hash = 2166136261;
  for (const char of phase) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return (SEED ^ hash) >>> 0;
}

/** A case's input for the failure message: printable, escaped, bounded. */
function show(input: string | Buffer, max = 1500): string {
  const text = typeof input === 'string' ? input : input.toString('latin1');
  const escaped = JSON.stringify(text.length > max ? `${text.slice(0, max)}…(${text.length} chars)` : text);
  return escaped;
}

// ---------------------------------------------------------------------------------------------------
// The phase runner: batches of cases, a health check after each, seed and case on failure
// ---------------------------------------------------------------------------------------------------

interface FuzzCase {
  /** The input, for the failure message. */
  input: string;
  run(): Promise<void>;
}

const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);
const stats = new Map<string, Map<string, number>>();
const note = (phase: string, key: string) => {
  const counts = stats.get(phase) ?? new Map<string, number>();
  counts.set(key, (counts.get(key) ?? 0) + 1);
  stats.set(phase, counts);
};

async function fuzzPhase(phase: string, options: { iterations: number; budgetMs: number; batch: number }, makeCase: (rng: Rng, index: number) => FuzzCase, healthy: () => Promise<void>) {
  const rng = new Rng(seedFor(phase));
  const iterations = Math.round(options.iterations * SCALE);
  // On an idle machine a phase ends at its iteration cap; on a loaded one, at its time budget (all budgets
  // add up to 16 s, so the file stays well under 40 s on 2 cores; setup takes most of the rest).
  const deadline = Date.now() + options.budgetMs * SCALE;
  let index = 0;
  while (index < iterations && Date.now() < deadline) {
    const cases: { index: number; fuzzCase: FuzzCase }[] = [];
    for (let i = 0; i < options.batch && index < iterations; i += 1, index += 1) cases.push({ index, fuzzCase: makeCase(rng, index) });
    const outcomes = await Promise.allSettled(cases.map(({ fuzzCase }) => fuzzCase.run()));
    const failed = outcomes.findIndex((outcome) => outcome.status === 'rejected');
    const replay = `FUZZ_SEED=${SEED}`;
    if (failed >= 0) {
      const { index: at, fuzzCase } = cases[failed];
      throw new Error(`[fuzz ${phase}] seed ${SEED} (${replay}), case #${at} failed: ${String((outcomes[failed] as PromiseRejectedResult).reason)}\ninput: ${fuzzCase.input}`);
    }
    try {
      await healthy();
      if (uncaught.length > 0) throw new Error(`uncaught exception or rejection: ${String(uncaught[0])}`);
    } catch (error) {
      throw new Error(`[fuzz ${phase}] seed ${SEED} (${replay}): the server did not answer the valid request after cases #${cases[0].index}-#${cases[cases.length - 1].index}: ${String(error)}\ninputs:\n${cases.map(({ index: at, fuzzCase }) => `#${at}: ${fuzzCase.input}`).join('\n')}`);
    }
  }
  note(phase, `cases run: ${index}`);
  return index;
}

// ---------------------------------------------------------------------------------------------------
// Raw HTTP over node:net
// ---------------------------------------------------------------------------------------------------

/**
 * Writes the chunks (with a pause between them), then waits for the server to answer or close: until
 * `quietMs` pass without a byte, or `maxMs` in all. Resolves with what came back, never rejects.
 */
function rawExchange(port: number, chunks: Buffer[], options: { endAfterWrite: boolean; quietMs?: number; firstByteMs?: number; maxMs?: number }): Promise<Buffer & { ending?: string }> {
  const quietMs = options.quietMs ?? 120;
  const firstByteMs = options.firstByteMs ?? quietMs;
  return new Promise((resolve) => {
    const socket = netConnect(port, '127.0.0.1');
    const received: Buffer[] = [];
    let done = false;
    let quiet: NodeJS.Timeout | undefined;
    const finish = (why: string | Error) => {
      if (done) return;
      done = true;
      clearTimeout(quiet);
      clearTimeout(overall);
      socket.destroy();
      resolve(Object.assign(Buffer.concat(received), { ending: typeof why === 'string' ? why : `error ${(why as NodeJS.ErrnoException).code ?? why.message}` }));
    };
    const overall = setTimeout(() => finish('max time'), options.maxMs ?? 1500);
    const arm = () => {
      clearTimeout(quiet);
      quiet = setTimeout(() => finish('quiet'), received.length > 0 ? quietMs : firstByteMs);
    };
    socket.on('data', (chunk) => {
      received.push(chunk);
      arm();
    });
    socket.on('error', finish);
    socket.on('close', () => finish('closed'));
    socket.on('connect', async () => {
      for (const [i, chunk] of chunks.entries()) {
        if (done) return;
        socket.write(chunk);
        if (i < chunks.length - 1) await new Promise((next) => setTimeout(next, 2));
      }
      if (options.endAfterWrite && !done) socket.end();
      arm();
    });
  });
}

/** The status of the first answer in raw bytes, or what else came back. */
function firstStatus(answer: Buffer): string {
  if (answer.length === 0) return 'no answer';
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(answer.subarray(0, 20).toString('latin1'));
  return match ? match[1] : 'not HTTP';
}

/** Splits bytes at random points (a slow or fragmenting client). */
function splitRandomly(rng: Rng, bytes: Buffer): Buffer[] {
  if (bytes.length < 2 || rng.chance(0.7)) return [bytes];
  const cuts = [...new Set(Array.from({ length: rng.range(1, 4) }, () => rng.range(1, bytes.length - 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(bytes.subarray(from, cut));
    from = cut;
  }
  parts.push(bytes.subarray(from));
  return parts;
}

interface HttpProfile {
  port: () => number;
  /** Request targets this server cares about. */
  paths: string[];
  /** Header lines that authenticate (cookie, Bearer); sent on most cases so the fuzz reaches past the check. */
  authHeaders: () => string[];
  /** Bodies worth sending to this server. */
  body: (rng: Rng) => string;
  /** A 5xx that is this server's designed answer (not a handler that threw). */
  allowed5xx?: (status: number, body: string) => boolean;
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE'];
const WEIRD_METHODS = ['CONNECT', 'PRI', 'get', 'Post', 'M-SEARCH', 'PROPFIND', 'SOURCE', 'PURGE', 'LINK', 'QUERY', 'G ET', '', 'GET\0', 'A'.repeat(300), '\u00ff\u00fe', '{"x":1}', 'GET /'];
const PERCENT_ESCAPES = ['%', '%2', '%zz', '%00', '%0a', '%0d%0a', '%E0%A4%A', '%C0%AE', '%C0%AF', '%ff', '%FE%FF', '%ED%A0%80', '%2e%2e', '%2E%2E%2F', '%252e', '%5c', '%2f', '%u002e', '%F0%9F%98%80', '%e2%80%ae'];
const CONTROL_BYTES = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\r', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ff'];

/** A request target: a path of the server mutated. Well formed: only bytes a request line may carry. */
function randomTarget(rng: Rng, profile: HttpProfile, port: number, wellFormed = false): string {
  let path = rng.chance(0.85) ? rng.pick(profile.paths) : rng.pick(['/', '//', '///x', '/./', '/../', '/..', '/\\evil', '/?', '/#x', '//127.0.0.1', '//evil.example/x', ...(wellFormed ? [] : ['', '*', '\\', '?', '#'])]);
  const nasty = (max: number) => (wellFormed ? percentEncode(rng.nastyString(max)) : rng.nastyString(max));
  const edits = rng.size(wellFormed ? 4 : 6);
  for (let i = 0; i < edits; i += 1) {
    switch (rng.int(wellFormed ? 10 : 13)) {
      case 0: path += `/${rng.string(rng.size(20))}`; break;
      case 1: path += rng.pick(PERCENT_ESCAPES); break;
      case 2: path = path.replace(/\//, '//'); break;
      case 3: path += rng.pick(['/..', '/../..', '/.', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/....//', '/..\\..\\']); break;
      case 4: path += `${path.includes('?') ? '&' : '?'}${Array.from({ length: rng.range(1, 4) }, () => `${rng.pick(['token', 'filter', 'limit', 'depth', 'order_by', 'starting_after', 'ending_before', 'upsert', 'soft_delete', 'x', ''])}=${percentEncode(rng.nastyString(12))}`).join('&')}`; break;
      case 5: path = `${rng.pick(['http://127.0.0.1:' + port, 'http://localhost:' + port, 'http://evil.example', 'https://127.0.0.1:' + port, 'http://[::1]:' + port, 'http://user:pass@127.0.0.1:' + port, 'ws://127.0.0.1:' + port, 'http://'])}${path.startsWith('/') ? path : `/${path}`}`; break;
      case 6: path += '/x'.repeat(rng.range(10, 3000)); break;
      case 7: path += rng.pick(['#frag', '?', '&&&', '?token', '?token=', ';jsessionid=1', '/%20', '/+']); break;
      case 8: path += `/${nasty(8)}`; break;
      case 9: path = rng.pick(['/' + '%41'.repeat(rng.range(100, 3000)), '/' + '%2F'.repeat(rng.range(10, 500)), path + '%'.repeat(rng.range(1, 5))]); break;
      case 10: path += rng.pick(CONTROL_BYTES); break;
      case 11: path += rng.bytes(rng.range(1, 8)).toString('latin1'); break;
      default: path = rng.pick(['127.0.0.1:' + port, 'localhost', '*', 'file://', `${path}  HTTP/1.1`, `${path} x`]); break;
    }
  }
  if (rng.chance(0.03)) path = `/${'a'.repeat(rng.pick([8 * 1024, 17 * 1024, 70 * 1024]))}`; // past Node's 16 KB header limit
  return path;
}

/** No CR, LF, NUL or other control byte: a header value llhttp accepts. */
const headerSafe = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, '?').replace(/[^\u0000-\u00ff]/g, '?');

function randomHeaderLines(rng: Rng, profile: HttpProfile, port: number, wellFormed: boolean): string[] {
  const lines: string[] = [];
  const value = (text: string) => (wellFormed ? headerSafe(text) : text);
  // Host: mostly right (so the request reaches the handler), sometimes wrong, missing or doubled.
  const host = rng.chance(0.85) ? `127.0.0.1:${port}` : rng.pick(['', 'evil.example', `localhost:${port}`, `127.0.0.1:${port + 1}`, `[::1]:${port}`, '127.0.0.1', 'a'.repeat(2000), `127.0.0.1:${port}, evil.example`, ':', '[', '[::1', ...(wellFormed ? [] : [`127.0.0.1:${port}\u0000`])]);
  if (rng.chance(0.95)) lines.push(`Host: ${host}`);
  else if (rng.chance(0.5)) lines.push(`Host: 127.0.0.1:${port}`, 'Host: evil.example');
  if (rng.chance(0.85)) lines.push(...profile.authHeaders());
  if (rng.chance(0.1)) lines.push(rng.pick(['Cookie: twenty_studio_token=', 'Cookie: ;;;=;', 'Authorization: Bearer', `Authorization: Bearer ${value(rng.nastyString(20))}`, 'Authorization: Basic Zm9vOmJhcg==', `Cookie: twenty_studio_token=${rng.string(48)}`]));
  if (rng.chance(0.3)) lines.push(`Content-Type: ${value(rng.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql', '', 'application/json; charset=utf-16', rng.nastyString(10)]))}`);
  if (rng.chance(0.15)) lines.push(`Origin: ${value(rng.pick([`http://127.0.0.1:${port}`, 'null', 'https://evil.example', '', 'http://[', rng.nastyString(10)]))}`);
  if (rng.chance(0.1)) lines.push(`Sec-Fetch-Site: ${value(rng.pick(['cross-site', 'same-origin', 'none', rng.nastyString(5)]))}`);
  if (rng.chance(0.05)) lines.push(`Expect: ${rng.pick(['100-continue', 'nonsense'])}`);
  if (rng.chance(0.1)) {
    lines.push('Upgrade: websocket', 'Connection: Upgrade');
    if (rng.chance(0.7)) lines.push(`Sec-WebSocket-Key: ${value(rng.pick(['dGhlIHNhbXBsZSBub25jZQ==', '', 'short', rng.bytes(16).toString('base64'), rng.nastyString(10)]))}`);
    if (rng.chance(0.7)) lines.push(`Sec-WebSocket-Version: ${rng.pick(['13', '8', '', '99', 'x'])}`);
    if (rng.chance(0.2)) lines.push(`Sec-WebSocket-Extensions: ${value(rng.pick(['permessage-deflate', 'permessage-deflate; client_max_window_bits=99', ';;;', rng.nastyString(10)]))}`);
    if (rng.chance(0.2)) lines.push(`Sec-WebSocket-Protocol: ${value(rng.nastyString(10))}`);
  }
  if (rng.chance(0.2)) lines.push(`X-${rng.string(rng.range(1, 10))}: ${headerSafe(rng.nastyString(20))}`);
  if (rng.chance(0.05)) lines.push(`X-Big: ${'v'.repeat(rng.pick([100, 4000, 20000]))}`);
  if (wellFormed) return lines;
  const junk = rng.range(1, 4);
  for (let i = 0; i < junk; i += 1) {
    switch (rng.int(9)) {
      case 0: lines.push(`X-${rng.string(rng.range(1, 10))}: ${rng.nastyString(20)}`); break;
      case 1: lines.push(`${rng.string(5)}`); break; // no colon
      case 2: lines.push(`X-Space : value`); break;
      case 3: lines.push(`X-Ctl: a${rng.pick(CONTROL_BYTES)}b`); break;
      case 4: lines.push(` folded continuation`); break; // obs-fold
      case 5: lines.push(`${rng.pick(['(', ')', '<', '@', '"', '{', 'é', '\u0000'])}Name: x`); break;
      case 6: lines.push(`: empty-name`); break;
      case 7: lines.push(rng.bytes(rng.range(1, 30)).toString('latin1')); break;
      default: lines.push(`Connection: ${rng.pick(['close', 'keep-alive', 'upgrade', 'TE', ''])}`); break;
    }
  }
  return lines;
}

/** Body and its framing headers: right, lying, duplicated, chunked (well or badly), truncated. */
function randomFraming(rng: Rng, profile: HttpProfile, wellFormed: boolean): { headers: string[]; body: Buffer; complete: boolean } {
  const text = rng.chance(0.85) ? profile.body(rng) : '';
  const body = rng.chance(0.1) ? rng.bytes(rng.size(2000)) : Buffer.from(text);
  const length = body.length;
  const chunked = () => {
    const count = rng.range(1, 3);
    const parts = Array.from({ length: count }, (_, i) => body.subarray(Math.floor((i * length) / count), Math.floor(((i + 1) * length) / count)));
    return Buffer.concat([...parts.filter((part) => part.length > 0).map((part) => Buffer.concat([Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from('\r\n')])), Buffer.from('0\r\n\r\n')]);
  };
  if (wellFormed) {
    switch (rng.int(8)) {
      case 0: return { headers: [], body: Buffer.alloc(0), complete: true };
      case 1: return { headers: ['Transfer-Encoding: chunked'], body: chunked(), complete: true };
      case 2: return { headers: [`Content-Length: ${length + rng.range(1, 500)}`], body, complete: false }; // truncated body: the server waits
      default: return { headers: [`Content-Length: ${length}`], body, complete: true };
    }
  }
  switch (rng.int(8)) {
    case 0: return { headers: [`Content-Length: ${Math.max(0, length - rng.range(1, 10))}`], body, complete: false }; // the rest is a pipelined "request"
    case 1: return { headers: [`Content-Length: ${rng.pick(['-1', 'abc', '1e3', '0x10', '', ' 5', '5 5', '99999999999999999999', '18446744073709551616', '+5', '5,5'])}`], body, complete: false };
    case 2: return { headers: [`Content-Length: ${length}`, `Content-Length: ${length + 1}`], body, complete: false };
    case 3: return { headers: [`Content-Length: ${length}`, 'Transfer-Encoding: chunked'], body, complete: false };
    case 4: return { headers: ['Transfer-Encoding: chunked'], body: Buffer.concat([Buffer.from(`${rng.pick(['zz', '-1', 'fffffffffffffffff', '', '1;ext=' + rng.nastyString(5), (length + 3).toString(16)])}\r\n`), body, Buffer.from(rng.pick(['\r\n0\r\n\r\n', '', '\r\n', '0\r\n']))]), complete: false };
    case 5: return { headers: [`Transfer-Encoding: ${rng.pick(['gzip', 'chunked, gzip', 'identity', 'chunked\u0000', 'xchunked', 'chunked, chunked'])}`], body, complete: false };
    case 6: return { headers: ['Transfer-Encoding: chunked'], body: Buffer.from(`${'1\r\na\r\n'.repeat(rng.range(1, 200))}`), complete: false }; // never terminated
    default: return { headers: [`Content-Length: ${length}`], body, complete: false };
  }
}

/**
 * Half the requests are well formed (a valid request line and headers, right framing: they reach the
 * handler with odd targets, hosts, credentials and bodies), half are malformed anywhere.
 */
function randomRawRequest(rng: Rng, profile: HttpProfile): { bytes: Buffer; endAfterWrite: boolean; complete: boolean } {
  const port = profile.port();
  const wellFormed = rng.chance(0.5);
  if (!wellFormed && rng.chance(0.08)) return { bytes: rng.bytes(rng.size(3000)), endAfterWrite: rng.chance(0.5), complete: false }; // not HTTP at all
  if (!wellFormed && rng.chance(0.04)) return { bytes: Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'), endAfterWrite: false, complete: false }; // h2 preface
  const method = wellFormed || rng.chance(0.7) ? rng.pick(METHODS) : rng.pick(WEIRD_METHODS);
  const version = wellFormed || rng.chance(0.8) ? rng.pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0']) : rng.pick(['HTTP/2.0', 'HTTP/0.9', 'HTTP/9.9', 'HTTPS/1.1', 'http/1.1', '', 'HTTP/1.1 x', 'HTTP/1', 'HTTP/1.10']);
  const separator = wellFormed || rng.chance(0.8) ? ' ' : rng.pick(['  ', '\t', '', '\u0000']);
  const eol = wellFormed || rng.chance(0.8) ? '\r\n' : rng.pick(['\n', '\r', '\r\r\n', '\n\r']);
  const framing = randomFraming(rng, profile, wellFormed);
  const lines = [...randomHeaderLines(rng, profile, port, wellFormed), ...framing.headers];
  if (rng.chance(0.7)) lines.push('Connection: close');
  const head = `${method}${separator}${randomTarget(rng, profile, port, wellFormed)}${separator}${version}${eol}${lines.join(eol)}${eol}${eol}`;
  let bytes = Buffer.concat([Buffer.from(head, 'latin1'), framing.body]);
  if (!wellFormed && rng.chance(0.15)) bytes = bytes.subarray(0, rng.int(bytes.length)); // cut anywhere, head included
  if (rng.chance(0.05)) bytes = Buffer.concat([bytes, Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`)]); // pipelined
  return { bytes, endAfterWrite: rng.chance(0.3), complete: wellFormed && framing.complete };
}

function rawHttpCase(rng: Rng, profile: HttpProfile, phase: string): FuzzCase {
  const { bytes, endAfterWrite, complete } = randomRawRequest(rng, profile);
  const chunks = splitRandomly(rng, bytes);
  return {
    input: `${show(bytes)} (${chunks.length} writes${endAfterWrite ? ', then FIN' : ''}${complete ? ', well formed' : ''})`,
    run: async () => {
      // A well-formed, complete request gets an answer (or a close) within 4 s, or the server hangs.
      const answer = await rawExchange(profile.port(), chunks, { endAfterWrite, firstByteMs: complete ? 4000 : 120, maxMs: complete ? 5000 : 1500 });
      const status = firstStatus(answer);
      note(phase, `${complete ? 'well formed' : 'malformed'}: ${status}`);
      if (process.env.FUZZ_VERBOSE && complete && status === 'no answer') note(phase, `NOANSWER ${answer.ending} ${show(bytes, 300)}`);
      // A handler that threw is caught as a 500 (the process stays up), but no input should make one throw.
      if (status.startsWith('5') && !(profile.allowed5xx?.(Number(status), answer.toString('utf8').split('\r\n\r\n').slice(1).join('\r\n\r\n')) ?? false)) {
        throw new Error(`answered ${status}: ${show(answer.subarray(0, 300))}`);
      }
      // Whatever came back must be HTTP (a 101 is followed by frames, which is fine).
      if (status === 'not HTTP') throw new Error(`answered with something other than HTTP: ${show(answer.subarray(0, 200))}`);
      if (complete && status === 'no answer' && (answer.ending === 'quiet' || answer.ending === 'max time')) throw new Error(`no answer within 4 s to a complete request (hang), ended by ${answer.ending}`);
    },
  };
}

/** fetch with a deadline: an answer must come (any status), or the server hangs. Client-side refusals are skipped. */
async function fetchCase(phase: string, url: string, init: RequestInit, allowed5xx: (status: number, body: string) => boolean = () => false): Promise<Response | null> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(8000) });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') throw new Error(`no answer within 8 s (hang): ${init.method ?? 'GET'} ${url}`);
    // undici refuses the input itself (bad method, header or URL), or the server closed the socket.
    note(phase, `client-side: ${(error as Error).name}`);
    return null;
  }
  note(phase, String(response.status));
  if (response.status >= 500) {
    const body = await response.text();
    if (!allowed5xx(response.status, body)) throw new Error(`answered ${response.status} (a handler threw): ${body.slice(0, 300)}`);
    return null;
  }
  return response;
}

// ---------------------------------------------------------------------------------------------------
// WebSocket frames and contract envelopes
// ---------------------------------------------------------------------------------------------------

/** Operations that only read: they may run with params that pass their schema. Everything else gets refused params. */
const SAFE_OPERATIONS = new Set([
  'app.current', 'app.recent', 'app.completePath', 'file.read', 'session.get', 'run.live', 'run.history', 'run.get', 'run.logs', 'run.payload', 'variables.list',
  'target.get', 'run.settings.get', 'studio.info', 'routes.server.status', 'payload.objects', 'payload.template', 'payload.validate', 'payload.saved.list',
  'payload.saved.read', 'payload.recent', 'payload.export',
]);
const OPERATION_NAMES = Object.keys(operations) as (keyof typeof operations)[];
const FAKE_OPERATIONS = ['', ' ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'app', 'app.', '.open', 'APP.OPEN', 'app.open\u0000', 'file.read ', 'run.start.', 'x'.repeat(5000), '😀'];

/** Params a handler of `op` would accept, mostly near misses: the right keys with random values, or a known-good shape. */
function randomParams(rng: Rng, op: string): unknown {
  const keys = ['path', 'appDir', 'prefix', 'runId', 'universalIdentifier', 'payload', 'content', 'name', 'newName', 'kind', 'request', 'values', 'clear', 'remote', 'port', 'limit', 'status', 'trigger', 'baseVersion', 'force', 'functionFolder'];
  switch (rng.int(6)) {
    case 0: return rng.json(3);
    case 1: return undefined;
    case 2: return {};
    case 3: {
      const params: Record<string, unknown> = {};
      for (let i = rng.range(1, 4); i > 0; i -= 1) params[rng.pick(keys)] = rng.chance(0.5) ? rng.nastyString(30) : rng.json(2);
      return params;
    }
    case 4: {
      // Plausible values for the safe read operations.
      if (op === 'file.read') return { path: rng.pick(['src/logic-functions/hello.ts', 'package.json', '../../etc/passwd', '/etc/passwd', 'node_modules/twenty-sdk/package.json', '.', 'src', 'src/../../x', '\u0000', rng.nastyString(20)]) };
      if (op === 'app.completePath') return { prefix: rng.pick(['', '/', '/tmp/', '~', '.', '..', '/proc/self/', '\u0000', 'C:\\', rng.nastyString(20)]) };
      if (op === 'payload.export') return rng.chance(0.5) ? { kind: 'exec', universalIdentifier: rng.nastyString(10), payload: rng.json(2) } : { kind: 'curl', request: { method: rng.pick(['GET', 'POST', 'X']), url: `/s/${rng.nastyString(10)}`, headers: [], body: rng.nastyString(10) } };
      return { universalIdentifier: rng.chance(0.5) ? randomUUIDFrom(rng) : rng.nastyString(20), runId: rng.nastyString(10), payload: rng.json(2) };
    }
    default: return rng.pick([null, 0, 'x', [], [{}], true, { '': null }, { __proto__: { polluted: true } }, JSON.parse('{"__proto__":{"polluted":true}}')]);
  }
}

/** Whether the dispatcher would run `op` with these params (the transport sends `params ?? {}`). */
function wouldRun(op: string, params: unknown): boolean {
  if (!Object.prototype.hasOwnProperty.call(operations, op)) return false;
  return operations[op as keyof typeof operations].params.safeParse(params ?? {}).success;
}

const REFUSED_PARAMS = [42, 'params', [], [1, 2], true, { __unknown__: 1, path: 5, appDir: 5, universalIdentifier: 5, kind: 5 }];

/** A random envelope (as an object, or raw text when it is not even an object). Never one that starts long work. */
function randomEnvelope(rng: Rng, ids: { next: number }): { text: string; value: unknown } {
  if (rng.chance(0.08)) {
    const text = rng.pick([rng.nastyString(40), '', '[]', 'null', '"request"', '1', '{', '{"type":"request"', rng.bytes(rng.size(100)).toString('latin1'), '{"type":"request","id":1,"op":"app.current","params":{}}'.slice(0, rng.int(55))]);
    return { text, value: undefined };
  }
  const op = rng.chance(0.8) ? rng.pick(OPERATION_NAMES) : rng.pick(FAKE_OPERATIONS);
  let params = randomParams(rng, op);
  if (!SAFE_OPERATIONS.has(op) && wouldRun(op, params)) {
    params = REFUSED_PARAMS.find((candidate) => !wouldRun(op, candidate));
    if (params === undefined) throw new Error(`no refused params for ${op}: add one to REFUSED_PARAMS`);
  }
  const envelope: Record<string, unknown> = { type: 'request', id: (ids.next += 1), op, params };
  // Break the envelope now and then: a wrong type, a bad or missing id, no op, extra keys.
  switch (rng.int(16)) {
    case 0: envelope.type = rng.pick(['response', 'event', '', null, 1, 'REQUEST']); break;
    case 1: envelope.id = rng.pick([1.5, -1, '7', null, NaN, 2 ** 53 + 2, 1e300, -0, [], {}]); break;
    case 2: delete envelope.id; break;
    case 3: delete envelope.op; break;
    case 4: envelope.op = rng.pick([1, null, {}, ['app.current']]); break;
    case 5: delete envelope.params; break;
    case 6: Object.defineProperty(envelope, rng.pick(['__proto__', 'extra', 'result', 'error', 'constructor']), { value: rng.json(2), enumerable: true }); break;
    default: break;
  }
  // Judge what the server will parse, not this object (an inherited key, an undefined value vanish in JSON):
  // a broken envelope can still be a request (no params is `{}`), and then it gets refused params too.
  const sent = JSON.parse(JSON.stringify(envelope)) as Record<string, unknown>;
  if (typeof sent.op === 'string' && !SAFE_OPERATIONS.has(sent.op) && wireRequestSchema.safeParse(sent).success && wouldRun(sent.op, sent.params)) {
    const op = sent.op;
    envelope.params = REFUSED_PARAMS.find((candidate) => !wouldRun(op, JSON.parse(JSON.stringify(candidate))));
    if (envelope.params === undefined) throw new Error(`no refused params for ${op}: add one to REFUSED_PARAMS`);
  }
  const text = JSON.stringify(envelope);
  const final = JSON.parse(text) as Record<string, unknown>;
  if (typeof final.op === 'string' && !SAFE_OPERATIONS.has(final.op) && wireRequestSchema.safeParse(final).success && wouldRun(final.op, final.params)) {
    throw new Error(`generator bug: ${text} would run ${final.op}`);
  }
  return { text, value: envelope };
}

/** What the server must do with an envelope: answer with this id, or close the socket (1007). */
function expectedReply(text: string): { kind: 'response'; id: number } | { kind: 'close' } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'close' };
  }
  const parsed = wireRequestSchema.safeParse(value);
  if (parsed.success) return { kind: 'response', id: parsed.data.id };
  const id = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'number' && Number.isInteger(id) ? { kind: 'response', id } : { kind: 'close' };
}

/** One WebSocket frame as bytes: every header field random, mostly well formed. */
function randomFrame(rng: Rng, payloadText: () => string): Buffer {
  const opcode = rng.chance(0.75) ? rng.pick([0x1, 0x1, 0x2, 0x0, 0x8, 0x9, 0xa]) : rng.int(16);
  let payload: Buffer;
  switch (rng.int(8)) {
    case 0: payload = rng.bytes(rng.size(300)); break;
    case 1: payload = Buffer.from(rng.pick([[0xc3, 0x28], [0xe0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xc0, 0xaf], [0xe2, 0x82]])); break;
    case 2: payload = opcode === 0x8 ? Buffer.concat([Buffer.from([rng.int(256), rng.int(256)]), rng.bytes(rng.size(10))]) : Buffer.alloc(0); break;
    case 3: payload = Buffer.alloc(rng.pick([126, 200, 70_000])); break; // oversized control frames, 16-bit lengths
    default: payload = Buffer.from(payloadText()); break;
  }
  const fin = rng.chance(0.85) ? 0x80 : 0;
  const rsv = rng.chance(0.9) ? 0 : rng.pick([0x40, 0x20, 0x10, 0x70]);
  const masked = rng.chance(0.92);
  let declared = payload.length;
  if (rng.chance(0.08)) declared = rng.pick([payload.length + rng.range(1, 50), Math.max(0, payload.length - rng.range(1, 5)), 65 * 1024 * 1024, 2 ** 32, 2 ** 53 - 1]);
  let lengthBytes: Buffer;
  const nonMinimal = rng.chance(0.05);
  if (declared < 126 && !nonMinimal) lengthBytes = Buffer.from([declared]);
  else if (declared < 65536 && (!nonMinimal || rng.chance(0.5))) lengthBytes = Buffer.from([126, declared >> 8, declared & 0xff]);
  else {
    lengthBytes = Buffer.alloc(9);
    lengthBytes[0] = 127;
    lengthBytes.writeBigUInt64BE(rng.chance(0.05) ? 0x8000000000000000n : BigInt(declared), 1);
  }
  lengthBytes[0] |= masked ? 0x80 : 0;
  const mask = rng.bytes(4);
  const body = masked ? Buffer.from(payload.map((byte, index) => byte ^ mask[index % 4])) : payload;
  return Buffer.concat([Buffer.from([fin | rsv | opcode]), lengthBytes, masked ? mask : Buffer.alloc(0), body]);
}

// ---------------------------------------------------------------------------------------------------
// GraphQL and REST inputs for the workspace
// ---------------------------------------------------------------------------------------------------

function randomValueLiteral(rng: Rng, type: GraphQLInputType, depth: number): string {
  if (rng.chance(0.08)) return rng.pick(['null', '"x"', '1', '1.5', 'true', '[]', '{}', 'NOPE', '$undefinedVar', JSON.stringify(rng.nastyString(10)), '-99999999999999999999', '1e400']);
  if (isNonNullType(type)) return randomValueLiteral(rng, type.ofType, depth);
  if (isListType(type)) return `[${Array.from({ length: rng.size(3) }, () => randomValueLiteral(rng, type.ofType, depth - 1)).join(', ')}]`;
  if (isEnumType(type)) return rng.chance(0.9) ? rng.pick(type.getValues()).name : rng.string(6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_');
  if (isInputObjectType(type)) {
    if (depth <= 0) return '{}';
    const fields = Object.values(type.getFields());
    const chosen = Array.from({ length: rng.size(Math.min(4, fields.length)) }, () => rng.pick(fields));
    return `{ ${[...new Set(chosen)].map((field) => `${field.name}: ${randomValueLiteral(rng, field.type, depth - 1)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int': return String(rng.pick([0, 1, -1, 5, 60, 2 ** 31 - 1, -(2 ** 31), rng.int(100)]));
      case 'Float': case 'BigFloat': case 'Position': return String(rng.pick([0, 1.5, -1e10, 1e300, rng.float() * 100]));
      case 'Boolean': return rng.pick(['true', 'false']);
      case 'UUID': case 'ID': return JSON.stringify(rng.chance(0.7) ? randomUUIDFrom(rng) : rng.nastyString(10));
      case 'DateTime': case 'Date': return JSON.stringify(rng.pick([new Date(rng.int(2 ** 31) * 1000).toISOString(), '2024-02-30', 'yesterday', '', '9999-99-99T99:99:99Z']));
      case 'JSON': case 'RawJSONScalar': return JSON.stringify(JSON.stringify(rng.json(2)));
      default: return JSON.stringify(rng.nastyString(20));
    }
  }
  return 'null';
}

function randomSelection(rng: Rng, type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields());
  const chosen = new Set<GraphQLField<unknown, unknown>>();
  for (let i = rng.range(1, 4); i > 0; i -= 1) chosen.add(rng.pick(fields));
  const parts = [...chosen].map((field) => {
    const alias = rng.chance(0.1) ? `${rng.string(4, 'abcdefgh')}: ` : '';
    const args = field.args.length > 0 && rng.chance(0.5)
      ? `(${[...new Set(Array.from({ length: rng.range(1, 3) }, () => rng.pick(field.args)))].map((arg) => `${arg.name}: ${randomValueLiteral(rng, arg.type, 3)}`).join(', ')})`
      : '';
    const named = getNamedType(field.type);
    const sub = isObjectType(named) ? (depth > 0 ? ` { ${randomSelection(rng, named, depth - 1)} }` : ' { __typename }') : '';
    return `${alias}${field.name}${args}${sub}`;
  });
  if (rng.chance(0.1)) parts.push(rng.pick(['__typename', 'notAField', '... on Query { __typename }', '...Missing', `__typename @include(if: ${rng.pick(['true', 'false', '$flag'])})`]));
  return parts.join(' ');
}

/** A GraphQL query: schema-shaped (queries and mutations of the real schema, random args), mangled, or garbage. */
function randomGraphqlQuery(rng: Rng, schema: GraphQLSchema): string {
  const roll = rng.float();
  if (roll < 0.55) {
    const root = rng.chance(0.8) ? schema.getQueryType()! : schema.getMutationType()!;
    const keyword = root === schema.getQueryType() ? 'query' : 'mutation';
    const body = randomSelection(rng, root, 2);
    const name = rng.chance(0.3) ? ` Fuzz${rng.int(1000)}` : '';
    const variables = rng.chance(0.1) ? '($flag: Boolean, $x: String)' : '';
    return rng.chance(0.2) && keyword === 'query' && !name && !variables ? `{ ${body} }` : `${keyword}${name}${variables} { ${body} }`;
  }
  if (roll < 0.8) {
    // A valid-looking query, mangled: a character dropped, punctuation inserted, a piece repeated.
    let text = `query { companies(first: 3) { totalCount edges { node { id name } } } }`;
    for (let i = rng.range(1, 4); i > 0; i -= 1) {
      const at = rng.int(text.length);
      switch (rng.int(4)) {
        case 0: text = text.slice(0, at) + text.slice(at + 1); break;
        case 1: text = text.slice(0, at) + rng.pick(['{', '}', '(', ')', ':', '$', '@', '"', '...', '#', '\\', '\u0000', '!', '[', ']', '=', '|', '&']) + text.slice(at); break;
        case 2: text = text.slice(0, at) + text.slice(at, at + rng.range(1, 20)).repeat(rng.range(2, 30)) + text.slice(at); break;
        default: text = text.slice(0, at) + rng.nastyString(5) + text.slice(at); break;
      }
    }
    return text;
  }
  switch (rng.int(7)) {
    case 0: return rng.nastyString(200);
    case 1: return `${'{'.repeat(rng.pick([100, 2000, 20000]))}${'}'.repeat(rng.int(50))}`; // deep nesting
    case 2: return `{ ${'companies { totalCount } '.repeat(rng.range(2, 200))}}`; // repeated fields (overlap checks)
    case 3: return `{ ${Array.from({ length: rng.range(2, 100) }, (_, i) => `a${i}: companies(first: ${i}) { totalCount }`).join(' ')} }`; // many aliases
    case 4: return `query Q($v: ${rng.pick(['String', 'Int!', '[UUID!]!', 'CompanyFilterInput', 'Nope'])}) { companies(filter: { id: { eq: $v } }) { totalCount } }`;
    case 5: return `fragment F on Query { ...F } { ...F }`; // a fragment cycle
    default: return rng.bytes(rng.size(500)).toString('utf8');
  }
}

function randomRestFilter(rng: Rng): string {
  const field = () => rng.pick(['name', 'id', 'createdAt', 'employees', 'address.addressCity', 'domainName.primaryLinkUrl', 'deletedAt', 'nope', 'a.b.c.d', '', rng.nastyString(6)]);
  const op = () => rng.pick(['eq', 'neq', 'in', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'is', 'startsWith', 'containsAny', 'nope', '']);
  const value = () => rng.pick(['"Acme"', "'x'", '1', '-1.5', 'true', 'NULL', 'NOT_NULL', '[1,2]', '["a","b"]', '[', '"unterminated', rng.nastyString(10)]);
  const leaf = () => `${field()}[${op()}]:${value()}`;
  const node = (depth: number): string => (depth <= 0 || rng.chance(0.5) ? leaf() : `${rng.pick(['and', 'or', 'not', 'xor'])}(${Array.from({ length: rng.range(0, 3) }, () => node(depth - 1)).join(',')})`);
  return rng.chance(0.9) ? node(3) : rng.pick(['((((', ')', 'and(', 'not(a[eq]:1,b[eq]:2)', '[eq]:1', 'name[eq]', `${'and('.repeat(2000)}a[eq]:1${')'.repeat(2000)}`]);
}

// ---------------------------------------------------------------------------------------------------
// The servers
// ---------------------------------------------------------------------------------------------------

let app: TempApp;
let dataDir: string;
let rendererDir: string;
let studio: Studio;
let browser: BrowserServer;
let cookie: string;
let routePort: number;
let temp: TempWorkspace;
let workspace: WorkspaceServer;
let workspaceToken: string;
let graphqlSchema: GraphQLSchema;

async function browserHealthy(): Promise<void> {
  const page = await fetch(`http://127.0.0.1:${browser.port}/`, { headers: { cookie }, signal: AbortSignal.timeout(5000) });
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<title>studio</title>');
}

/** The WebSocket channel still works: a fresh client gets `studio.info` answered. */
async function browserWsHealthy(): Promise<void> {
  await browserHealthy();
  const ws = new WebSocket(`ws://127.0.0.1:${browser.port}/ws`, { headers: { cookie } });
  try {
    const answer = await new Promise<{ id: number; ok: boolean; result?: { mode?: string } }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer to studio.info within 5 s')), 5000);
      ws.once('error', reject);
      ws.on('message', (data) => {
        const message = JSON.parse(data.toString());
        if (message.type === 'response') {
          clearTimeout(timer);
          resolve(message);
        }
      });
      ws.once('open', () => ws.send(JSON.stringify({ type: 'request', id: 1, op: 'studio.info', params: {} })));
    });
    expect(answer).toMatchObject({ id: 1, ok: true, result: { mode: 'browser' } });
  } finally {
    ws.terminate();
  }
}

async function routeHealthy(): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${routePort}/s/__fuzz_health_${randomUUID()}`, { signal: AbortSignal.timeout(5000) });
  expect(response.status).toBe(404);
  expect(response.headers.get('content-type')).toMatch(/json/);
  expect(await response.json()).toMatchObject({ statusCode: 404 });
}

async function workspaceHealthy(): Promise<void> {
  const response = await fetch(`${workspace.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${workspaceToken}` },
    body: JSON.stringify({ query: '{ companies { totalCount } }' }),
    signal: AbortSignal.timeout(5000),
  });
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(body.errors).toBeUndefined();
  expect(typeof body.data.companies.totalCount).toBe('number');
}

beforeAll(async () => {
  process.on('uncaughtExceptionMonitor', onUncaught);
  process.on('unhandledRejection', onUncaught);
  app = await copyFixtureApp('basic-app');
  dataDir = await mkdtemp(join(tmpdir(), 'studio-fuzz-data-'));
  rendererDir = await mkdtemp(join(tmpdir(), 'studio-fuzz-renderer-'));
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>studio</title>');
  await writeFile(join(rendererDir, 'app.js'), 'export {};');
  // A renderer file that exists but fails to read (as one deleted by a rebuild between stat and open):
  // reading /proc/self/mem at offset 0 fails with EIO, even for root.
  if (process.platform === 'linux') await symlink('/proc/self/mem', join(rendererDir, 'unreadable.js'));
  studio = new Studio({ userDataDir: dataDir, mode: 'browser', version: '0.0.0-fuzz', prespawnRuns: 0 });
  // The workspace (PGlite) takes seconds to open: meanwhile the app opens and the servers start.
  const warm = (async () => {
    await studio.openApp(app.dir);
    browser = await startBrowserServer(studio, { rendererDir });
    const first = await fetch(browser.url, { redirect: 'manual' });
    cookie = (first.headers.get('set-cookie') ?? '').split(';')[0];
    routePort = (await studio.handlers['routes.server.start']({})).port!;
  })();
  [temp] = await Promise.all([openTempWorkspace(), warm]);
  studio.onEvent((event) => {
    if (event === 'run.started') note('studio', 'function runs started');
  });
  workspace = new WorkspaceServer({ workspace: () => temp.workspace, metadata: async () => ({ data: null }) });
  await workspace.start();
  workspaceToken = workspace.issueToken({ runId: null, actor: TEST_ACTOR, label: 'fuzz' });
  const introspection = await fetch(`${workspace.url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${workspaceToken}` }, body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  graphqlSchema = buildClientSchema(((await introspection.json()) as { data: IntrospectionQuery }).data);
}, 60_000);

afterAll(async () => {
  process.off('uncaughtExceptionMonitor', onUncaught);
  process.off('unhandledRejection', onUncaught);
  await workspace?.stop();
  await temp?.cleanup();
  await studio?.handlers['routes.server.stop']({}).catch(() => undefined);
  await browser?.close();
  await studio?.dispose();
  await app?.cleanup();
  for (const dir of [dataDir, rendererDir]) if (dir) await rm(dir, { recursive: true, force: true });
  // The counts per phase (statuses, envelope outcomes) show what the fuzz reached; FUZZ_VERBOSE=1 prints them.
  const cases = [...stats].map(([phase, counts]) => `${phase} ${[...counts].find(([key]) => key.startsWith('cases run'))?.[0].replace('cases run: ', '') ?? ''}`.trim());
  console.log(`fuzz seed ${SEED}, scale ${SCALE}: ${cases.join(', ')}`);
  if (process.env.FUZZ_VERBOSE) console.log([...stats].map(([phase, counts]) => `${phase}: ${[...counts].map(([key, count]) => `${key} ×${count}`).join(' | ')}`).join('\n'));
});

const PHASE_TIMEOUT = 60_000;
/** Envelopes go one at a time on the socket: each case chains on this. */
let sequence: Promise<void> = Promise.resolve();

describe(`fuzz: browser-mode server (seed ${SEED})`, () => {
  const profile: HttpProfile = {
    port: () => browser.port,
    paths: ['/', '/index.html', '/app.js', '/unreadable.js', '/ws', '/missing.css', '/?token=', `/assets/${'x'.repeat(10)}.js`, '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/index.html/..', '/favicon.ico'],
    authHeaders: () => [`Cookie: ${cookie}`],
    body: (rng) => (rng.chance(0.5) ? JSON.stringify(rng.json(3)) : rng.nastyString(100)),
  };

  it('raw HTTP requests over TCP', async () => {
    await fuzzPhase('browser/raw-http', { iterations: 400, budgetMs: 2500, batch: 16 }, (rng) => rawHttpCase(rng, profile, 'browser/raw-http'), browserHealthy);
  }, PHASE_TIMEOUT);

  it('fetch with random methods, paths, headers and bodies', async () => {
    await fuzzPhase('browser/fetch', { iterations: 200, budgetMs: 1200, batch: 10 }, (rng) => {
      const method = rng.pick([...METHODS.filter((m) => m !== 'TRACE'), 'PROPFIND', 'get']);
      const path = randomTarget(rng, profile, browser.port, rng.chance(0.6)).replace(/^https?:\/\/[^/]*/, '');
      const url = `http://127.0.0.1:${browser.port}${path.startsWith('/') ? path : `/${path}`}`;
      const headers: Record<string, string> = rng.chance(0.85) ? { cookie } : {};
      if (rng.chance(0.2)) headers[rng.pick(['origin', 'x-forwarded-host', 'range', 'if-none-match', 'accept-encoding'])] = rng.nastyString(10);
      const body = method === 'GET' || method === 'HEAD' || method === 'get' ? undefined : profile.body(rng);
      return { input: `${method} ${show(url)} ${JSON.stringify(headers)} ${show(body ?? '')}`, run: async () => void (await (await fetchCase('browser/fetch', url, { method, headers, body }))?.arrayBuffer()) };
    }, browserHealthy);
  }, PHASE_TIMEOUT);

  it('raw WebSocket frames after a valid upgrade', async () => {
    const upgrade = () => Buffer.from(`GET /ws HTTP/1.1\r\nHost: 127.0.0.1:${browser.port}\r\nCookie: ${cookie}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
    await fuzzPhase('browser/ws-frames', { iterations: 300, budgetMs: 3000, batch: 12 }, (rng) => {
      const ids = { next: 1_000_000 };
      const frames = Array.from({ length: rng.range(1, 6) }, () => randomFrame(rng, () => randomEnvelope(rng, ids).text));
      const chunks = [upgrade(), ...frames.flatMap((frame) => splitRandomly(rng, frame))];
      const endAfterWrite = rng.chance(0.3);
      return {
        input: `${frames.map((frame) => frame.toString('hex').slice(0, 400)).join(' | ')}${endAfterWrite ? ' then FIN' : ''}`,
        run: async () => {
          // The 101 must come (a loaded machine may take a while); after it, 100 ms of quiet ends the case.
          const answer = await rawExchange(browser.port, chunks, { endAfterWrite, quietMs: 100, firstByteMs: 4000, maxMs: 5000 });
          const status = firstStatus(answer);
          note('browser/ws-frames', `${status} (${answer.ending})`);
          // The 101, or a reset before it arrived: a frame the server refuses makes it drop the connection, and
          // when the client has more bytes in flight (a 70 KB ping) the drop is a RST that discards the 101.
          if (!(status === '101' || (status === 'no answer' && /^error (ECONNRESET|EPIPE)$/.test(answer.ending ?? '')))) {
            throw new Error(`expected the 101 (or a reset), got ${status} (${answer.ending}): ${show(answer.subarray(0, 200))}`);
          }
        },
      };
    }, browserWsHealthy);
  }, PHASE_TIMEOUT);

  it.skipIf(process.platform !== 'linux')('a renderer file that fails to read cuts its answer off, and the server stays up', async () => {
    // Before the fix the read stream's EIO was an uncaught 'error' event (the process ends) and the answer hung.
    await expect((async () => {
      const response = await fetch(`http://127.0.0.1:${browser.port}/unreadable.js`, { headers: { cookie }, signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
    })()).rejects.toThrow(/fetch failed|terminated|other side closed/);
    await browserHealthy();
    expect(uncaught).toEqual([]);
  });

  it('contract envelopes over a ws client: each gets its answer, or garbage closes the socket', async () => {
    let ws: WebSocket | null = null;
    const replies = new Map<number, (message: unknown) => void>();
    let onClose: ((code: number) => void) | null = null;
    const open = () => new Promise<WebSocket>((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${browser.port}/ws`, { headers: { cookie } });
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString()) as { type: string; id?: number };
        if (message.type === 'response' && typeof message.id === 'number') replies.get(message.id)?.(message);
      });
      socket.on('close', (code) => onClose?.(code));
      socket.once('open', () => resolve(socket));
      socket.once('error', reject);
    });
    const ids = { next: 0 };
    try {
      await fuzzPhase('browser/envelopes', { iterations: 500, budgetMs: 1500, batch: 20 }, (rng) => {
        const { text } = randomEnvelope(rng, ids);
        return {
          input: show(text),
          run: async () => {
            // Envelopes go one at a time (the batch runs them concurrently, so chain them).
            await (sequence = sequence.then(async () => {
              if (!ws || ws.readyState !== WebSocket.OPEN) ws = await open();
              const expected = expectedReply(text);
              const outcome = await new Promise<{ kind: 'response'; message: { id: number; ok: boolean; error?: { code: string } } } | { kind: 'close'; code: number } | { kind: 'timeout' }>((resolve) => {
                const timer = setTimeout(() => resolve({ kind: 'timeout' }), 8000);
                const done = (value: Parameters<typeof resolve>[0]) => {
                  clearTimeout(timer);
                  onClose = null;
                  if (expected.kind === 'response') replies.delete(expected.id);
                  resolve(value);
                };
                if (expected.kind === 'response') replies.set(expected.id, (message) => done({ kind: 'response', message: message as { id: number; ok: boolean } }));
                onClose = (code) => done({ kind: 'close', code });
                ws!.send(text);
              });
              if (outcome.kind === 'timeout') throw new Error(`no ${expected.kind === 'response' ? `answer for id ${expected.id}` : 'close'} within 8 s (hang)`);
              if (expected.kind === 'close') {
                expect(outcome).toMatchObject({ kind: 'close', code: 1007 });
                note('browser/envelopes', 'closed 1007');
              } else {
                if (outcome.kind !== 'response') throw new Error(`the socket closed (${outcome.code}) instead of answering id ${expected.id}`);
                const code = outcome.message.ok ? 'ok' : outcome.message.error?.code ?? 'error';
                note('browser/envelopes', code === 'INTERNAL_ERROR' ? `${code} for ${text.slice(0, 200)}: ${JSON.stringify(outcome.message.error).slice(0, 200)}` : code === 'ok' ? `${code} ${(JSON.parse(text) as { op?: string }).op}` : code);
              }
            }));
          },
        };
      }, browserWsHealthy);
    } finally {
      (ws as WebSocket | null)?.terminate();
    }
  }, PHASE_TIMEOUT);
});

describe(`fuzz: local route server (seed ${SEED})`, () => {
  const profile: HttpProfile = {
    port: () => routePort,
    // Not `/s/hello/<name>`: that runs the app's function (a build and a child process); the fetch phase
    // sends it only in the shapes answered before a run.
    paths: ['/s/', '/s', '/s/hellox', '/s/hellox/a/b', '/s/x/y/z', '/s?x=1', '/s/%E0%A4%A', '/s/../graphql', '/', '/graphql', '/s//', `/s/${'a'.repeat(300)}`, '/S/hello', '/s/:id', '/s/*'],
    authHeaders: () => ['Authorization: Bearer fuzz'],
    // The route pipeline answers a malformed escape in a route parameter with the server's 500 JSON error;
    // a handler that threw answers the guard's plain-text 500, which is a failure.
    allowed5xx: (status, body) => status === 500 && /^\{"statusCode":500,.*"messages":\["URI malformed"\]/.test(body),
    body: (rng) => (rng.chance(0.5) ? JSON.stringify(rng.json(3)) : rng.nastyString(200)),
  };

  it('raw HTTP requests over TCP', async () => {
    await fuzzPhase('route/raw-http', { iterations: 300, budgetMs: 1500, batch: 16 }, (rng) => rawHttpCase(rng, profile, 'route/raw-http'), routeHealthy);
  }, PHASE_TIMEOUT);

  it('fetch with random methods, paths, headers and bodies', async () => {
    await fuzzPhase('route/fetch', { iterations: 200, budgetMs: 1000, batch: 10 }, (rng) => {
      // Now and then the app's real route (GET /s/hello/:name) in the ways that are answered before a run:
      // a malformed escape in the parameter (500 "URI malformed", as the server), another method, more
      // segments (404 with the closest route). A run would take a function build and a child process.
      const hello = rng.chance(0.1);
      const method = hello ? rng.pick(['GET', 'POST', 'DELETE', 'PATCH']) : rng.pick([...METHODS.filter((m) => m !== 'TRACE'), 'PROPFIND']);
      const path = hello
        ? method === 'GET'
          ? `/s/hello/${rng.pick(['%E0%A4%A', '%zz', '%', '%C0', '%ED%A0%80', `${percentEncode(rng.nastyString(6))}%E0%A4`])}${rng.chance(0.5) ? `?${percentEncode(rng.nastyString(8))}=1` : ''}`
          : `/s/hello/${percentEncode(rng.nastyString(12))}${rng.chance(0.3) ? `/${percentEncode(rng.nastyString(4))}` : ''}`
        : randomTarget(rng, profile, routePort, rng.chance(0.6)).replace(/^https?:\/\/[^/]*/, '');
      const url = `http://127.0.0.1:${routePort}${path.startsWith('/') ? path : `/${path}`}`;
      const headers: Record<string, string> = { 'content-type': rng.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/octet-stream']) };
      if (hello) headers['x-request-id'] = headerSafe(rng.nastyString(20)).replace(/[^\u0020-\u007e]/g, '?');
      if (rng.chance(0.3)) headers.authorization = rng.pick(['Bearer x', 'Bearer', 'Basic x', rng.nastyString(10)]);
      const body = method === 'GET' || method === 'HEAD' ? undefined : profile.body(rng);
      return { input: `${method} ${show(url)} ${JSON.stringify(headers)} ${show(body ?? '')}`, run: async () => void (await (await fetchCase('route/fetch', url, { method, headers, body }, profile.allowed5xx))?.arrayBuffer()) };
    }, routeHealthy);
  }, PHASE_TIMEOUT);
});

describe(`fuzz: local workspace server (seed ${SEED})`, () => {
  const graphqlBody = (rng: Rng): string => {
    switch (rng.int(10)) {
      case 0: return rng.nastyString(100);
      case 1: return JSON.stringify(rng.json(3));
      case 2: return JSON.stringify({ query: rng.json(2), variables: rng.json(2) });
      case 3: return JSON.stringify({ query: randomGraphqlQuery(rng, graphqlSchema) }).slice(0, rng.int(200)); // truncated JSON
      default: return JSON.stringify({
        query: randomGraphqlQuery(rng, graphqlSchema),
        ...(rng.chance(0.3) ? { variables: rng.chance(0.5) ? { flag: rng.chance(0.5), x: rng.nastyString(10), v: rng.json(2) } : rng.json(2) } : {}),
        ...(rng.chance(0.1) ? { operationName: rng.pick(['Fuzz1', '', 'Nope', null, 5]) } : {}),
      });
    }
  };
  const restPath = (rng: Rng): string => {
    const plurals = ['companies', 'people', 'leads', 'opportunities', 'notes', 'tasks', 'batch/companies', 'company', 'nope', '', '%E0%A4%A', '..', rng.nastyString(8)];
    let path = `/rest/${rng.pick(plurals)}`;
    if (rng.chance(0.4)) path += `/${rng.chance(0.6) ? randomUUIDFrom(rng) : percentEncode(rng.nastyString(8))}`;
    if (rng.chance(0.1)) path += rng.pick(['/restore', '/x/y', '/', '//']);
    const query: string[] = [];
    if (rng.chance(0.4)) query.push(`filter=${percentEncode(randomRestFilter(rng))}`);
    if (rng.chance(0.2)) query.push(`order_by=${percentEncode(rng.pick(['name', 'name[AscNullsFirst]', 'address.addressCity[DescNullsLast],id', 'name[Up]', '[', ',,,', rng.nastyString(8)]))}`);
    if (rng.chance(0.2)) query.push(`limit=${rng.pick(['0', '1', '200', '201', '-1', '1.5', 'abc', '99999999999', ''])}`);
    if (rng.chance(0.2)) query.push(`depth=${rng.pick(['0', '1', '2', '-1', ''])}`);
    if (rng.chance(0.15)) query.push(`${rng.pick(['starting_after', 'ending_before'])}=${percentEncode(rng.nastyString(12))}`);
    if (rng.chance(0.1)) query.push(`${rng.pick(['upsert', 'soft_delete'])}=${rng.pick(['true', 'false', 'x'])}`);
    return query.length > 0 ? `${path}?${query.join('&')}` : path;
  };
  const restBody = (rng: Rng): string => {
    if (rng.chance(0.5)) {
      const record: Record<string, unknown> = {};
      for (let i = rng.size(5); i > 0; i -= 1) record[rng.pick(['name', 'id', 'employees', 'domainName', 'address', 'createdAt', 'deletedAt', 'position', 'idealCustomerProfile', 'nope', '__proto__'])] = rng.json(2);
      return JSON.stringify(rng.chance(0.2) ? [record] : record);
    }
    return rng.chance(0.5) ? JSON.stringify(rng.json(3)) : rng.nastyString(50);
  };
  const profile: HttpProfile = {
    port: () => workspace.port,
    paths: ['/graphql', '/metadata', '/rest/companies', '/rest/companies/00000000-0000-4000-8000-000000000000', '/rest/people?limit=1', '/rest', '/rest/', '/graphql?x=1', '/', '/GRAPHQL', '/graphql/', '/rest/companies?token=x', '/rest/%E0%A4%A'],
    authHeaders: () => [`Authorization: Bearer ${workspaceToken}`],
    body: (rng) => (rng.chance(0.6) ? graphqlBody(rng) : restBody(rng)),
  };

  it('raw HTTP requests over TCP', async () => {
    await fuzzPhase('workspace/raw-http', { iterations: 300, budgetMs: 1500, batch: 16 }, (rng) => rawHttpCase(rng, profile, 'workspace/raw-http'), workspaceHealthy);
  }, PHASE_TIMEOUT);

  it('GraphQL and metadata bodies via fetch', async () => {
    await fuzzPhase('workspace/graphql', { iterations: 400, budgetMs: 2500, batch: 8 }, (rng) => {
      const path = rng.chance(0.8) ? '/graphql' : '/metadata';
      const method = rng.chance(0.92) ? 'POST' : rng.pick(['GET', 'PUT', 'DELETE', 'PATCH']);
      const body = method === 'GET' ? undefined : graphqlBody(rng);
      const headers: Record<string, string> = { 'content-type': rng.chance(0.9) ? 'application/json' : rng.pick(['text/plain', 'application/graphql']) };
      if (rng.chance(0.95)) headers.authorization = rng.chance(0.97) ? `Bearer ${workspaceToken}` : rng.pick(['Bearer nope', 'bearer ' + workspaceToken, `Bearer  ${workspaceToken} `, 'Basic x']);
      return {
        input: `${method} ${path} ${JSON.stringify(headers)} ${show(body ?? '')}`,
        run: async () => {
          const response = await fetchCase('workspace/graphql', `${workspace.url}${path}`, { method, headers, body });
          if (!response) return;
          const text = await response.text();
          // A GraphQL endpoint answers JSON, whatever it was sent.
          expect(() => JSON.parse(text), `not JSON (${response.status}): ${text.slice(0, 200)}`).not.toThrow();
        },
      };
    }, workspaceHealthy);
  }, PHASE_TIMEOUT);

  it('REST paths, query parameters and bodies via fetch', async () => {
    await fuzzPhase('workspace/rest', { iterations: 300, budgetMs: 1200, batch: 8 }, (rng) => {
      const method = rng.pick(['GET', 'GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS', 'HEAD']);
      const path = restPath(rng);
      const body = method === 'GET' || method === 'HEAD' ? undefined : restBody(rng);
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (rng.chance(0.95)) headers.authorization = `Bearer ${workspaceToken}`;
      return {
        input: `${method} ${show(path)} ${show(body ?? '')}`,
        run: async () => {
          const response = await fetchCase('workspace/rest', `${workspace.url}${path}`, { method, headers, body });
          if (!response) return;
          const text = await response.text();
          if (method !== 'HEAD') expect(() => JSON.parse(text), `not JSON (${response.status}): ${text.slice(0, 200)}`).not.toThrow();
        },
      };
    }, workspaceHealthy);
  }, PHASE_TIMEOUT);
});
