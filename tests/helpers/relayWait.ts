/** Polling helper for tests: waits for a condition instead of sleeping. */
export interface WaitOptions {
  timeout?: number;
  interval?: number;
  message?: string;
}

/**
 * Polls `condition` until it returns a truthy value (which is returned) or `timeout` ms pass.
 * Exceptions thrown by the condition count as "not yet".
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  { timeout = 10_000, interval = 25, message = "condition" }: WaitOptions = {},
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
      const cause = lastError instanceof Error ? ` (last error: ${lastError.message})` : "";
      throw new Error(`waitFor: ${message} not met within ${timeout} ms${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
