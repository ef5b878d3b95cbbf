import { sortShort } from '../../../src/engine/ordering';

/** A deterministic pseudo-random sequence (the same lists on every run). */
function* numbers(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield state;
  }
}

describe('sortShort', () => {
  it('orders lists of every length as Array.prototype.sort does, ties kept in their order', () => {
    const random = numbers(7);
    for (let length = 0; length <= 40; length++) {
      for (let round = 0; round < 20; round++) {
        // Few distinct keys, so that ties are common; the index tells them apart afterwards.
        const items = Array.from({ length }, (_, index) => ({ key: random.next().value % 5, index }));
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const expected = [...items].sort(byKey);
        const sorted = sortShort(items, byKey);
        expect(sorted).toBe(items);
        expect(sorted).toEqual(expected);
      }
    }
  });
});
