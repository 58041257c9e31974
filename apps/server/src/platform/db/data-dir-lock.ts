import { randomUUID } from 'node:crypto';
import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * An exclusive lock on an embedded data directory that dies with its process.
 *
 * The lock is a file created with O_EXCL that names its owner: host, process id, the process's start time
 * (from /proc on Linux, so a reused process id is not mistaken for the owner) and a random token. A later
 * start on the same host takes over a lock whose owner process is gone at once — after `kill -9` the next
 * start does not wait. A lock written on another host (a shared volume) cannot be checked that way, so the
 * owner touches the file every few seconds and such a lock is stale once it has not been touched for
 * {@link FOREIGN_STALE_MS}.
 */
export const LOCK_FILE_NAME = 'touchpoint.lock';
const HEARTBEAT_MS = 5_000;
const FOREIGN_STALE_MS = 15_000;

interface LockOwner {
  host: string;
  pid: number;
  /** Process start time in clock ticks since boot (Linux); null where /proc is unavailable. */
  startTime: string | null;
  token: string;
  since: string;
}

export class DataDirLockHeldError extends Error {
  constructor(readonly owner: LockOwner | null) {
    super('The data directory is locked by a running process');
    this.name = 'DataDirLockHeldError';
  }
}

/** Takes the lock in `dataDir` (which must exist) and returns its release function. */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE_NAME);
  const owner: LockOwner = {
    host: hostname(),
    pid: process.pid,
    startTime: readProcessStartTime(process.pid),
    token: randomUUID(),
    since: new Date().toISOString(),
  };
  // A few rounds: each lost race re-reads the lock and judges its owner again.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, owner)) return holdLock(path, owner);
    const current = readOwner(path);
    if (current === 'missing') continue;
    if (!isStale(path, current)) throw new DataDirLockHeldError(current === 'unreadable' ? null : current);
    takeOverStale(path, current);
  }
  throw new DataDirLockHeldError(null);
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(owner)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

function holdLock(path: string, owner: LockOwner): () => void {
  const heartbeat = setInterval(() => {
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // The file is gone or unreachable; the next start judges it, nothing to do here.
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return () => {
    if (released) return;
    released = true;
    clearInterval(heartbeat);
    const current = readOwner(path);
    if (typeof current === 'object' && current.token === owner.token) {
      try {
        unlinkSync(path);
      } catch {
        // Already removed.
      }
    }
  };
}

function readOwner(path: string): LockOwner | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string' || typeof parsed.token !== 'string')
      return 'unreadable';
    return parsed as LockOwner;
  } catch {
    // A process killed between creating the file and writing it leaves it empty or partial.
    return 'unreadable';
  }
}

function isStale(path: string, owner: LockOwner | 'unreadable'): boolean {
  if (owner !== 'unreadable' && owner.host === hostname()) return !isProcessAlive(owner);
  // Another host (or an unreadable file): only the heartbeat tells.
  try {
    return Date.now() - statSync(path).mtimeMs > FOREIGN_STALE_MS;
  } catch {
    return true;
  }
}

function isProcessAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const state = readProcessState(owner.pid);
  if (state === 'Z' || state === 'X') return false; // killed, not yet reaped by its parent
  // The id may have been reused by another process since (a container's PID 1 after a restart).
  if (owner.startTime !== null) {
    const startTime = readProcessStartTime(owner.pid);
    if (startTime !== null && startTime !== owner.startTime) return false;
  }
  return true;
}

/**
 * Removes a stale lock without removing a fresh one another process took meanwhile: the file is renamed
 * away (only one process can move it) and put back if what was moved is not the stale lock that was judged.
 */
function takeOverStale(path: string, stale: LockOwner | 'unreadable'): void {
  const aside = `${path}.stale-${randomUUID()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  const isSame =
    stale === 'unreadable'
      ? moved === 'unreadable'
      : typeof moved === 'object' && moved.token === stale.token;
  if (!isSame) {
    try {
      linkSync(aside, path); // fails if yet another process created a lock; that one then stands
    } catch {
      // Nothing better to do: the newest lock stands.
    }
  }
  try {
    unlinkSync(aside);
  } catch {
    // Already removed.
  }
}

function readProcStat(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (the command name) is in parentheses and may contain spaces; fields 3… follow the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

function readProcessState(pid: number): string | null {
  return readProcStat(pid)?.[0] ?? null;
}

function readProcessStartTime(pid: number): string | null {
  // Field 22, starttime: the 20th after the command name.
  return readProcStat(pid)?.[19] ?? null;
}
