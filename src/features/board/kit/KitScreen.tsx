/** Placeholder, filled next. */
export function KitScreen() {
  return null;
}
