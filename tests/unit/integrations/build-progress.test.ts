import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildProgress, type BuildProgressMessage } from '../../../src/integrations/build-progress.ts';

/** The two hooks with just what they read: a logger whose options the build shares, and the built pages. */
function hooksOf() {
  const hooks = buildProgress().hooks as Record<string, (options: unknown) => void>;
  const logger = { options: { level: 'info' } };
  return {
    logger,
    start: () => hooks['astro:build:start']!({ logger }),
    done: (pages: number) => hooks['astro:build:done']!({ logger, pages: Array.from({ length: pages }, (_, i) => ({ pathname: `p${i}/` })) }),
  };
}

const originalSend = process.send;
afterEach(() => {
  process.send = originalSend;
  vi.unstubAllEnvs();
});

describe('buildProgress', () => {
  it('under build-site, reports the synced content and the page count, and quiets only the page phase', () => {
    vi.stubEnv('ATLAS_BUILD_PROGRESS', '1');
    const sent: BuildProgressMessage[] = [];
    process.send = ((message: BuildProgressMessage) => sent.push(message) > 0) as typeof process.send;
    const { logger, start, done } = hooksOf();
    start();
    expect(sent).toEqual([{ type: 'content-synced' }]);
    expect(logger.options.level).toBe('warn');
    done(3);
    expect(sent).toEqual([{ type: 'content-synced' }, { type: 'pages-built', pages: 3 }]);
    expect(logger.options.level).toBe('info');
  });

  it('leaves a level other than info as it was (e.g. --verbose)', () => {
    vi.stubEnv('ATLAS_BUILD_PROGRESS', '1');
    process.send = (() => true) as typeof process.send;
    const { logger, start, done } = hooksOf();
    logger.options.level = 'debug';
    start();
    expect(logger.options.level).toBe('debug');
    done(1);
    expect(logger.options.level).toBe('debug');
  });

  it('does nothing in a plain astro build: no IPC channel, or no ATLAS_BUILD_PROGRESS', () => {
    const sent: unknown[] = [];
    process.send = ((message: unknown) => sent.push(message) > 0) as typeof process.send;
    const withoutFlag = hooksOf();
    withoutFlag.start();
    withoutFlag.done(2);
    expect(withoutFlag.logger.options.level).toBe('info');

    vi.stubEnv('ATLAS_BUILD_PROGRESS', '1');
    process.send = undefined;
    const withoutChannel = hooksOf();
    withoutChannel.start();
    withoutChannel.done(2);
    expect(withoutChannel.logger.options.level).toBe('info');
    expect(sent).toEqual([]);
  });
});
