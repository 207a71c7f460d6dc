// Accessors for the bibliography (data/sources.json).
import sourcesJson from '../../data/sources.json' with { type: 'json' };
import type { Source } from '../schema/sources.js';
import { UnknownIdError } from './errors.js';

export { isSourceId } from './source-ids.js';

const sources = sourcesJson as Source[];
const byId = new Map(sources.map((source) => [source.id, source]));

export function sourceIds(): string[] {
  return sources.map((source) => source.id);
}

export function sourceById(id: string): Source {
  const source = byId.get(id);
  if (!source) throw new UnknownIdError('source', id);
  return source;
}

/** The sources for a list of ids, in the order given, without duplicates. */
export function sourcesByIds(ids: readonly string[]): Source[] {
  return [...new Set(ids)].map(sourceById);
}
