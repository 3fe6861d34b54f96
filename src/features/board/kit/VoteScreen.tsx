/** Placeholder, filled next. */
export function VoteScreen() {
  return null;
}
