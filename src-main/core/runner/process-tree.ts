import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readlinkSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';

/**
 * Kills a run's whole process tree at once. Children are spawned detached, so on POSIX each run
 * leads its own process group and `kill(-pgid)` reaches everything the function started (unless
 * it deliberately left the group with setsid: `RunProcessTracker` finds those). Windows has no
 * groups: taskkill walks the tree.
 */
export const killProcessTree = (pid: number | undefined): void => {
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => undefined);
    return;
  }
  signalGroup(pid, 'SIGKILL');
};

const signalGroup = (pgid: number, signal: NodeJS.Signals): void => {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is empty, everything is gone. No fallback to kill(pid): once the leader
    // has been reaped its pid may belong to someone else, while a live group id cannot be reused.
  }
};

const signalPid = (pid: number, signal: NodeJS.Signals): void => {
  try {
    process.kill(pid, signal);
  } catch {
    // Gone already.
  }
};

/** What /proc/<pid>/stat says about a process. */
export interface ProcStat {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  state: string;
  /** Clock ticks since boot: with the pid, identifies a process (pids are reused, this pair is not). */
  startTime: string;
}

/** Parses /proc/<pid>/stat; the command name (field 2) may hold spaces and parentheses. */
export const parseProcStat = (text: string): ProcStat | null => {
  const close = text.lastIndexOf(')');
  if (close === -1) return null;
  const pid = Number(text.slice(0, text.indexOf(' ')));
  const fields = text.slice(close + 2).split(' ');
  // fields[0] is field 3 (state): ppid 4, pgrp 5, session 6, starttime 22.
  if (fields.length < 20 || !Number.isInteger(pid)) return null;
  return { pid, state: fields[0]!, ppid: Number(fields[1]), pgid: Number(fields[2]), sid: Number(fields[3]), startTime: fields[19]! };
};

// By pid, not /proc/self: a confined run child is granted its own /proc files by pid only
// (fs-confinement.ts), and under Node's permission model existsSync of a denied path is false.
const hasProc = process.platform === 'linux' && existsSync(`/proc/${process.pid}/stat`);

/**
 * A /proc file's text, read through one shared buffer. readFileSync sees a size of 0 for /proc files
 * and reads them into fresh 64 KiB buffers: a kill sweep of a machine's processes allocated
 * megabytes, and the GC that followed was a tenth of a one-shot exec.
 */
const procBuffer = Buffer.allocUnsafe(4096);
const readProcFileSync = (path: string): string => {
  const fd = openSync(path, 'r');
  try {
    let text = '';
    for (;;) {
      const length = readSync(fd, procBuffer, 0, procBuffer.length, null);
      if (length === 0) return text;
      text += procBuffer.toString('latin1', 0, length);
    }
  } finally {
    closeSync(fd);
  }
};

const readStatSync = (pid: number): ProcStat | null => {
  try {
    return parseProcStat(readProcFileSync(`/proc/${pid}/stat`));
  } catch {
    return null;
  }
};

const readStat = async (pid: number): Promise<ProcStat | null> => {
  try {
    return parseProcStat(await readFile(`/proc/${pid}/stat`, 'latin1'));
  } catch {
    return null;
  }
};

/** Children of a process's main thread (Node and shells fork from it), from /proc/<pid>/task/<pid>/children. */
const readChildren = async (pid: number): Promise<number[]> => {
  try {
    return (await readFile(`/proc/${pid}/task/${pid}/children`, 'latin1')).split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
};

/** Resident memory in bytes (VmRSS of /proc/<pid>/status), 0 when the process is gone. */
const readRssBytes = async (pid: number): Promise<number> => {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(await readFile(`/proc/${pid}/status`, 'latin1'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
};

const isLive = (stat: ProcStat | null): stat is ProcStat => stat !== null && stat.state !== 'Z' && stat.state !== 'X';

/**
 * Every live process of the machine (those we may see), by pid. Read synchronously: /proc files are
 * made in memory by the kernel (tens of microseconds each), while an async read of each was four
 * thread-pool jobs, hundreds per sweep, queued ahead of the studio's own file work (a run's history
 * record waited ~40 ms behind the sweep that ended the run before it).
 */
const readProcessTable = (): Map<number, ProcStat> => {
  const table = new Map<number, ProcStat>();
  let names: string[] = [];
  try {
    names = readdirSync('/proc');
  } catch {
    return table;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readStatSync(Number(name));
    if (isLive(stat)) table.set(stat.pid, stat);
  }
  return table;
};

/** Sweeps of the final kill: each kills what it finds, until one finds nothing. */
const MAX_KILL_SWEEPS = 6;

/**
 * Everything one run started. The run's processes are found by: its own process group and session
 * (the child is spawned detached: it leads both), descendants by parent pid (polled while the run
 * goes on, so a child that called setsid or was spawned `detached` is seen while its parent still
 * lives), the pids the run child reports just before it ends, and at the end any process whose
 * working directory is inside the run's folder (where a double-forked daemon usually stays).
 * At the end everything found is killed, and the search repeated until it finds nothing.
 *
 * Linux only (/proc); elsewhere only the process group is killed.
 */
export class RunProcessTracker {
  /** pid -> start time of every process seen in the run. */
  private readonly known = new Map<number, string>();
  private readonly groups = new Set<number>();
  private readonly sessions = new Set<number>();
  private polling: Promise<number> | null = null;
  private killing: Promise<void> | null = null;
  /** Something was learnt since the last kill sweep started. */
  private dirty = true;

  private rootPid: number | undefined;
  /** Reads of the machine's process table by kill sweeps (tests: a run's end should take two). */
  sweeps = 0;

  constructor(rootPid: number | undefined, private readonly runFolder: string | null = null) {
    if (rootPid !== undefined) this.attach(rootPid);
  }

  /** The run's first process (the launcher), once known: a child started by the spawner gets its pid a little later. */
  attach(rootPid: number): void {
    if (this.rootPid !== undefined) return;
    this.rootPid = rootPid;
    this.groups.add(rootPid);
    if (process.platform !== 'win32') this.sessions.add(rootPid);
    if (hasProc) this.adopt([rootPid]);
  }

  /** Pids known to belong to the run (tests and diagnostics). */
  get pids(): number[] {
    return [...this.known.keys()];
  }

  /**
   * Adds processes of the run (with their group and session), e.g. the run child's children just
   * before it exits. Only descendants of a known process are taken: the report comes from a
   * process that runs user code and must not make the studio kill anything else.
   */
  adopt(pids: readonly number[]): void {
    if (!hasProc) return;
    for (const pid of pids) {
      if (!Number.isInteger(pid) || pid <= 1 || this.known.has(pid)) continue;
      const stat = readStatSync(pid);
      if (!isLive(stat)) continue;
      if (pid === this.rootPid || this.descendsFromKnown(stat)) this.remember(stat);
    }
  }

  private descendsFromKnown(stat: ProcStat): boolean {
    let ppid = stat.ppid;
    for (let depth = 0; depth < 16 && ppid > 1; depth += 1) {
      if (this.known.has(ppid)) return true;
      const parent = readStatSync(ppid);
      if (!parent) return false;
      ppid = parent.ppid;
    }
    return false;
  }

  private remember(stat: ProcStat): void {
    if (this.known.get(stat.pid) !== stat.startTime) this.dirty = true;
    this.known.set(stat.pid, stat.startTime);
    this.groups.add(stat.pgid);
    this.sessions.add(stat.sid);
  }

  /**
   * One look at the run's processes: new descendants are recorded, and the resident memory of all
   * of them summed (bytes). Cheap: two small reads per known process.
   */
  poll(): Promise<number> {
    if (!hasProc || this.killing) return Promise.resolve(0);
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = null;
    });
    return this.polling;
  }

  private async pollOnce(): Promise<number> {
    let total = 0;
    let frontier = [...this.known.keys()];
    const visited = new Set<number>();
    while (frontier.length > 0) {
      const next: number[] = [];
      await Promise.all(frontier.map(async (pid) => {
        visited.add(pid);
        const [rss, children] = await Promise.all([readRssBytes(pid), readChildren(pid)]);
        if (rss === 0 && !existsSync(`/proc/${pid}`)) {
          this.known.delete(pid);
          return;
        }
        total += rss;
        for (const child of children) {
          if (visited.has(child)) continue;
          if (!this.known.has(child)) {
            const stat = await readStat(child);
            if (!isLive(stat)) continue;
            this.remember(stat);
          }
          next.push(child);
        }
      }));
      frontier = next.filter((pid) => !visited.has(pid));
    }
    return total;
  }

  /**
   * Kills everything the run started. Resolves when the last sweep found nothing new. Called again
   * (the run child reported more pids), it sweeps again; otherwise it only kills the group again.
   */
  killAll(): Promise<void> {
    if (this.rootPid === undefined) return Promise.resolve();
    if (!hasProc) {
      killProcessTree(this.rootPid);
      return Promise.resolve();
    }
    if (this.killing && !this.dirty) return this.killing;
    const previous = this.killing ?? Promise.resolve();
    this.killing = previous.then(() => this.killAllOnce());
    return this.killing;
  }

  private async killAllOnce(): Promise<void> {
    this.dirty = false;
    // Nothing is stopped (SIGSTOP) on the way: a studio that died between a stop and the kill would
    // leave stopped processes that no watchdog or 'disconnect' can end any more. Instead: find
    // everything while the tree is intact, kill it all at once, then look again for stragglers.
    // A process already sent SIGKILL cannot run again (it may take milliseconds to be gone: a Node
    // child frees its heap and threads first), so a sweep that finds only those is the last one:
    // counting them as found made every run's end sweep the machine's processes six times (~30 ms).
    /** pid -> start time of every process sent SIGKILL here (a pid alone may be reused, as in `known`). */
    const signalled = new Map<number, string>();
    try {
      for (let sweep = 0; sweep < MAX_KILL_SWEEPS; sweep += 1) {
        // The folder scan (a readlink per process of the machine) runs on the first sweep only: later
        // sweeps look for what the kill shook loose (new children, groups, sessions), which is cheap.
        // Between sweeps the killed processes get a turn of the event loop to die (the table is read synchronously).
        if (sweep > 0) await new Promise((resolve) => setImmediate(resolve));
        this.sweeps += 1;
        const found = this.match(readProcessTable(), sweep === 0);
        for (const group of this.groups) signalGroup(group, 'SIGKILL');
        const fresh = found.filter((stat) => signalled.get(stat.pid) !== stat.startTime);
        for (const stat of fresh) {
          signalPid(stat.pid, 'SIGKILL');
          signalled.set(stat.pid, stat.startTime);
        }
        if (fresh.length === 0) break;
      }
      // What the sweeps learnt (the processes they matched) they also killed: only what is learnt
      // from now on (adopt) calls for another sweep.
      this.dirty = false;
    } finally {
      for (const group of this.groups) signalGroup(group, 'SIGKILL');
    }
  }

  /** The processes of the table that belong to the run; their groups and sessions join the run's. */
  private match(table: Map<number, ProcStat>, scanFolder = true): ProcStat[] {
    const matched = new Map<number, ProcStat>();
    const own = process.pid;
    const take = (stat: ProcStat, viaFolder = false): void => {
      if (stat.pid === own || matched.has(stat.pid)) return;
      matched.set(stat.pid, stat);
      // A process found only by its folder may be someone's shell sitting there: not its whole session.
      if (!viaFolder) this.remember(stat);
    };
    for (const stat of table.values()) {
      if (this.known.get(stat.pid) === stat.startTime || this.groups.has(stat.pgid) || this.sessions.has(stat.sid)) take(stat);
    }
    if (this.runFolder && scanFolder) {
      const folder = this.runFolder;
      for (const stat of table.values()) {
        if (matched.has(stat.pid)) continue;
        try {
          const cwd = readlinkSync(`/proc/${stat.pid}/cwd`);
          if (cwd === folder || cwd.startsWith(folder + sep)) take(stat, true);
        } catch {
          // Another user's process, or gone.
        }
      }
    }
    // Descendants of everything matched, by parent pid.
    const byParent = new Map<number, ProcStat[]>();
    for (const stat of table.values()) {
      const siblings = byParent.get(stat.ppid);
      if (siblings) siblings.push(stat);
      else byParent.set(stat.ppid, [stat]);
    }
    const queue = [...matched.keys()];
    while (queue.length > 0) {
      for (const child of byParent.get(queue.pop()!) ?? []) {
        if (matched.has(child.pid)) continue;
        take(child);
        queue.push(child.pid);
      }
    }
    return [...matched.values()];
  }
}

/** Pids of the calling process's children (Linux), e.g. for the run child to report before it exits. */
export const ownChildPids = (): number[] => {
  if (!hasProc) return [];
  const pids: number[] = [];
  const mainThread = `/proc/${process.pid}/task/${process.pid}/children`;
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${process.pid}/task`);
  } catch {
    // Confined (only the main thread's list is granted): Node starts processes from the main thread.
    try {
      return readProcFileSync(mainThread).split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  }
  try {
    for (const task of tasks) {
      try {
        pids.push(...readProcFileSync(`/proc/${process.pid}/task/${task}/children`).split(' ').filter(Boolean).map(Number));
      } catch {
        // The thread ended.
      }
    }
  } catch {
    // No /proc/self/task.
  }
  return pids;
};

/** The calling process's process group (Linux), null where /proc is not there to say. */
export const ownProcessGroup = (): number | null => (hasProc ? readStatSync(process.pid)?.pgid ?? null : null);
