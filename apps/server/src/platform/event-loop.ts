// CPU-bound loops in a request or a job (matching topic rules over thousands of comments) share the event
// loop with every other request of the process; they hand it back every few milliseconds so that health
// checks and other workspaces' requests keep being answered.

/** How long a loop may run before it yields; well under what a health check or a user would notice. */
export const EVENT_LOOP_SLICE_MS = 20;

/**
 * A function to call between iterations of a CPU-bound loop: it resolves at once while the current slice
 * lasts, and after a `setImmediate` (letting pending I/O run) once `sliceMs` have passed.
 */
export function createEventLoopYielder(sliceMs = EVENT_LOOP_SLICE_MS): () => Promise<void> | undefined {
  let sliceStart = performance.now();
  return () => {
    if (performance.now() - sliceStart < sliceMs) return undefined;
    return new Promise<void>((resolve) => {
      setImmediate(() => {
        sliceStart = performance.now();
        resolve();
      });
    });
  };
}
