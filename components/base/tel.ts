// Phone numbers in a sentence become `tel:` links, so a reader on a phone calls with one tap. Sentences stay plain
// strings (one message each, copyable as text); the numbers they contain are linked when rendered.
import { html, type TemplateResult } from 'lit';
import { telUrl } from '../../src/contacts.js';

/** `text` with every occurrence of the given numbers (not inside a longer number) as a `tel:` link. */
export function withTelLinks(
  text: string,
  numbers: readonly (string | null | undefined)[],
): (string | TemplateResult)[] {
  const wanted = [...new Set(numbers.filter((number): number is string => !!number))].sort(
    (a, b) => b.length - a.length,
  );
  if (wanted.length === 0) return [text];
  const escaped = wanted.map((number) => number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<!\\d)(${escaped.join('|')})(?![\\d])`, 'g');
  const parts: (string | TemplateResult)[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index), html`<a class="tel" href=${telUrl(match[1]!)}>${match[1]}</a>`);
    last = match.index + match[1]!.length;
  }
  parts.push(text.slice(last));
  return parts;
}
