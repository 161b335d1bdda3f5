/**
 * Small reading enhancements for analysis pages (no framework; budget 5 KB gzip):
 *
 * 1. Footnote references open their note in place instead of jumping to the
 *    end of the page: on narrow screens the note unfolds under the line, on
 *    wide screens the margin note is highlighted. Focus moves into the note
 *    so screen readers read it; Escape or the reference again closes it and
 *    returns focus. Without JS the reference is an ordinary link to the
 *    numbered note at the end, which links back.
 * 2. The table of contents marks the section being read (aria-current).
 * 3. Glossary terms show their short definition in place (term-tips.ts).
 * 4. A "Reworded since" note, when opened, shows the earlier wording, fetched
 *    from the part's wordings.json (src/lib/markdown/edition-history.ts).
 */

import { HINDSIGHT_STORAGE_KEY } from '../lib/theme';
import { setupTermTips } from './term-tips';
import { lateStylesReady } from './late-styles-ready';

const WIDE = window.matchMedia('(min-width: 64rem)');

function setupFootnotes(): void {
  const refs = document.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref][data-sidenote]');
  let openRef: HTMLAnchorElement | null = null;

  const noteFor = (ref: HTMLAnchorElement) => document.getElementById(ref.dataset.sidenote ?? '');

  const close = (returnFocus: boolean) => {
    if (!openRef) return;
    const note = noteFor(openRef);
    if (note) {
      note.classList.remove('is-open', 'is-active');
      note.setAttribute('aria-hidden', 'true');
      note.removeAttribute('role');
      note.removeAttribute('aria-label');
      note.removeAttribute('tabindex');
      note.querySelectorAll('a').forEach((a) => a.setAttribute('tabindex', '-1'));
    }
    openRef.setAttribute('aria-expanded', 'false');
    if (returnFocus) openRef.focus();
    openRef = null;
  };

  const open = (ref: HTMLAnchorElement) => {
    const note = noteFor(ref);
    if (!note) return false;
    close(false);
    note.classList.add(WIDE.matches ? 'is-active' : 'is-open');
    note.removeAttribute('aria-hidden');
    note.setAttribute('role', 'note');
    note.setAttribute('aria-label', `Note ${ref.textContent ?? ''}`);
    note.setAttribute('tabindex', '-1');
    note.querySelectorAll('a').forEach((a) => a.removeAttribute('tabindex'));
    ref.setAttribute('aria-expanded', 'true');
    openRef = ref;
    note.focus({ preventScroll: WIDE.matches });
    // On a narrow screen the open note's style (display) is in the late stylesheets (late.css; late-styles.ts
    // adds them when the page is idle). A reader who opens a note before they arrive (a slow phone) would get
    // the note shown later but not focused: a hidden element takes no focus. So it is focused once they are in.
    if (!WIDE.matches && document.activeElement !== note)
      void lateStylesReady().then(() => {
        if (openRef === ref && document.activeElement !== note) note.focus();
      });
    return true;
  };

  for (const ref of refs) {
    ref.setAttribute('aria-expanded', 'false');
    ref.setAttribute('aria-controls', ref.dataset.sidenote ?? '');
    ref.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      if (openRef === ref) {
        event.preventDefault();
        close(true);
      } else if (open(ref)) {
        event.preventDefault();
      }
    });
  }

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && openRef) close(true);
  });
  WIDE.addEventListener('change', () => close(false));
}

function setupTocMarker(): void {
  // Two lists link to the same sections (beside the text when wide, folded above it when narrow).
  const links = new Map<string, HTMLAnchorElement[]>();
  document.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]').forEach((a) => {
    const id = a.hash.slice(1);
    links.set(id, [...(links.get(id) ?? []), a]);
  });
  const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => !!h);
  if (!headings.length) return;

  let current: string | undefined;
  const mark = () => {
    // The current section is the last heading above the upper third of the viewport.
    const line = window.innerHeight / 3;
    let active = headings[0];
    for (const h of headings) if (h.getBoundingClientRect().top <= line) active = h;
    if (active.id === current) return;
    if (current) links.get(current)?.forEach((a) => a.removeAttribute('aria-current'));
    links.get(active.id)?.forEach((a) => a.setAttribute('aria-current', 'true'));
    current = active.id;
  };
  let scheduled = false;
  const onScroll = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      mark();
    });
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });
  mark();
}

/** "Hide hindsight notes": the note's argument alone, remembered (applied before paint by the head script). */
function setupHindsightToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-hindsight-toggle]');
  if (!button) return;
  const root = document.documentElement;
  const render = () => button.setAttribute('aria-pressed', String(root.classList.contains('hide-hindsight')));
  button.addEventListener('click', () => {
    const hide = !root.classList.contains('hide-hindsight');
    root.classList.toggle('hide-hindsight', hide);
    try {
      if (hide) localStorage.setItem(HINDSIGHT_STORAGE_KEY, 'hidden');
      else localStorage.removeItem(HINDSIGHT_STORAGE_KEY);
    } catch {
      // Storage blocked: the choice holds for this page only.
    }
    render();
  });
  render();
}

/** Fills each opened "Reworded since" note's slots (data-wording="<edition>") with the earlier wording. */
function setupEarlierWordings(): void {
  const notes = document.querySelectorAll<HTMLDetailsElement>('details.changed-note');
  if (!document.querySelector('details.changed-note [data-wording]')) return;
  let wordings: Promise<Record<string, Record<string, string>>> | undefined;
  const fill = (note: HTMLDetailsElement) => {
    const slots = [...note.querySelectorAll<HTMLElement>('[data-wording]')].filter((slot) => !slot.textContent);
    if (!slots.length) return;
    wordings ??= fetch(new URL('wordings.json', location.href))
      .then((r) => (r.ok ? r.json() : {}))
      .catch(() => ({}));
    void wordings.then((all) => {
      for (const slot of slots) {
        const wording = all[note.dataset.for ?? '']?.[slot.dataset.wording ?? ''];
        if (wording && !slot.textContent) slot.textContent = `“${wording}” `;
      }
    });
  };
  // A note opened by the reader, or by cite.ts for a reader arriving from an older edition's link.
  for (const note of notes) {
    if (note.open) fill(note);
    note.addEventListener('toggle', () => note.open && fill(note));
  }
}

setupFootnotes();
setupTocMarker();
setupHindsightToggle();
setupTermTips();
setupEarlierWordings();
