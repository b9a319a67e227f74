import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const servicesFolder = fileURLToPath(new URL('../../../electron/backend/services', import.meta.url));

/** Each service module's imports of other service modules, type-only ones included (a type cycle still ties the modules together). */
function importGraph(folder: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts'))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(folder, name), 'utf8'), true, true);
    const inFolder = importedFiles
      .map(({ fileName }) => path.join(folder, `${fileName}.ts`))
      .filter((file) => path.dirname(file) === folder && existsSync(file))
      .map((file) => path.basename(file));
    graph.set(name, inFolder);
  }
  return graph;
}

/** Every cycle found by a depth-first walk, each as the path that closes it (a → b → a). */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const walk = (node: string, trail: string[]): void => {
    const at = trail.indexOf(node);
    if (at >= 0) {
      found.push([...trail.slice(at), node].join(' → '));
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) walk(next, [...trail, node]);
    done.add(node);
  };
  for (const node of graph.keys()) walk(node, []);
  return found;
}

describe('service modules', () => {
  it('import one another without a cycle', () => {
    const graph = importGraph(servicesFolder);
    expect(graph.get('context.ts')).toBeDefined();
    expect(cycles(graph)).toEqual([]);
  });

  it('would report a cycle the way it names one', () => {
    const graph = new Map([
      ['checks.ts', ['context.ts']],
      ['context.ts', ['health.ts']],
      ['health.ts', ['checks.ts']],
    ]);
    expect(cycles(graph)).toEqual(['checks.ts → context.ts → health.ts → checks.ts']);
  });
});
