import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Values kept by key in a {@link v8StoreIn}. */
export interface KeyedStore<T> {
  /** The value kept under `key`, if any. */
  get(key: string): T | undefined;
  /** Keeps `value` under each of `keys`. */
  set(keys: readonly string[], value: T): void;
}

/** Options of {@link v8StoreIn}. */
export interface V8StoreOptions {
  /** Folder of the files, created when the first value is kept; several stores can share it. */
  folder: string;
  /** Names this store's files (`<kind>-<hash>.v8`), so stores sharing a folder keep their own. */
  kind: string;
  /** Digest of the code that computes the values (`code-digest-fs.ts`): a code change never reads a stale value. */
  salt: string;
  /** Files of this kind kept at most; the least recently used go first. */
  kept: number;
  /** Told when a kept file could not be read or written (the build goes on without it). */
  onProblem?: (message: string) => void;
}

/**
 * A {@link KeyedStore} in a folder: one file per value, in V8's serialisation (which keeps Maps
 * and typed arrays as they are), named after a hash of the key and the salt. A file that cannot
 * be read is treated as absent; a write goes to a temporary file that is then renamed, so a
 * reader never sees half a value; further keys of the same value are hard links to one file.
 */
export function v8StoreIn<T>({ folder, kind, salt, kept, onProblem = () => {} }: V8StoreOptions): KeyedStore<T> {
  const fileOf = (key: string) => path.join(folder, `${kind}-${createHash('sha256').update(`${salt}\0${key}`).digest('hex').slice(0, 32)}.v8`);
  const pattern = new RegExp(`^${kind}-[0-9a-f]+\\.v8$`);
  return {
    get(key) {
      const file = fileOf(key);
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch {
        // Not kept (the usual case on a first build or after a code change).
        return undefined;
      }
      try {
        const value = deserialize(bytes) as T;
        const now = new Date();
        utimesSync(file, now, now);
        return value;
      } catch (error) {
        onProblem(`Cannot read the kept ${kind} ${file}: ${messageOf(error)}; computing it again`);
        return undefined;
      }
    },
    set(keys, value) {
      try {
        mkdirSync(folder, { recursive: true });
        const [first, ...others] = keys.map(fileOf);
        if (first === undefined) return;
        const temporary = `${first}.${process.pid}.tmp`;
        writeFileSync(temporary, serialize(value));
        renameSync(temporary, first);
        for (const file of others) {
          rmSync(file, { force: true });
          linkSync(first, file);
        }
        prune(folder, pattern, kept);
      } catch (error) {
        onProblem(`Cannot keep the ${kind} in ${folder}: ${messageOf(error)}; the next build computes it again`);
      }
    },
  };
}

/** Removes all but the `kept` most recently used files matching `pattern`. */
function prune(folder: string, pattern: RegExp, kept: number): void {
  const files = readdirSync(folder)
    .filter((name) => pattern.test(name))
    .map((name) => ({ file: path.join(folder, name), used: statSync(path.join(folder, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used || (a.file < b.file ? -1 : 1));
  for (const { file } of files.slice(kept)) rmSync(file, { force: true });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
