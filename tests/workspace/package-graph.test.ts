import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const root = join(import.meta.dirname, '../..');
const manifests: Manifest[] = [
  ...readdirSync(join(root, 'packages')).map((dir) => join(root, 'packages', dir)),
  join(root, 'stories'),
].map((dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')));

/** Workspace package → the workspace packages it depends on (any kind of dependency). */
function workspaceGraph(packages: Manifest[]): Map<string, string[]> {
  const names = new Set(packages.map((p) => p.name));
  return new Map(
    packages.map((p) => {
      const all = { ...p.dependencies, ...p.devDependencies, ...p.peerDependencies };
      return [p.name, Object.keys(all).filter((name) => names.has(name))];
    }),
  );
}

/** The first cycle found, as a path that starts and ends at the same package; else null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const done = new Set<string>();
  const visit = (name: string, path: string[]): string[] | null => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name];
    if (done.has(name)) return null;
    for (const next of graph.get(name) ?? []) {
      const cycle = visit(next, [...path, name]);
      if (cycle) return cycle;
    }
    done.add(name);
    return null;
  };
  for (const name of graph.keys()) {
    const cycle = visit(name, []);
    if (cycle) return cycle;
  }
  return null;
}

describe('workspace package graph', () => {
  it('has no cycle, so `pnpm -r build` can order the packages (decisions/080)', () => {
    expect(findCycle(workspaceGraph(manifests))).toBeNull();
  });

  it('reports a devDependency back on a dependent package as a cycle', () => {
    const graph = workspaceGraph([
      { name: 'core', devDependencies: { mock: 'workspace:*' } },
      { name: 'mock', dependencies: { core: 'workspace:*' } },
    ]);
    expect(findCycle(graph)).toEqual(['core', 'mock', 'core']);
  });
});
