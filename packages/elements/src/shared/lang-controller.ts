import { isServer } from 'lit-html/is-server.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Language } from '@asf-kit/core';
import { languageOf, LOCALES } from './lang.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Hosts to notify when any `lang` attribute in the document changes. One observer for all. */
const hosts = new Set<LangController>();
let observer: MutationObserver | undefined;

function observe(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const c of hosts) c.refresh();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * Tracks the language of an element: its own or its nearest ancestor's `lang` attribute
 * (Swedish when there is none), and asks the host to update when that changes.
 *
 * @example
 * class MyElement extends LitElement {
 *   private readonly i18n = new LangController(this);
 *   render() { return TEXTS.goal[this.i18n.lang]; } // TEXTS from my-element.texts.ts
 * }
 */
export class LangController implements ReactiveController {
  private current: Language = 'sv';

  /**
   * The current language of the host. On the server, where no connected callback runs and no
   * document tells, it is read when asked (see `serverLanguages`).
   */
  get lang(): Language {
    return isServer ? languageOf(this.host) : this.current;
  }

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    observe();
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Re-reads the language; the host updates when it changed. */
  refresh(): void {
    const lang = languageOf(this.host);
    if (lang !== this.current) {
      this.current = lang;
      this.host.requestUpdate();
    }
  }

  /** The BCP 47 locale for `Intl` formatting. */
  get locale(): string {
    return LOCALES[this.lang];
  }
}
