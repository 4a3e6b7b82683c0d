import { css } from 'lit';
import { statusStyles } from '../shared/status-styles.js';
import { statusBadgeStyles } from '../shared/status-icon.js';

const scorecard = css`
  :host {
    display: block;
    font-family: var(--asf-font-family, system-ui, sans-serif);
    color: var(--asf-color-text, #1b1b1b);
    --_gap: var(--asf-scorecard-gap, var(--asf-space-l, 1.5rem));
    --_space: var(--asf-space-s, 0.5rem);
    --_item-background: var(--asf-scorecard-item-background, var(--asf-color-surface, #fff));
    --_item-border: var(--asf-scorecard-item-border-color, var(--asf-color-border, #767676));
    --_radius: var(--asf-radius, 8px);
    --_radius-small: var(--asf-radius-small, 4px);
  }
  [part='base'] {
    display: grid;
    gap: var(--_gap);
  }
  [part='header'] > * {
    margin: 0;
  }
  [part='title'] {
    font-size: 1.4em;
    font-weight: 700;
  }
  [part='meta'],
  [part='showing'],
  [part='note'] {
    color: var(--asf-color-text-muted, #555);
  }
  [part='showing'],
  [part='empty'] {
    margin: 0;
  }

  /* Status buttons: icon, words and count; the chosen one is filled, framed and underlined
     (a cue that is not colour, which also holds in forced colours). */
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  [part='filter'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    font: inherit;
    color: var(--asf-color-text, #1b1b1b);
    background: var(--asf-color-surface, #fff);
    border: 1px solid var(--asf-color-border, #767676);
    border-radius: var(--_radius-small);
    cursor: pointer;
  }
  [part='filter'][aria-pressed='true'] {
    background: var(--asf-color-surface-muted, #e6e6e6);
    border-color: var(--asf-color-primary, #005a9c);
    box-shadow: inset 0 0 0 2px var(--asf-color-primary, #005a9c);
    font-weight: 600;
  }
  [part='filter'][aria-pressed='true'] .filter-label {
    /* Longhands: WebKit drops the shorthand with a thickness. */
    text-decoration-line: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.2em;
  }
  /* The counts as text replace the buttons on paper. */
  [part='counts'] {
    display: none;
    margin: 0;
  }
  [part='filter']:focus-visible {
    outline: 3px solid var(--asf-color-focus, #1a5fb4);
    outline-offset: 2px;
  }
  [part='count'] {
    font-variant-numeric: tabular-nums;
    font-weight: 700;
  }

  /* Goals and their indicators. */
  [part='goal'] {
    display: grid;
    gap: var(--_space);
  }
  [part='goal-title'] {
    font-size: 1.2em;
    font-weight: 700;
  }
  [part='goal-progress'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) 1rem;
    margin: 0;
  }
  [part='goal-bar'] {
    display: inline-block;
    inline-size: 8rem;
    block-size: 0.5rem;
    background: var(--asf-color-surface-muted, #e6e6e6);
    border-radius: var(--_radius-small);
    overflow: hidden;
    /* Its extent shows at 3:1, as the gauge's track does. */
    outline: 1px solid var(--asf-color-border, #767676);
    outline-offset: -1px;
  }
  [part='goal-bar'] > svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    fill: var(--asf-color-primary, #005a9c);
  }
  :host(:dir(rtl)) [part='goal-bar'] > svg {
    transform: scaleX(-1);
  }
  [part='list'] {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='item'] {
    display: grid;
    gap: var(--_space);
    padding: 0.75rem 1rem;
    background: var(--_item-background);
    border: 1px solid var(--_item-border);
    border-radius: var(--_radius);
  }
  .item-header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_space) 1rem;
  }
  [part='item-title'] {
    font-weight: 600;
  }
  .badges {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  [part='summary'] {
    margin: 0;
    color: var(--asf-color-text-muted, #555);
  }
  [part='method'] {
    font-size: 0.9em;
    color: var(--asf-color-text-muted, #555);
  }
  [part='method'] p {
    margin: 0.25rem 0 0;
  }
  [part='method-title'] {
    font-weight: 600;
  }

  @media (forced-colors: active) {
    /* Button colours, correctly paired. Highlight behind HighlightText showed as a blank box:
       forced colours draw a Canvas backplate behind text, and HighlightText on it vanished. The
       pressed button keeps ButtonText on ButtonFace and is told by a thick border (no shadow
       survives forced colours) and the underline. */
    [part='filter'] {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    [part='filter'][aria-pressed='true'] {
      color: ButtonText;
      background: ButtonFace;
      border: 3px solid Highlight;
      /* The padding shrinks by the thicker border, so the button keeps its size. */
      padding: calc(0.25rem - 2px) calc(0.75rem - 2px);
    }
    [part='filter'] .status-icon {
      stroke: ButtonText;
    }
    [part='goal-bar'] {
      border: 1px solid CanvasText;
    }
    [part='goal-bar'] > svg {
      fill: Highlight;
    }
    [part='item'] {
      border-color: CanvasText;
    }
  }

  @media print {
    /* On paper the buttons are not printed (they cannot be pressed there): the counts per status
       are printed as text instead. An indicator is not split over pages. */
    [part='filters'] {
      display: none;
    }
    [part='counts'] {
      display: block;
    }
    [part='item'] {
      break-inside: avoid;
    }
    /* Blocks, not grids, on paper: Firefox does not grow a grid whose item is pushed to the next
       page, and the next goal's title is then printed over the item's last line. */
    [part='base'],
    [part='goal'],
    [part='list'],
    [part='item'] {
      display: block;
    }
    [part='goal'] > * + *,
    [part='list'] > * + *,
    [part='item'] > * + * {
      margin-block-start: var(--_space);
    }
    [part='base'] > * + * {
      margin-block-start: var(--_gap);
    }
    [part='goal-bar'],
    [part='goal-bar'] > span {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    [part='goal-bar'] {
      border: 1px solid var(--asf-color-text, #1b1b1b);
    }
  }
`;

export const styles = [statusStyles, statusBadgeStyles, scorecard];
