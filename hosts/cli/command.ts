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

export type CliOutput = { json: unknown; text: string };

export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  run: (ctx: CliContext) => Promise<CliOutput>;
};
