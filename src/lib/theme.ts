/**
 * Light and dark themes. The system preference applies by default (pure CSS);
 * a reader's explicit choice is stored under THEME_STORAGE_KEY and applied by
 * THEME_INIT_SCRIPT, which runs inline in <head> before first paint so the
 * page never flashes the wrong theme. Its sha256 hash is added to the
 * Content-Security-Policy in astro.config.mjs, which is why it is one fixed
 * string rather than a bundled module.
 */
export const THEME_STORAGE_KEY = 'hh-theme';

/** Accepted stored values; anything else (a hand-edited value) is ignored. */
export type ThemeChoice = 'light' | 'dark';

export function parseThemeChoice(value: unknown): ThemeChoice | null {
  return value === 'light' || value === 'dark' ? value : null;
}

/** Set to "hidden" when the reader hides the hindsight notes to read the note's argument alone. */
export const HINDSIGHT_STORAGE_KEY = 'hh-hindsight';

export const THEME_INIT_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')d.dataset.theme=t;if(localStorage.getItem('${HINDSIGHT_STORAGE_KEY}')==='hidden')d.classList.add('hide-hindsight')}catch(e){}})();`;
