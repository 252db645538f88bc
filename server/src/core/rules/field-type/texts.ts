import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Write the value with the type the field expects: quote `true` or `8080` in a string field, and drop the quotes from a number.');

export const PLAIN_SELECTOR =
  'a Service selector is a plain map of labels, not a label selector: put the labels directly under spec.selector';
export const LIST_OF_ONE = 'write it as a list, even for one value: put "- " before the value on its own line';
export const YAML_LIST = 'write it as a YAML list: start each item with "- "';
export const MAP_NOT_LIST = 'write it as a map of key: value pairs, not as a list';
export const FINITE_NUMBER =
  'write a finite number: YAML reads .inf and .nan as infinity and not-a-number, which JSON cannot hold';
export const QUOTE_BOOLEAN = 'put the value in quotes: YAML reads an unquoted true/false/yes/no/on/off as a boolean';
export const QUOTE_NUMBER = 'put the value in quotes: YAML reads it as a number, and this field takes a string';
export const WHOLE_NUMBER = 'use a whole number';

export function removeQuotes(value: string): string {
  return `remove the quotes: write ${value}`;
}

export function wholeNumberIn(bits: string): string {
  return `use a whole number that fits in ${bits}`;
}

export function writeExpected(expected: string): string {
  return `write ${expected} here`;
}

/** What a field of each kind holds, for "write … here". */
export const EXPECTED = {
  string: 'a string',
  time: 'a string',
  int: 'a whole number',
  bool: 'true or false',
  intOrString: 'a port number or a port name',
  stringMap: 'a map of key: "string value" pairs',
  list: 'a list',
  raw: 'a value',
} as const;

export function mapOfFields(struct: string): string {
  return `a map of ${struct} fields`;
}
