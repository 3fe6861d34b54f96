/** Profile colours: distinct at a glance, each with white text contrast ≥ 4.5:1. */
export const PROFILE_COLORS = [
  "#2f6b3a",
  "#1d5fa8",
  "#8a3ea3",
  "#b03a2e",
  "#9a5b00",
  "#00707a",
  "#5a5a5a",
  "#a8326e",
] as const;
