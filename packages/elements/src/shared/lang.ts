import { isServer } from 'lit-html/is-server.js';
import { toLanguage, type Language } from '@asf-kit/core';

/** The BCP 47 locale of each language, for `Intl` formatting. */
export const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * The language of elements rendered on the server, where there is no document to look up: set
 * by the server-side rendering helper (`@asf-kit/elements/ssr.js`) for each element it renders.
 */
export const serverLanguages = new WeakMap<Element, Language>();

/**
 * The language of an element: the `lang` attribute of the element itself or its nearest
 * ancestor, crossing shadow roots; on the server, the language it is rendered in; Swedish when
 * none says otherwise.
 */
export function languageOf(element: Element): Language {
  if (isServer) {
    // The server's DOM shim has attributes but no tree.
    if (element.hasAttribute('lang')) return toLanguage(element.getAttribute('lang'));
    return serverLanguages.get(element) ?? 'sv';
  }
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return toLanguage(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'sv';
}

/**
 * The `lang` to put on a part of an element's view whose text is in `partLang`, inside
 * surroundings in `hostLang`: the part's language where the two differ, else nothing (use with
 * `ifDefined`). Plan text in Swedish shown on an English page must say so (WCAG 3.1.2).
 */
export function langOfPart(partLang: Language, hostLang: Language): Language | undefined {
  return partLang === hostLang ? undefined : partLang;
}
