/** `/similar/vectors-<n>.json`: pruned, quantised term vectors of one range of papers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { serializeExport } from '../../lib/export-catalogue.ts';
import { loadSimilarIndex } from '../../lib/similar-catalogue.ts';

export const getStaticPaths = (async () => {
  const { vectorShards } = await loadSimilarIndex();
  return vectorShards.map((shard, number) => ({ params: { shard: String(number) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(serializeExport(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
