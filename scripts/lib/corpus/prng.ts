/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so that the same
 * seed always gives the same corpus on every machine and Node version. Math.random is never
 * used: its sequence cannot be seeded.
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seededRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = () => {
    // sfc32: 128 bits of state, passes PractRand for far longer than a corpus needs.
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  for (let i = 0; i < 12; i++) next(); // mix the seed in before the first value counts
  const random: Random = {
    next,
    int: (n) => Math.floor(next() * n),
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick() aus einer leeren Liste');
      return list[Math.floor(next() * list.length)]!;
    },
  };
  return random;
}

/**
 * Picks indices 0..n-1 with weight 1/(rank+1)^exponent: a few entries are named very often
 * (as «Russland» is in a real dossier), most rarely.
 */
export class SkewedPicker {
  private readonly cumulative: Float64Array;

  constructor(n: number, exponent = 0.9) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      sum += 1 / (i + 1) ** exponent;
      this.cumulative[i] = sum;
    }
  }

  pick(random: Random): number {
    const n = this.cumulative.length;
    if (n === 0) throw new Error('SkewedPicker ohne Einträge');
    const target = random.next() * this.cumulative[n - 1]!;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
