/**
 * `client:staged`: hydrate an island when it scrolls into view, as
 * `client:visible` does, but in steps the browser can interleave with a
 * reader's input. Astro's `load()` imports the renderer (React DOM, about
 * 210 KB) and the island's module together, so both are evaluated in one
 * task: 126 to 200 ms on a phone (the calculator, 4x CPU slowdown, issue
 * 15). Here the renderer is imported first, then, in a later task, the
 * island's module; `load()` then finds both evaluated and only hydrates.
 * React DOM's own evaluation is then one task of 52 to 56 ms at 4x, since
 * the build keeps it top-level module code that the browser compiles off
 * the main thread (astro.config.mjs, `commonjsOptions`); wrapped as Vite
 * wraps CommonJS by default, it was 120 to 170 ms.
 *
 * Runs in the browser: Astro inlines it into pages that use it, and
 * page-scripts.ts moves it to a cached file. The URLs are the ones Astro writes on
 * the island (`renderer-url`, `component-url`); a failed step is left to
 * `load()`, which imports them again and reports as Astro always does.
 */
import type { ClientDirective } from 'astro';

/** A task boundary: the browser may handle input and paint before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const staged: ClientDirective = (load, _options, el) => {
  const hydrate = async () => {
    for (const attribute of ['renderer-url', 'component-url']) {
      const url = el.getAttribute(attribute);
      if (url) await import(/* @vite-ignore */ url).catch(() => undefined);
      await nextTask();
    }
    await (await load())();
  };
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    void hydrate();
  });
  // astro-island is display: contents; its children are what scrolls into view.
  for (const child of el.children) observer.observe(child);
};

export default staged;
