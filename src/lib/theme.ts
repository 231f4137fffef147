/** A colour theme the reader can pick. */
export type Theme = 'light' | 'dark';

/** `localStorage` key of the reader's choice; `public/theme-init.js` reads the same key. */
export const THEME_STORAGE_KEY = 'paper-atlas-theme';

/**
 * The stored theme, or `null` when nothing valid is stored (then the system preference applies).
 *
 * @param stored The raw `localStorage` value.
 */
export function parseTheme(stored: string | null | undefined): Theme | null {
  return stored === 'light' || stored === 'dark' ? stored : null;
}

/**
 * The theme in effect: the stored choice, else the system preference.
 *
 * @param stored The reader's stored choice, if any.
 * @param systemDark Whether `prefers-color-scheme: dark` matches.
 */
export function effectiveTheme(stored: Theme | null, systemDark: boolean): Theme {
  return stored ?? (systemDark ? 'dark' : 'light');
}

/**
 * The theme a click on the toggle switches to.
 *
 * @param current The theme in effect.
 */
export function toggledTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
