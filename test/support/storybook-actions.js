// Stands in for `storybook/actions` when a test imports stories/story-helpers.ts (server-plugins.mjs): events go
// nowhere outside Storybook.
export const action = () => () => undefined;
