import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Which sides of a sideways scroll region hide content. */
export interface ScrollEdges {
  /** Content is hidden before the start (the region has been scrolled). */
  start: boolean;
  /** Content is hidden after the end. */
  end: boolean;
}

/**
 * Follows a scroll region of the host's view and tells which of its inline sides hide content,
 * so that the view can show a cue ("more columns to the right"). Measures on scroll and when
 * the region or its content change size (a ResizeObserver); asks the host to update only when
 * the answer changes. A region that is not displayed hides nothing.
 *
 * @example
 * private readonly edges = new ScrollEdgesController(this, () => this.renderRoot.querySelector('[part="scroller"]'));
 * render() { return html`<div ?data-more-end=${this.edges.value.end}>…</div>`; }
 */
export class ScrollEdgesController implements ReactiveController {
  /** The current edges. */
  value: ScrollEdges = { start: false, end: false };

  private target: HTMLElement | null = null;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: Host,
    private readonly find: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Reconnected after a first render: the region is there again.
    this.attach(this.find());
  }

  hostUpdated(): void {
    const target = this.find();
    if (target !== this.target) this.attach(target);
  }

  hostDisconnected(): void {
    this.attach(null);
  }

  private attach(target: HTMLElement | null): void {
    this.target?.removeEventListener('scroll', this.measure);
    this.observer?.disconnect();
    this.target = target;
    if (!target) {
      this.set({ start: false, end: false });
      return;
    }
    target.addEventListener('scroll', this.measure, { passive: true });
    if (typeof ResizeObserver !== 'undefined') {
      this.observer ??= new ResizeObserver(this.measure);
      this.observer.observe(target);
      if (target.firstElementChild) this.observer.observe(target.firstElementChild);
    }
    this.measure();
  }

  private readonly measure = (): void => {
    const t = this.target;
    if (!t) return;
    const hidden = t.scrollWidth - t.clientWidth;
    // scrollLeft is negative in right-to-left regions; its size is the distance from the start.
    const scrolled = Math.abs(t.scrollLeft);
    this.set({ start: hidden > 1 && scrolled > 1, end: hidden > 1 && scrolled < hidden - 1 });
  };

  private set(next: ScrollEdges): void {
    if (next.start === this.value.start && next.end === this.value.end) return;
    this.value = next;
    this.host.requestUpdate();
  }
}
