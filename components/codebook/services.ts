/**
 * What the codebook editor needs from the world, as collaborators (tests pass their own):
 * the codebook library (utils/codebook/library.ts over the extension's storage), ids and
 * the clock, and a way to hand a file to the user.
 */
import type { CodebookLibrary } from '../../utils/codebook/library';

export interface CodebookServices {
  library: CodebookLibrary;
  newId(): string;
  now(): number;
  /** Offers a file to the user (a download). */
  download(name: string, blob: Blob): void;
  /** Names the program in a .qdc file's `origin` ('DiploLens 0.1.0'). */
  origin: string;
}
