/** de-CH coordinate display: `39,15° N, 127,44° O`, two decimals (about a kilometre). */
import { ui } from '../i18n/de-CH.ts';

function degrees(value: number, positive: string, negative: string): string {
  return `${Math.abs(value).toFixed(2).replace('.', ',')}° ${value < 0 ? negative : positive}`;
}

export function formatCoordinates(lat: number, lon: number): string {
  const p = ui.pictures;
  return `${degrees(lat, p.north, p.south)}, ${degrees(lon, p.east, p.west)}`;
}
