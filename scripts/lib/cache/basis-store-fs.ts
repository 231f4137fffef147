import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Basis } from '../enrich/compute-basis.ts';
import type { BasisStore } from '../enrich/enrich-catalogue.ts';

/** Files kept at most (a basis is kept under one or two keys, as links to one file); the least recently used go first. */
const KEPT = 6;

/**
 * A {@link BasisStore} in a folder: one file per basis (V8's serialisation, which keeps Maps and
 * typed arrays as they are), named after the key and `salt` (the digest of the code that computes
 * bases, so a code change never reads a stale basis). A file that cannot be read is treated as
 * absent; a write goes to a temporary file that is then renamed, so a reader never sees half a basis.
 *
 * @param folder Created when the first basis is kept.
 * @param salt Digest of the pipeline's code (`code-digest-fs.ts`).
 * @param onProblem Told when a kept file could not be read or written (the build goes on without it).
 */
export function basisStoreIn(folder: string, salt: string, onProblem: (message: string) => void = () => {}): BasisStore {
  const fileOf = (key: string) => path.join(folder, `basis-${createHash('sha256').update(`${salt}\0${key}`).digest('hex').slice(0, 32)}.v8`);
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
        const basis = deserialize(bytes) as Basis;
        const now = new Date();
        utimesSync(file, now, now);
        return basis;
      } catch (error) {
        onProblem(`Cannot read the kept basis ${file}: ${error instanceof Error ? error.message : String(error)}; computing it again`);
        return undefined;
      }
    },
    set(keys, basis) {
      try {
        mkdirSync(folder, { recursive: true });
        const [first, ...others] = keys.map(fileOf);
        if (first === undefined) return;
        const temporary = `${first}.${process.pid}.tmp`;
        writeFileSync(temporary, serialize(basis));
        renameSync(temporary, first);
        for (const file of others) {
          rmSync(file, { force: true });
          linkSync(first, file);
        }
        prune(folder);
      } catch (error) {
        onProblem(`Cannot keep the basis in ${folder}: ${error instanceof Error ? error.message : String(error)}; the next build computes it again`);
      }
    },
  };
}

/** Removes all but the {@link KEPT} most recently used bases. */
function prune(folder: string): void {
  const files = readdirSync(folder)
    .filter((name) => /^basis-[0-9a-f]+\.v8$/.test(name))
    .map((name) => ({ file: path.join(folder, name), used: statSync(path.join(folder, name)).mtimeMs }))
    .sort((a, b) => b.used - a.used || (a.file < b.file ? -1 : 1));
  for (const { file } of files.slice(KEPT)) rmSync(file, { force: true });
}
