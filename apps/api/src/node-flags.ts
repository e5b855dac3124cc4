/**
 * The V8 flags Node runs the API with: `pnpm start` passes them (a test keeps it in step), the
 * API processes of EFFEKT_PROCESSES inherit them, and the bench starts the API with them. Each
 * was measured under load on the bench data; the README's "Configuration" says what each buys.
 * Node accepts none of the last three in NODE_OPTIONS, so they go on its command line.
 */
export const API_NODE_FLAGS = [
  // A young generation large enough that concurrent answers are not copied again and again.
  '--max-semi-space-size=128',
  // V8 would otherwise start allocating rows and views straight into the old generation once it
  // sees some survive a collection mid-answer, and every later answer's would die there.
  '--no-allocation-site-pretenuring',
  // Start a full collection by how full the old generation is, not by whether its room is below
  // the young generation's size: with 128 MB that was true after a few MB, every 2 to 3 seconds.
  '--incremental-marking-soft-trigger=70',
  '--incremental-marking-hard-trigger=85',
] as const;
