import type { Analyser } from '../analyser.ts';
import type { Locale } from '../../locales.ts';
import { analyser as bg } from './bg.ts';
import { analyser as fi } from './fi.ts';
import { analyser as hr } from './hr.ts';
import { analyser as ms } from './ms.ts';

/**
 * Every language's analyser, imported statically for the index build: it runs in Astro's
 * `astro:build:done` hook, after Vite's module runner has closed, so it cannot import lazily.
 * The browser uses ./index.ts, which loads only the page's language.
 */
export const analysers: Record<Locale, Analyser> = { fi, hr, bg, ms };
