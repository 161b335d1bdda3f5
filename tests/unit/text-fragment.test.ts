import { describe, expect, it } from 'vitest';
import { encodeTerm, quoteUrl, quoteWithLink, textDirective } from '../../src/lib/text-fragment';

const URL_P = 'https://hh.example.org/analysis/building-into-the-os/?edition=2026-11#p-control';

describe('text fragments', () => {
  it('encodes the directive’s delimiters as well as URL characters', () => {
    expect(encodeTerm('x86, hosted-or-native & more')).toBe('x86%2C%20hosted%2Dor%2Dnative%20%26%20more');
  });
  it('quotes a short selection exactly, whitespace folded', () => {
    expect(textDirective('  reduced value\n is still value ')).toBe('text=reduced%20value%20is%20still%20value');
  });
  it('matches a long selection by its first and last four words', () => {
    const long = 'Processor features designed to help virtualization will erode what a hypervisor is worth on its own; yet reduced value is still value';
    expect(textDirective(long)).toBe('text=Processor%20features%20designed%20to,value%20is%20still%20value');
  });
  it('keeps the paragraph anchor before the directive, so old browsers land on the paragraph', () => {
    expect(quoteUrl(URL_P, 'reduced value')).toBe(`${URL_P}:~:text=reduced%20value`);
  });
  it('gives nothing to match for an empty selection', () => {
    expect(textDirective(' \n ')).toBeNull();
    expect(quoteUrl(URL_P, '')).toBe(URL_P);
  });
  it('copies the quote, its in-text citation and the link', () => {
    expect(quoteWithLink('reduced value is\nstill value', URL_P, '(Hypervisor Home project, 2026, para. p-control)')).toBe(
      `“reduced value is still value” (Hypervisor Home project, 2026, para. p-control)\n${URL_P}:~:text=reduced%20value%20is%20still%20value`,
    );
  });
});
