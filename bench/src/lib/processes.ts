// Nothing the benchmark started may still run while a section measures: a Prism left over from
// the mock section, or a server of an earlier section, would take CPU from the figures. Linux only
// (it reads /proc); elsewhere the check finds nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

interface Child {
  pid: number;
  command: string;
}

/** Every live process descended from this one. */
export function descendants(root = process.pid): Child[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return [];
  }
  const parents = new Map<number, number>();
  for (const name of entries) {
    try {
      // `pid (command) state ppid …`: the command may hold spaces and parentheses.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] !== 'Z') parents.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  const found: Child[] = [];
  const walk = (pid: number) => {
    for (const [child, parent] of parents) {
      if (parent !== pid) continue;
      let command = '';
      try {
        command = readFileSync(`/proc/${child}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
      } catch {}
      found.push({ pid: child, command });
      walk(child);
    }
  };
  walk(root);
  return found;
}

/** Waits until no process the benchmark started is alive, or throws naming those that are. */
export async function waitUntilAlone(before: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alive = descendants();
    if (alive.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(
        `Before ${before}, processes the benchmark started are still running: ${alive
          .map((child) => `${child.pid} ${child.command.slice(0, 120)}`)
          .join('; ')}`,
      );
    await sleep(100);
  }
}
