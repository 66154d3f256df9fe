/**
 * Seeded shuffling for quiz attempts. The seed is stored with the attempt, so the same attempt
 * always shows the same order (a restored panel, a scripted CLI run with --seed), while a new
 * attempt gets a new seed and a new order. Answers are recorded by option id, never by position,
 * so an order is only ever a presentation detail.
 */

/** A 32-bit seed: any integer is reduced to an unsigned 32-bit value. */
export function normalizeSeed(seed: number): number {
  if (!Number.isFinite(seed)) throw new RangeError(`a quiz seed must be a finite number, not ${seed}`);
  return Math.trunc(seed) >>> 0;
}

/** A fresh seed for a new attempt (not cryptographic: it only decides an order). */
export function randomSeed(): number {
  return Math.floor(Math.random() * 0x1_0000_0000) >>> 0;
}

/** Mulberry32: small, fast, and good enough to shuffle a handful of options. Returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = normalizeSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/** FNV-1a over UTF-16 code units: mixes a seed with a question id into a per-question seed. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A new array with the items in a seeded Fisher–Yates order. The input is not changed. Each
 * question derives its own seed from the attempt seed and its id, so one question's order does
 * not depend on how many questions come before it.
 */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The seed one question's options are shuffled with, derived from the attempt's seed. */
export function questionSeed(attemptSeed: number, questionId: string): number {
  return hashString(`${normalizeSeed(attemptSeed)}:${questionId}`);
}
