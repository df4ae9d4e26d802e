/** Lines the terminal keeps; the store's ring keeps more, for re-filtering. Apart from terminal-view.tsx so the console's toolbar reads it without loading xterm. */
export const terminalScrollback = 50_000;
