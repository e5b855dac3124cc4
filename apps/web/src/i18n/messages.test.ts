import { describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';
import { catalogues, interpolate, isLang, translate, translatePlural } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('message catalogues', () => {
  it('have exactly the same keys in every language', () => {
    for (const catalogue of Object.values(catalogues)) {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(da).sort());
    }
  });

  it.each(Object.keys(da) as (keyof typeof da)[])('%s is translated with the same placeholders', (key) => {
    expect(en[key].trim()).not.toBe('');
    expect(da[key].trim()).not.toBe('');
    expect(placeholders(en[key])).toEqual(placeholders(da[key]));
  });

  it('writes every plural key in both forms', () => {
    for (const key of Object.keys(da)) {
      if (key.endsWith('.one')) expect(Object.keys(da)).toContain(key.replace(/\.one$/, '.other'));
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} og {b}', { a: 1 })).toBe('1 og {b}');
    expect(translate('da', 'create.created', { title: 'X' })).toBe('Partnerskabet “X” er oprettet.');
  });

  it('chooses the plural form per language and formats the count', () => {
    expect(translatePlural('da', 'partnerships.count', 1)).toBe('1 partnerskab');
    expect(translatePlural('da', 'partnerships.count', 0)).toBe('0 partnerskaber');
    expect(translatePlural('da', 'partnerships.count', 1200)).toBe('1.200 partnerskaber');
    expect(translatePlural('en', 'partnerships.members', 1)).toBe('1 member');
    expect(translatePlural('en', 'partnerships.members', 1200)).toBe('1,200 members');
  });

  it('recognises only supported languages', () => {
    expect(isLang('da')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('de')).toBe(false);
    expect(isLang(null)).toBe(false);
  });
});
