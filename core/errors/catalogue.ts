/**
 * Every entry of this folder, by id: an entry's export name in kebab case
 * (`noKey` is 'no-key'). For the tests, which go through every sentence and
 * name an entry as a designer would report it; product code imports the entry
 * itself (`userError(noKey)`), so a bundle holds only the entries it reaches
 * (user-error.ts). Nothing is written here: adding an entry to an area file
 * indexes it.
 */
import * as brand from './brand';
import * as gateway from './gateway';
import * as historyFiles from './history-files';
import * as key from './key';
import * as placing from './placing';
import * as resultFile from './result-file';
import * as sets from './sets';
import * as task from './task';
import * as tools from './tools';
import * as unexpected from './unexpected';
import { userError as fill, type SentenceArgs, type UserError } from './user-error';

const ENTRIES = {
  ...key,
  ...gateway,
  ...task,
  ...resultFile,
  ...placing,
  ...historyFiles,
  ...sets,
  ...tools,
  ...brand,
  ...unexpected,
};

/** `noKey` as 'no-key'. */
type Kebab<S extends string, Done extends string = ''> = S extends `${infer Head}${infer Rest}`
  ? Kebab<Rest, `${Done}${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}`>
  : Done;

const kebab = (name: string) => name.replace(/[A-Z]/g, (upper) => `-${upper.toLowerCase()}`);

type ById = { readonly [N in keyof typeof ENTRIES as Kebab<N>]: (typeof ENTRIES)[N] };

export type ErrorId = keyof ById;

/** The parameters the sentence of the entry with this id takes. */
export type ErrorArgs<K extends ErrorId> = SentenceArgs<ById[K]>;

export const CATALOGUE = Object.fromEntries(
  Object.entries(ENTRIES).map(([name, entry]) => [kebab(name), entry]),
) as unknown as ById;

/** The error the entry with this id describes, its sentence filled in. */
export function userError<K extends ErrorId>(id: K, ...args: ErrorArgs<K>): UserError {
  return fill(CATALOGUE[id], ...args);
}
