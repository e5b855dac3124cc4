import { da, type MessageKey } from './da';
import { en } from './en';

export type { MessageKey };
export type Messages = { readonly [K in MessageKey]: string };

export const languages = ['da', 'en'] as const;
export type Lang = (typeof languages)[number];

export const catalogues: { readonly [L in Lang]: Messages } = { da, en };

/** BCP 47 locale used with Intl for each interface language. */
export const locales: { readonly [L in Lang]: string } = { da: 'da-DK', en: 'en-GB' };

/** Keys that come in a `.one` / `.other` pair, named without the suffix. */
type PluralBase<K> = K extends `${infer Base}.one`
  ? `${Base}.other` extends MessageKey
    ? Base
    : never
  : never;
export type PluralKey = PluralBase<MessageKey>;

export type Vars = Readonly<Record<string, string | number>>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Replaces `{name}` placeholders; an unknown placeholder is left visible so it is noticed. */
export function interpolate(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  return interpolate(catalogues[lang][key], vars);
}

export function translatePlural(lang: Lang, key: PluralKey, count: number, vars: Vars = {}): string {
  const category = new Intl.PluralRules(locales[lang]).select(count);
  const full: MessageKey = category === 'one' ? `${key}.one` : `${key}.other`;
  return translate(lang, full, { count: new Intl.NumberFormat(locales[lang]).format(count), ...vars });
}
