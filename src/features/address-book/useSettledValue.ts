import { useEffect, useState } from "react";

/**
 * `value` once it has not changed for `delayMs`: for costly summaries (the duplicate count) that
 * must not run on every keystroke of a 5,000-contact book.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
