/**
 * A small seeded PRNG (mulberry32) and the seed of a grade. Generation must be reproducible: the
 * same problem and answer text always meet the same generated datasets, and `de-dojo check --seed`
 * replays a reported case. Math.random is never used here.
 */

/** 32-bit FNV-1a over the parts (joined by NUL, so "ab"+"c" and "a"+"bc" differ). */
export function hashSeed(...parts: string[]): number {
  let h = 0x811c9dc5;
  const text = parts.join('\u0000');
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The seed of one grade: the problem and the answer's text, nothing else. */
export function gradeSeed(problemId: string, answer: string): number {
  return hashSeed(problemId, answer);
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** One element; undefined for an empty list. */
  pick<T>(items: readonly T[]): T | undefined;
  chance(p: number): boolean;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => (items.length ? items[int(items.length)] : undefined),
    chance: (p) => next() < p,
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
  };
}
