/**
 * Polls `condition` until it returns true (or a truthy value), instead of sleeping: tests wait for
 * what they need, as fast as it happens, and fail with a clear message after `timeout` ms.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeout = 10_000, interval = 25, message = "condition" } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `: ${lastError.message}` : "";
      throw new Error(`timed out after ${timeout} ms waiting for ${message}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
