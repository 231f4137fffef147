import { shortHash } from '../dedupe/short-hash.ts';

/** Characters kept in a dump id as they are: safe in a URL path segment. */
const UNSAFE = /[^A-Za-z0-9_.-]/g;

/**
 * Id of a dump: its file name without the `.txt` extension (`000_feed.txt` → `000_feed`), used
 * in URLs (`/dumps/<id>/`) and records. A name that is not already a safe id (characters other
 * than ASCII letters, digits, `_`, `.` and `-`; a leading dot; nothing left) gets those replaced
 * by `-` and a short hash of the whole file name appended (`a b.txt` → `a-b-1a2b3c4d`), so two
 * files never share an id (`a b.txt`, `a-b.txt`) and the id depends on the file's own name only:
 * adding or removing other dumps never changes it.
 *
 * @param fileName File name without folder.
 */
export function dumpIdOf(fileName: string): string {
  const base = fileName.replace(/\.txt$/i, '');
  const safe = base.replace(UNSAFE, '-');
  if (safe === base && safe !== '' && !safe.startsWith('.')) return safe;
  return `${safe.replace(/^\.+/, '') || 'dump'}-${shortHash(fileName)}`;
}
