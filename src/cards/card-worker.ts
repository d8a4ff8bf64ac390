/** Worker thread entry: renders one card. Fonts load once per worker, on its first card. */
import type { CardSpec } from './card-spec.ts';
import { renderCard } from './render-card.ts';

export default async function render(spec: CardSpec): Promise<Uint8Array> {
  return renderCard(spec);
}
