/**
 * The work this site reworks, and the site itself: one place for the facts
 * every credit line and (later) every citation uses.
 * Source: ../shared/research/source-note-digest.md, "Bibliographic facts".
 */
export const SOURCE_NOTE = {
  author: 'Gordon Haff',
  title: 'Hypervisor Home',
  kind: 'Quick Note',
  publisher: 'Illuminata, Inc.',
  /** ISO date of publication. */
  date: '2006-05-22',
  dateText: '22 May 2006',
} as const;

export const SITE = {
  name: 'Hypervisor Home, reworked',
  shortName: 'Hypervisor Home',
  description:
    'A citable, section-by-section rework of Gordon Haff’s 2006 Illuminata note on whether the x86 hypervisor belongs inside the operating system.',
} as const;
