import type { VFile } from 'vfile';
import { isCollectionFile, KIND } from '../model/vocabulary.ts';

/** Sources are the entry files in the sources' content folder; our remark plugins touch only them. */
export function isSourceFile(file: VFile): boolean {
  const parts = (file.path ?? '').split(/[\\/]/);
  return parts.length >= 2 && parts.at(-2) === KIND.source.folder && isCollectionFile('source', parts.at(-1)!);
}
