/** What {@link isSearchShortcut} needs from a keyboard event. */
export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** True when the event was already handled (e.g. by a widget). */
  defaultPrevented: boolean;
}

/** What {@link isSearchShortcut} needs from the focused element. */
export interface FocusedElement {
  tagName: string;
  isContentEditable: boolean;
}

/** Elements where `/` is text, not a shortcut. */
const TYPING_TAGS: ReadonlySet<string> = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * True when a key press should move focus to the search field: a plain `/`
 * while the reader is not typing somewhere.
 */
export function isSearchShortcut(event: ShortcutKeyEvent, focused: FocusedElement | null): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  if (!focused) return true;
  return !TYPING_TAGS.has(focused.tagName.toUpperCase()) && !focused.isContentEditable;
}
