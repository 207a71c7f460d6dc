// The ids of the bibliography (data/sources.json) without its entries: enough to check `source-ids` and count
// "Kilder (n)" before the list itself, a lazy chunk, is loaded. The CDN build imports only the ids here
// (scripts/cdn-slim.mjs, sourceIdsOnly).
import sourcesJson from '../../data/sources.json' with { type: 'json' };

const ids = new Set((sourcesJson as { id: string }[]).map((source) => source.id));

export function isSourceId(value: unknown): value is string {
  return typeof value === 'string' && ids.has(value);
}

/** Every source id, in bibliography order. */
export function sourceIdList(): string[] {
  return [...ids];
}
