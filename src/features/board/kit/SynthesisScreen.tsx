/** Placeholder, filled next. */
export function SynthesisScreen() {
  return null;
}
