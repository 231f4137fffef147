import { effectiveTheme, parseTheme, THEME_STORAGE_KEY, toggledTheme, type Theme } from '../lib/theme.ts';

/**
 * Wires the theme toggle button(s): a click switches between light and dark and remembers
 * the choice in `localStorage`; `public/theme-init.js` applies it on the next page before paint.
 */
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');

function readStored(): Theme | null {
  try {
    return parseTheme(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch (error) {
    console.warn('Theme choice not readable, following the system preference', error);
    return null;
  }
}

function current(): Theme {
  return parseTheme(document.documentElement.getAttribute('data-theme')) ?? effectiveTheme(readStored(), systemDark.matches);
}

function show(theme: Theme): void {
  for (const button of buttons) button.setAttribute('aria-pressed', String(theme === 'dark'));
}

function choose(theme: Theme): void {
  document.documentElement.setAttribute('data-theme', theme);
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch (error) {
    console.warn('Theme choice not stored; it applies to this page only', error);
  }
  show(theme);
}

for (const button of buttons) button.addEventListener('click', () => choose(toggledTheme(current())));
systemDark.addEventListener('change', () => show(current()));
show(current());
