/** One entry of the main navigation. */
export interface NavItem {
  label: string;
  /** Site-relative path of the section's first page. */
  path: string;
}

/** The main navigation, in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Topics', path: '/topics/' },
  { label: 'Keywords', path: '/keywords/' },
  { label: 'Dumps', path: '/dumps/' },
  { label: 'Search', path: '/search/' },
  { label: 'Similar', path: '/similar/' },
  { label: 'Reading list', path: '/reading-list/' },
  { label: 'About', path: '/about/' },
];

/**
 * The `aria-current` value of a navigation link: `page` on the section's own page,
 * `true` inside the section (e.g. a topic page under Topics), otherwise none.
 *
 * @param itemPath Site-relative path of the navigation entry.
 * @param pagePath Site-relative path of the current page.
 */
export function navCurrent(itemPath: string, pagePath: string): 'page' | 'true' | undefined {
  if (pagePath === itemPath) return 'page';
  if (itemPath !== '/' && pagePath.startsWith(itemPath)) return 'true';
  return undefined;
}
