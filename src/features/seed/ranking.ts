/**
 * A ranked ballot from the rank picked beside each option: options ranked 1, 2, 3… in that
 * order, options left without a rank are not on the ballot, equal ranks keep display order.
 */
export function rankingFrom(
  ranks: Readonly<Record<string, string>>,
  options: readonly { id: string }[],
): string[] {
  return options
    .map((o, index) => ({ id: o.id, index, rank: Number.parseInt(ranks[o.id] ?? "", 10) }))
    .filter((o) => Number.isInteger(o.rank) && o.rank > 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((o) => o.id);
}
