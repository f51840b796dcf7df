// The servers' side of a benchmark (the emulators standing in for SharePoint, the pages' servers
// standing in for its front end and CDN) runs at a higher scheduling priority than the browser.
// On this 2-core machine the browser's own work (compiling and running the page's scripts while
// its first reads travel) otherwise delays the server's answers: the emulator's 100 ms latency
// timer fired 13 to 69 ms late, and the view's $batch took 165 to 197 ms where its work was 1 to
// 5 ms. SharePoint's servers do not slow down because a user's browser is busy (issue 21).
// Linux gives a raised priority to the calling thread and to the threads and processes it starts
// after: call it after launching the browser and before starting the servers.
import { constants, getPriority, setPriority } from 'node:os';

/** Raises this thread's priority; returns what the benchmark records about it. */
export function raiseServerPriority(): string {
  try {
    setPriority(constants.priority.PRIORITY_HIGH);
    return `the servers ran at scheduling priority ${getPriority()} (nice), the browser at 0`;
  } catch (error) {
    // Not allowed (a user without CAP_SYS_NICE): measured as is, and said so.
    return `the servers' priority could not be raised (${(error as NodeJS.ErrnoException).code ?? String(error)}): the browser's work may delay their answers`;
  }
}
