import { toLanguage, type Language } from '@asf-kit/core';

/**
 * The language of an element: the `lang` attribute of the element itself or its nearest
 * ancestor, crossing shadow roots; Swedish when none says otherwise.
 */
export function languageOf(element: Element): Language {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLanguage(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'sv';
}
