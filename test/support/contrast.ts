// Contrast as the reader sees it: colours from getComputedStyle, composited the way the browser paints them
// (semi-transparent backgrounds over everything behind them, up through shadow roots to the page), on a canvas.
// WCAG 2.x relative luminance and contrast ratio.

export type Rgb = [number, number, number];

const canvas = document.createElement('canvas');
canvas.width = 1;
canvas.height = 1;
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** `layers` painted bottom first on an opaque white canvas (the browser's default page), as sRGB bytes. */
export function composite(...layers: string[]): Rgb {
  context.globalCompositeOperation = 'source-over';
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, 1, 1);
  for (const layer of layers) {
    // An unparsable colour would leave fillStyle as it was and measure the layer below instead.
    if (!CSS.supports('color', layer)) throw new Error(`not a colour: ${layer}`);
    context.fillStyle = layer;
    context.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}

export function luminance([r, g, b]: Rgb): number {
  const linear = (value: number) => {
    const v = value / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function ratio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The element's parent in the composed tree (through shadow roots to their hosts). */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The background colours behind and of `element`, page first (every ancestor's, in the composed tree). */
export function backgroundLayers(element: Element, { includeSelf = true } = {}): string[] {
  const layers: string[] = [];
  let current: Element | null = includeSelf ? element : composedParent(element);
  while (current) {
    const background = getComputedStyle(current).backgroundColor;
    if (background && background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') layers.unshift(background);
    current = composedParent(current);
  }
  return layers;
}

/** Opacity the element is painted with (its own and its ancestors'). */
function opacityOf(element: Element): number {
  let opacity = 1;
  for (let current: Element | null = element; current; current = composedParent(current))
    opacity *= Number(getComputedStyle(current).opacity);
  return opacity;
}

/** Contrast of the element's text (its painted fill colour) against everything behind it. */
export function textContrast(element: Element): { ratio: number; text: Rgb; background: Rgb } {
  const layers = backgroundLayers(element);
  const background = composite(...layers);
  const style = getComputedStyle(element);
  // -webkit-text-fill-color paints the text where it differs from `color` (accent fills, tokens.styles.ts).
  const fill = style.webkitTextFillColor || style.color;
  const opacity = opacityOf(element);
  const text = composite(...layers, opacity < 1 ? withAlpha(fill, opacity) : fill);
  return { ratio: ratio(text, background), text, background };
}

/** Contrast of a border colour (or any line drawn at the element's edge) against what is outside the element. */
export function edgeContrast(element: Element, colour: string): number {
  const outside = backgroundLayers(element, { includeSelf: false });
  return ratio(composite(...outside, colour), composite(...outside));
}

/** `colour` with its alpha multiplied by `alpha` (through color-mix, which every engine here understands). */
export function withAlpha(colour: string, alpha: number): string {
  return `color-mix(in srgb, ${colour} ${(alpha * 100).toFixed(2)}%, transparent)`;
}

/** Large text in WCAG terms: at least 24 px, or 18.66 px and bold. */
export function isLargeText(element: Element): boolean {
  const style = getComputedStyle(element);
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** Visible elements in a shadow tree (nested shadow roots included) that hold text of their own. */
export function textElements(root: ShadowRoot | Element): Element[] {
  const found: Element[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.children) {
      if (child.localName === 'style' || child.localName === 'template') continue;
      if (!child.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const box = child.getBoundingClientRect();
      // Visually hidden (1×1 px, clipped) with everything in it: for screen readers only.
      if (box.width <= 1 || box.height <= 1) {
        if (getComputedStyle(child).display !== 'contents') continue;
      } else if ([...child.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '')) {
        found.push(child);
      }
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  visit(root);
  return found;
}
