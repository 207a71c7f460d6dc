// custom-elements.json: the public contract of every element, read from the class JSDoc (`@tagname`, `@attr`,
// `@prop`, `@fires {Type}`, `@csspart`, `@cssprop`). Editors, Storybook and the framework types are made from it,
// so it lists the public API only.

/** Drops what is not public API: private/protected members and statics (Lit's `properties`, our `messages`). */
function publicApiOnly() {
  return {
    name: 'magnesium-widgets-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' || !declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
          );
        }
      }
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/locales/**', 'components/**/*.styles.ts', 'components/**/*.fixtures.ts'],
  litelement: true,
  plugins: [publicApiOnly()],
};
