import type { ApiArg, ApiMethod, ApiResult } from '../../shared/api/contract.js';

export type CliValues = Record<string, string | boolean | undefined>;

/** Calls one API method through the same validation every host applies. */
export type CliCall = <M extends ApiMethod>(method: M, arg: ApiArg<M>) => Promise<ApiResult<M>>;

export type CliContext = {
  /** Opens the database on first use: `--help` and argument errors never touch it. */
  call: CliCall;
  values: CliValues;
  positionals: string[];
};

/** exitCode 2 when the command finished but refused part of its input (e.g. some packages); default 0. */
export type CliOutput = { json: unknown; text: string; exitCode?: number };

export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  /** Never load the demo plan for this command (e.g. init, which may make a department installation). */
  isWithoutDemo?: boolean;
  /** True when, without --db, this invocation only reads: it then runs on an in-memory database and no file is created or changed. */
  isMemoryOnly?: (values: CliValues) => boolean;
  run: (ctx: CliContext) => Promise<CliOutput>;
};
