/**
 * Resident memory of a process and all its descendants, read from /proc (Linux). The build is a
 * tree: Node runs Astro, Astro starts Pagefind's native binary, the card renderer runs worker
 * threads (counted in Node's own RSS). Summing the tree is what the machine has to hold.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_SIZE = 4096;

/** Parent of every live process, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses; fields resume after the last «)».
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** Bytes resident in `root` and its descendants right now. */
export function treeRss(root: number): number {
  const parentOf = parents();
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parentOf) children.set(parent, [...(children.get(parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rssBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
