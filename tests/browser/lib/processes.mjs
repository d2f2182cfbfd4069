// Child processes of the browser tests: started with their output in a log
// file, tracked by pid, and all killed when the run ends, whether it passes,
// fails, times out or is interrupted.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { scaled } from './timeouts.mjs';

const children = new Set();

// How long a server may take to print its "listening" line. Generous because
// the machine may be shared with compilers.
export const kStartTimeoutMs = scaled(20_000);
// How long a child gets to exit after SIGTERM before it is sent SIGKILL.
const kTermGraceMs = 2_000;

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

// Starts `command args`, appending stdout and stderr to logFile. Resolves
// with {child, match} once `pattern` matches the log, rejects with the log's
// tail if the child exits first or nothing matches within kStartTimeoutMs.
export function startServer(command, args, logFile, pattern) {
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  children.add(child);
  child.on('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const m = tail(logFile, 200).match(pattern);
      if (m) {
        clearInterval(poll);
        resolve({ child, match: m });
      } else if (child.exitCode !== null || child.signalCode !== null) {
        clearInterval(poll);
        reject(new Error(`${command} exited early (${child.exitCode ?? child.signalCode}):\n${tail(logFile)}`));
      } else if (Date.now() - started > kStartTimeoutMs) {
        clearInterval(poll);
        reject(new Error(`${command} did not print ${pattern} within ${kStartTimeoutMs} ms:\n${tail(logFile)}`));
      }
    }, 50);
  });
}

// Runs `command args` to completion (output appended to logFile); rejects on
// a non-zero exit or after timeoutMs, with the log's tail in the message.
// `input`, when given, is written to the child's stdin (e.g. a password for
// --password-stdin, which must never appear in the arguments).
export function runToCompletion(command, args, logFile, timeoutMs, input = null) {
  const fd = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { stdio: [input === null ? 'ignore' : 'pipe', fd, fd] });
  fs.closeSync(fd);
  if (input !== null) {
    child.stdin.on('error', () => {}); // a child that exits early is reported by its exit code
    child.stdin.end(input);
  }
  children.add(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} took longer than ${timeoutMs} ms:\n${tail(logFile)}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      children.delete(child);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} failed (${code ?? signal}):\n${tail(logFile)}`));
    });
  });
}

// Stops one child: SIGTERM, then SIGKILL if it is still alive after the grace.
export async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try { process.kill(child.pid, 'SIGTERM'); } catch { return; }
  const timer = setTimeout(() => { try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ } }, kTermGraceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAll() {
  await Promise.all([...children].map(stop));
}

// Last resort when the runner exits without running its cleanup (uncaught
// error, watchdog): synchronous SIGKILL by pid.
export function killAllNow() {
  for (const child of children) {
    try { process.kill(child.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  children.clear();
}
process.on('exit', killAllNow);
