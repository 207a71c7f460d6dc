// What <mg-sources> accepts from a site: the source ids to list (`open` is a plain boolean attribute).
import { isSourceId, sourceIdList } from '../data/source-ids.js';
import { idList } from './spec.js';

export const sourceIdsInput = idList('source-ids', 'sourceIds', 'source', sourceIdList, isSourceId);

export const sourcesInputs = [sourceIdsInput] as const;
