/** `/similar/titles-<n>.json`: slugs and titles of one range of papers, fetched for shown results only. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { serializeExport } from '../../lib/export-catalogue.ts';
import { loadSimilarIndex } from '../../lib/similar-catalogue.ts';

export const getStaticPaths = (async () => {
  const { titleShards } = await loadSimilarIndex();
  return titleShards.map((shard, number) => ({ params: { shard: String(number) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(serializeExport(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
