// Random strings for the tests that compare a hand-written scanner with the regex or the segmenter it
// stands in for. The generator has a fixed seed, so a failing string comes back on every run.

/**
 * `rounds` strings of entries of `alphabet`, each `minLength` to `minLength + spread - 1` entries long,
 * from a linear congruential generator started at `seed`.
 */
export function* randomTexts(
  alphabet: readonly string[],
  {
    seed,
    rounds,
    spread,
    minLength = 0,
  }: { seed: number; rounds: number; spread: number; minLength?: number },
): Generator<string> {
  let state = seed;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  for (let round = 0; round < rounds; round++) {
    let text = "";
    const len = minLength + Math.floor(rand() * spread);
    for (let k = 0; k < len; k++) text += alphabet[Math.floor(rand() * alphabet.length)];
    yield text;
  }
}
