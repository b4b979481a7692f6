/**
 * Imports only point down (README, "Architecture"): utils/model → seeds →
 * utils core → utils edge (db, messages, DOM) → components → entrypoints (the
 * command line, scripts/cli, stands on the core alone), and
 * a feature folder (components/popup, components/library, …) is imported only
 * by itself and the layers above. No file takes part in an import cycle.
 */
import { describe, expect, test } from 'vitest';
import { backRunning, cycles, importGraph, layerOf, resolveImport, sourceFiles, specifiers } from './helpers/import-graph';

describe('layers', () => {
  const graph = importGraph();

  test('the graph is read: every layer has files, and imports are found', () => {
    const layers = new Set(sourceFiles().map(layerOf));
    expect([...layers].sort()).toEqual(['cli', 'components', 'core', 'edge', 'entrypoints', 'model', 'seeds']);
    expect(graph.get('scripts/cli/export.ts')).toContain('utils/export/json.ts');
    expect(graph.get('entrypoints/background.ts')).toContain('utils/background/handlers.ts');
    expect(graph.get('components/popup/PopupApp.tsx')).toContain('components/ExampleForm.tsx');
  });

  test('the reader finds every form of import, and not one in a comment', () => {
    const code = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      'import {\n  c,\n  type D,\n} from "./c";',
      "export { e } from './e';",
      "export * from './f';",
      "import './g.css';",
      "const h = await import('./h');",
      "// import { x } from './commented';",
      "/* import { y } from './blocked'; */",
    ].join('\n');
    expect(specifiers(code).sort()).toEqual(['../b', './a', './c', './e', './f', './g.css', './h']);
    expect(resolveImport('utils/db/schema.ts', '../model/example')).toBe('utils/model/example.ts');
    expect(resolveImport('utils/db/schema.ts', 'dexie')).toBeNull();
  });

  test('no import runs back up a layer or into another feature', () => {
    const back = backRunning(graph).map((b) => `${b.from} → ${b.to} (${b.why})`);
    expect(back).toEqual([]);
  });

  test('the check would see an import that runs back up', () => {
    const bad = new Map(graph);
    bad.set('utils/export/csv.ts', [...(graph.get('utils/export/csv.ts') ?? []), 'utils/dom/text-index.ts']);
    bad.set('components/library/LibraryApp.tsx', [...(graph.get('components/library/LibraryApp.tsx') ?? []), 'components/popup/services.ts']);
    bad.set('scripts/cli/export.ts', [...(graph.get('scripts/cli/export.ts') ?? []), 'utils/db/schema.ts']);
    expect(backRunning(bad).map((b) => b.why).sort()).toEqual(['cli → edge', 'components/library → another feature, components/popup', 'core → edge']);
  });

  test('no import cycles', () => {
    expect(cycles(graph)).toEqual([]);
    const loop = new Map(graph);
    loop.set('components/FunctionSelect.tsx', [...(graph.get('components/FunctionSelect.tsx') ?? []), 'components/ExampleForm.tsx']);
    expect(cycles(loop)).toEqual([['components/ExampleForm.tsx', 'components/FunctionSelect.tsx']]);
  });

  test('utils/model imports nothing but itself', () => {
    for (const [file, deps] of graph) if (layerOf(file) === 'model') for (const d of deps) expect(layerOf(d), `${file} → ${d}`).toBe('model');
  });
});
