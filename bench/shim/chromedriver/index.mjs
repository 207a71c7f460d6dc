// Stands in for the npm package `chromedriver` (which downloads a driver): Debian's driver (scripts/bench.mjs).
export const path = '/usr/bin/chromedriver';
