/**
 * Why a plan could not be loaded, Swedish and English side by side: the words of the plan
 * controller (shared/plan-controller.ts), in a module of their own so that a bundle holds them
 * only where it holds the controller.
 * @internal
 * @module
 */
import type { Bilingual } from '@asf-kit/core';

/** Why a plan could not be loaded. */
export const LOAD_TEXTS = {
  httpError: (url: string, status: number): Bilingual => ({
    sv: `Planen kunde inte hämtas från ${url}: servern svarade ${status}${status === 404 ? ' (hittades inte)' : ''}.`,
    en: `The plan could not be loaded from ${url}: the server answered ${status}${status === 404 ? ' (not found)' : ''}.`,
  }),
  networkError: (url: string, detail: string): Bilingual => ({
    sv: `Planen kunde inte hämtas från ${url}: nätverksfel (${detail}).`,
    en: `The plan could not be loaded from ${url}: network error (${detail}).`,
  }),
  partNotLoaded: (detail: string): Bilingual => ({
    sv: `Planen kan inte läsas: en del av komponenten kunde inte laddas (${detail}).`,
    en: `The plan cannot be read: a part of the component could not be loaded (${detail}).`,
  }),
};
