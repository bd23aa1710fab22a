import { ApiError } from './errors.js';
import { apiSchemas, isApiMethod, type ApiMethod, type ApiParsedArg } from './contract.js';

/** Parses an untrusted argument for a method; throws a bad_input ApiError naming every problem in Chinese. */
export const parseApiArg = <M extends ApiMethod>(method: M, raw: unknown): ApiParsedArg<M> => {
  const schema = apiSchemas[method];
  const result = schema.safeParse(raw ?? {});
  if (result.success) return result.data as ApiParsedArg<M>;
  // What a person reads carries neither the method nor the field path: each schema message names its field
  // in Chinese. The path travels in details, so a form can put the message beside its field.
  const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const messages = [...new Set(issues.map((i) => i.message))];
  throw new ApiError('bad_input', `输入有误:${messages.join(';')}`, { method, issues });
};

export const assertApiMethod = (name: unknown): ApiMethod => {
  if (isApiMethod(name)) return name;
  throw new ApiError('not_found', `没有这个接口:${String(name).slice(0, 60)}`);
};

/** Calls a handler map after validating the argument: the single path every host takes. */
export const dispatch = async <M extends ApiMethod>(
  handlers: { [K in ApiMethod]: (arg: ApiParsedArg<K>) => Promise<unknown> },
  method: M,
  raw: unknown,
): Promise<unknown> => {
  const arg = parseApiArg(method, raw);
  return handlers[method](arg);
};
