// What an import did, or would do: the counts the command prints with --json and the
// import screen shows, and each refused line with its stable code and Danish message.
import type { ErrorCode } from '../protocol/errors';

export interface ImportProblem {
  /** The file's line (the header is line 1), or 0 for the file as a whole. */
  line: number;
  code: ErrorCode;
  message: string;
}

export interface ImportSummary {
  created: number;
  moved: number;
  updated: number;
  deactivated: number;
  reactivated: number;
  unchanged: number;
  units: { created: number };
  areas: { created: number };
  errors: ImportProblem[];
  /** Things to look at that do not stop the import (two leaders flagged in one unit). */
  warnings: ImportProblem[];
  written: boolean;
}
