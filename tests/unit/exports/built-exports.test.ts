/**
 * Checks the exports of an existing build (`dist/`) against the published
 * schemas. Building is heavy, so this test does not build: it is skipped
 * when `dist/papers.json` is absent (run `npm run build` first).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { papersExportSchema, topicsExportSchema } from '../../../src/lib/export-schema.ts';

const dist = new URL('../../../dist/', import.meta.url);
const built = existsSync(new URL('papers.json', dist));

describe.skipIf(!built)('built exports in dist/', () => {
  test('papers.json matches the schema, sorted by slug', () => {
    const data = papersExportSchema.parse(JSON.parse(readFileSync(new URL('papers.json', dist), 'utf8')));
    const slugs = data.papers.map((paper) => paper.slug);
    expect(slugs).toEqual([...slugs].sort());
    expect(data.papers.length).toBeGreaterThan(0);
  });

  test('topics.json matches the schema and agrees with papers.json', () => {
    const topics = topicsExportSchema.parse(JSON.parse(readFileSync(new URL('topics.json', dist), 'utf8')));
    const papers = papersExportSchema.parse(JSON.parse(readFileSync(new URL('papers.json', dist), 'utf8')));
    const topicOf = new Map(papers.papers.map((paper) => [paper.slug, paper.topic.slug]));
    for (const topic of topics.topics) {
      expect(topic.size).toBe(topic.papers.length);
      for (const slug of topic.papers) expect(topicOf.get(slug)).toBe(topic.slug);
    }
    expect(topics.dumps).toEqual(papers.dumps);
  });

  test('sitemap.xml lists exactly the built pages that are not noindex', () => {
    const sitemap = readFileSync(new URL('sitemap.xml', dist), 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] as string).pathname));
    const base = [...listed].reduce((shortest, path) => (path.length < shortest.length ? path : shortest));
    const built = (readdirSync(dist, { recursive: true }) as string[])
      .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
      .filter((file) => !/<meta name="robots" content="noindex"/.test(readFileSync(new URL(file, dist), 'utf8')))
      .map((file) => `${base}${file.slice(0, -'index.html'.length)}`);
    expect([...listed].sort()).toEqual(built.sort());
  });
});
