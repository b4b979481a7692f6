/**
 * DiploLens on the command line, for researchers who work outside the browser.
 *   npm run -s cli -- classify      URLs (optionally TAB title) on stdin → JSON lines
 *   npm run -s cli -- scan [...]    text on stdin → concept hits (see `scan --help`)
 *   npm run -s cli -- export [...]  a JSON backup → CSV, coded segments, codebook, .qdc, .qdpx, annotations
 * Each sub-command is a module exporting `main(args, io)`, so tests call it directly.
 */
import type { CliIO } from './cli/io.ts';
import { processIO } from './cli/io.ts';

const commands: Record<string, () => Promise<{ main: (args: string[], io: CliIO) => Promise<number> }>> = {
  classify: () => import('./cli/classify.ts'),
  scan: () => import('./cli/scan.ts'),
  export: () => import('./cli/export.ts'),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? commands[name] : undefined;
if (!load) {
  process.stderr.write(
    `usage: npm run -s cli -- <command> [options]\ncommands: ${Object.keys(commands).join(', ')}\n`,
  );
  process.exit(name ? 2 : 0);
}
const { main } = await load();
process.exitCode = await main(args, processIO());
