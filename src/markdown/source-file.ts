import type { VFile } from 'vfile';

/** Sources are the MDX files under a `quellen/` folder; our remark plugins touch only them. */
export function isSourceFile(file: VFile): boolean {
  return /[\\/]quellen[\\/][^\\/]+\.mdx$/.test(file.path ?? '');
}
