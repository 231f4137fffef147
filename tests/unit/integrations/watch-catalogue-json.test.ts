import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchCatalogueJson } from '../../../src/integrations/watch-catalogue-json.ts';

/** The hooks over a stand-in dev server: a watcher to emit file events on, and environments that record what they were sent. */
function devServer(contentDir: string | undefined) {
  if (contentDir !== undefined) vi.stubEnv('ATLAS_CONTENT_DIR', contentDir);
  const hooks = watchCatalogueJson().hooks as Record<string, (options: unknown) => void>;
  const watcher = Object.assign(new EventEmitter(), { added: [] as string[][], add: (paths: string[]) => void watcher.added.push(paths) });
  const sent: { environment: string; message: unknown }[] = [];
  const environment = (name: string) => ({ hot: { send: (message: unknown) => sent.push({ environment: name, message }) } });
  const server = { watcher, environments: { client: environment('client'), ssr: environment('ssr'), prerender: environment('prerender') } };
  const logged: string[] = [];
  hooks['astro:config:done']!({ config: { root: new URL('file:///project/') } });
  hooks['astro:server:setup']!({ server, logger: { info: (message: string) => logged.push(message) } });
  return { watcher, sent, logged };
}

const CATALOGUE = '/project/site/content/catalogue';
const WATCHED = [CATALOGUE, ...['topics', 'keywords', 'dumps', 'overview'].map((name) => `${CATALOGUE}/${name}.json`)];

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('watchCatalogueJson', () => {
  it.each([
    ['ATLAS_CONTENT_DIR, against the project root', 'site/content/', WATCHED],
    ['content by default', undefined, WATCHED.map((file) => file.replace('/site/content/', '/content/'))],
  ])('watches the catalogue folder and files of %s', (_, contentDir, watched) => {
    expect(devServer(contentDir).watcher.added).toEqual([watched]);
  });

  it('one burst of changes clears the routes of both server environments and reloads the browser, once', () => {
    vi.useFakeTimers();
    const { watcher, sent, logged } = devServer('site/content');
    watcher.emit('all', 'change', `${CATALOGUE}/topics.json`);
    watcher.emit('all', 'change', `${CATALOGUE}/keywords.json`);
    expect(sent).toEqual([]);
    vi.runAllTimers();
    expect(sent).toEqual([
      { environment: 'ssr', message: 'astro:content-changed' },
      { environment: 'prerender', message: 'astro:content-changed' },
      { environment: 'client', message: { type: 'full-reload', path: '*' } },
    ]);
    expect(logged).toEqual(['catalogue/topics.json, catalogue/keywords.json changed: pages read the catalogue again']);
  });

  it('a folder swapped in (as the pipeline writes) is watched again', () => {
    vi.useFakeTimers();
    const { watcher, sent } = devServer('site/content');
    watcher.emit('all', 'unlinkDir', CATALOGUE);
    watcher.emit('all', 'unlink', `${CATALOGUE}/topics.json`);
    vi.runAllTimers();
    expect(watcher.added).toEqual([WATCHED, WATCHED]);
    expect(sent).toHaveLength(3);
  });

  it('ignores every other file', () => {
    vi.useFakeTimers();
    const { watcher, sent } = devServer('site/content');
    watcher.emit('all', 'change', '/project/site/content/papers/a/b.mdx');
    watcher.emit('all', 'change', '/project/src/pages/index.astro');
    watcher.emit('all', 'change', `${CATALOGUE}/notes.json`);
    vi.runAllTimers();
    expect(sent).toEqual([]);
  });
});
