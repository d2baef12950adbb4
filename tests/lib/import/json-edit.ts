/** Edits parsed JSON by path (`notes[3].body`), so tests can break one field without `any`. */

type Container = Record<string, unknown> | unknown[];

function steps(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

function parentOf(root: unknown, path: string): [Container, string | number] {
  const s = steps(path);
  let node = root;
  for (const step of s.slice(0, -1)) node = (node as Record<string | number, unknown>)[step];
  return [node as Container, s[s.length - 1]!];
}

export function get(root: unknown, path: string): unknown {
  const [parent, last] = parentOf(root, path);
  return (parent as Record<string | number, unknown>)[last];
}

export function set(root: unknown, path: string, value: unknown): void {
  const [parent, last] = parentOf(root, path);
  (parent as Record<string | number, unknown>)[last] = value;
}

export function remove(root: unknown, path: string): void {
  const [parent, last] = parentOf(root, path);
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[String(last)];
}

export function push(root: unknown, path: string, ...values: unknown[]): void {
  (get(root, path) as unknown[]).push(...values);
}

export function list(root: unknown, path: string): Record<string, unknown>[] {
  return get(root, path) as Record<string, unknown>[];
}
