// Storybook preview: the element docs come from custom-elements.json; toolbar switches for locale and light/dark.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };
import { setLocale } from '../components/localization.js';
import '../components/define.js';
import registry from '../registry.json' with { type: 'json' };

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Widget locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(registry.locales).map(([value, { name }]) => ({ value, title: name })),
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Page colour scheme (color-scheme on the preview page)',
      toolbar: {
        title: 'Scheme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light page' },
          { value: 'dark', title: 'Dark page' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'da', scheme: 'light' },
  parameters: {
    a11y: { test: 'error', options: { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    layout: 'padded',
    // Every attribute and property is a control (stories/story-helpers.ts); show their descriptions too.
    controls: { expanded: true, sort: 'requiredFirst' },
  },
  decorators: [
    (story, context) => {
      // A fixture may pin its own locale or scheme; otherwise the toolbar decides.
      const locale = (context.parameters.locale as string | undefined) ?? (context.globals.locale as string) ?? 'da';
      const dark = context.parameters.dark === true || context.globals.scheme === 'dark';
      void setLocale(locale as 'da');
      const root = document.documentElement;
      root.style.colorScheme = dark ? 'dark' : 'light';
      document.body.style.background = dark ? '#121212' : '#ffffff';
      document.body.style.color = dark ? '#eeeeee' : '#1a1a1a';
      return story();
    },
  ],
};
export default preview;
