// Computed role, accessible name and state of a control from its DOM and ARIA attributes (the parts of
// HTML-AAM / accname the widgets use): works the same in every engine, unlike the engines' own trees.

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The text content of a node as a name source: hidden parts (aria-hidden, hidden, display:none) left out. */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element)) return '';
  if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return '';
  if (node instanceof HTMLElement && getComputedStyle(node).display === 'none') return '';
  if (node.getAttribute('aria-label')) return ` ${node.getAttribute('aria-label')} `;
  if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement)
    return '';
  const children = node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
  const text = [...children].map(textOf).join('');
  return ['div', 'p', 'li', 'br', 'span'].includes(node.localName) ? ` ${text} ` : text;
}

export function computedRole(element: Element): string {
  const explicit = element.getAttribute('role');
  if (explicit) return explicit.split(' ')[0]!;
  switch (element.localName) {
    case 'input': {
      const type = (element as HTMLInputElement).type;
      return (
        (
          {
            checkbox: 'checkbox',
            radio: 'radio',
            number: 'spinbutton',
            range: 'slider',
            button: 'button',
            submit: 'button',
          } as Record<string, string>
        )[type] ?? 'textbox'
      );
    }
    case 'select':
      return (element as HTMLSelectElement).multiple || (element as HTMLSelectElement).size > 1
        ? 'listbox'
        : 'combobox';
    case 'textarea':
      return 'textbox';
    case 'button':
      return 'button';
    case 'a':
      return element.hasAttribute('href') ? 'link' : 'generic';
    case 'summary':
      return 'summary';
    case 'fieldset':
      return 'group';
    case 'table':
      return 'table';
    case 'meter':
      return 'meter';
    default:
      return 'generic';
  }
}

export function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledby = element.getAttribute('aria-labelledby');
  if (labelledby) {
    return collapse(
      labelledby
        .split(/\s+/)
        .map((id) => root.getElementById?.(id) ?? (root as ShadowRoot).querySelector(`#${CSS.escape(id)}`))
        .map((node) => (node ? textOf(node) : ''))
        .join(' '),
    );
  }
  const label = element.getAttribute('aria-label');
  if (label && collapse(label)) return collapse(label);
  if ('labels' in element && (element as HTMLInputElement).labels?.length) {
    return collapse([...(element as HTMLInputElement).labels!].map(textOf).join(' '));
  }
  if (element.localName === 'fieldset')
    return collapse(textOf(element.querySelector(':scope > legend') ?? document.createElement('i')));
  if (element.localName === 'table') {
    const caption = element.querySelector(':scope > caption');
    if (caption) return collapse(textOf(caption));
  }
  if (['button', 'summary', 'a'].includes(element.localName)) return collapse(textOf(element));
  return collapse(element.getAttribute('title'));
}

export interface ControlState {
  role: string;
  name: string;
  checked?: boolean;
  expanded?: boolean;
  disabled?: boolean;
  invalid?: boolean;
}

export function controlState(element: Element): ControlState {
  const state: ControlState = { role: computedRole(element), name: accessibleName(element) };
  if (element instanceof HTMLInputElement && ['checkbox', 'radio'].includes(element.type))
    state.checked = element.checked;
  if (element.localName === 'summary') state.expanded = (element.parentElement as HTMLDetailsElement).open;
  if (element.hasAttribute('aria-expanded')) state.expanded = element.getAttribute('aria-expanded') === 'true';
  if ((element as HTMLButtonElement).disabled) state.disabled = true;
  if (element.getAttribute('aria-invalid') === 'true') state.invalid = true;
  return state;
}

/** Every control a reader operates in a shadow root (nested open shadow roots included). */
export function controlsIn(root: ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (element.matches('input:not([type="hidden"]), select, textarea, button, summary, a[href]')) found.push(element);
    if (element.shadowRoot) found.push(...controlsIn(element.shadowRoot));
  }
  return found;
}
