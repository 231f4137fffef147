/**
 * Id of a dump: its file name without the `.txt` extension (`000_feed.txt` → `000_feed`),
 * with anything but ASCII letters, digits, `_`, `.` and `-` replaced by `-` so the id
 * is safe in a URL (`/dumps/<id>/`).
 *
 * @param fileName File name without folder.
 */
export function dumpIdOf(fileName: string): string {
  return fileName.replace(/\.txt$/i, '').replace(/[^A-Za-z0-9_.-]/g, '-');
}
