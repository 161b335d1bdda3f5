import { describe, expect, it } from 'vitest';
import { closestPage, editDistance } from '../../src/lib/closest-page';
import { inReadingOrder, neighbours, sectionSign } from '../../src/lib/parts';
import { readDeployment, withBase } from '../../src/lib/site';

const PAGES = ['/', '/analysis/', '/about/', '/analysis/why-it-matters/', '/analysis/building-into-the-os/', '/analysis/conclusion/'];

describe('closestPage (404 suggestions)', () => {
  it('counts single-character edits', () => {
    expect(editDistance('conclusion', 'conclusoin')).toBe(2);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('finds the part behind a typo', () => {
    expect(closestPage('/analysis/conclusoin/', PAGES)).toBe('/analysis/conclusion/');
    expect(closestPage('/analysis/building-into-os', PAGES)).toBe('/analysis/building-into-the-os/');
  });
  it('finds a part whose folder was dropped', () => {
    expect(closestPage('/conclusion/', PAGES)).toBe('/analysis/conclusion/');
  });
  it('ignores case, query and fragment', () => {
    expect(closestPage('/Analysis/Conclusion/?ref=x#p-horizon', PAGES)).toBe('/analysis/conclusion/');
  });
  it('suggests nothing for an address that resembles no page', () => {
    expect(closestPage('/wp-admin/setup-config.php', PAGES)).toBeNull();
    expect(closestPage('/', [])).toBeNull();
  });
});

describe('reading order', () => {
  const parts = [
    { slug: 'conclusion', part: 5, title: 'Conclusion' },
    { slug: 'why-it-matters', part: 1, title: 'Why' },
    { slug: 'the-independents', part: 4, title: 'The Independents' },
  ];
  it('sorts by the note’s part number', () => {
    expect(inReadingOrder(parts).map((p) => p.part)).toEqual([1, 4, 5]);
  });
  it('gives previous and next, none past either end', () => {
    expect(neighbours(parts, 'the-independents')).toEqual({ previous: parts[1], next: parts[0] });
    expect(neighbours(parts, 'why-it-matters').previous).toBeUndefined();
    expect(neighbours(parts, 'conclusion').next).toBeUndefined();
  });
  it('refuses two files claiming one part number', () => {
    expect(() => inReadingOrder([...parts, { slug: 'dup', part: 5, title: 'Dup' }])).toThrow(/both §5/);
  });
  it('writes the section sign', () => {
    expect(sectionSign(3)).toBe('§3');
  });
});

describe('deployment settings', () => {
  it('defaults to the local preview server at the root', () => {
    expect(readDeployment({})).toEqual({ site: 'http://127.0.0.1:4321', base: '/' });
  });
  it('normalises the base path to start and end with one slash', () => {
    expect(readDeployment({ SITE_URL: 'https://example.org/', BASE_PATH: 'hh' })).toEqual({ site: 'https://example.org', base: '/hh/' });
    expect(readDeployment({ BASE_PATH: '//docs/hh//' }).base).toBe('/docs/hh/');
  });
  it('explains a bad SITE_URL or BASE_PATH instead of building wrong canonicals', () => {
    expect(() => readDeployment({ SITE_URL: 'example.org' })).toThrow(/absolute URL/);
    expect(() => readDeployment({ SITE_URL: 'ftp://example.org' })).toThrow(/http or https/);
    expect(() => readDeployment({ BASE_PATH: '/a b/' })).toThrow(/BASE_PATH/);
  });
  it('joins base and path with exactly one slash', () => {
    expect(withBase('/', 'analysis/')).toBe('/analysis/');
    expect(withBase('/hh/', '/analysis/x/#p-a')).toBe('/hh/analysis/x/#p-a');
  });
});
