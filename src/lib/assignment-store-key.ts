/** The localStorage key of lib/assignment-store.ts, alone: pages check it before loading more. */
export const ASSIGNMENTS_KEY = 'ogoh:assignments';
