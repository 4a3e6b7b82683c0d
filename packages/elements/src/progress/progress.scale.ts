/**
 * Where the gauge's figures fall on its scale, shared by the bar (in the gauge's first chunk) and
 * the ring (in its lazy parts).
 * @internal
 * @module
 */
import type { IndicatorEvaluation } from '@asf-kit/core';

/** Where the gauge's scale runs, and where each figure falls on it (0–1 from the start of the track). */
export interface Scale {
  min: number;
  max: number;
  at(value: number): number;
}

/**
 * The scale from 0 (or the smallest figure) to the largest figure. When less is better it runs
 * the other way, from the largest figure at the start of the track to the smallest at its end,
 * so that the fill grows as the figure falls: for either direction the fill reaches the target
 * mark exactly when the target is reached, and the drawing never says the opposite of the status.
 */
export function scaleOf(e: IndicatorEvaluation): Scale {
  const figures = [0, e.outcome?.value, e.target?.value, e.baseline?.value].filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v),
  );
  const min = Math.min(...figures);
  let max = Math.max(...figures);
  if (max <= min) max = min + 1;
  const clamp = (share: number) => Math.min(1, Math.max(0, share));
  const at =
    e.direction === 'decrease'
      ? (v: number) => clamp((max - v) / (max - min))
      : (v: number) => clamp((v - min) / (max - min));
  return { min, max, at };
}

/** A share as a CSS percentage, rounded so that the stylesheet never sees "1e-7%". */
export const cssPercent = (share: number) => `${Math.round(share * 10000) / 100}%`;
