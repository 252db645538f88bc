import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Write the value with the type the field expects: quote `true` or `8080` in a string field, and drop the quotes from a number.');

export const PLAIN_SELECTOR: Advice = (l10n) => l10n.t('a Service selector is a plain map of labels, not a label selector: put the labels directly under spec.selector');
export const LIST_OF_ONE: Advice = (l10n) => l10n.t('write it as a list, even for one value: put "- " before the value on its own line');
export const YAML_LIST: Advice = (l10n) => l10n.t('write it as a YAML list: start each item with "- "');
export const MAP_NOT_LIST: Advice = (l10n) => l10n.t('write it as a map of key: value pairs, not as a list');
export const FINITE_NUMBER: Advice = (l10n) => l10n.t('write a finite number: YAML reads .inf and .nan as infinity and not-a-number, which JSON cannot hold');
export const QUOTE_BOOLEAN: Advice = (l10n) => l10n.t('put the value in quotes: YAML reads an unquoted true/false/yes/no/on/off as a boolean');
export const QUOTE_NUMBER: Advice = (l10n) => l10n.t('put the value in quotes: YAML reads it as a number, and this field takes a string');
export const WHOLE_NUMBER: Advice = (l10n) => l10n.t('use a whole number');

export function removeQuotes(value: string): Advice {
  return (l10n) => l10n.t('remove the quotes: write {0}', value);
}

export function wholeNumberIn(bits: string): Advice {
  return (l10n) => l10n.t('use a whole number that fits in {0}', bits);
}

/** `write a string here`: `expected` words what the field holds. */
export function writeExpected(expected: Advice): Advice {
  return (l10n) => l10n.t('write {0} here', expected(l10n));
}

/** What a field of each kind holds, for "write … here". */
export const EXPECTED: Readonly<Record<'string' | 'time' | 'int' | 'bool' | 'intOrString' | 'stringMap' | 'list' | 'raw', Advice>> = {
  string: (l10n) => l10n.t('a string'),
  time: (l10n) => l10n.t('a string'),
  int: (l10n) => l10n.t('a whole number'),
  bool: (l10n) => l10n.t('true or false'),
  intOrString: (l10n) => l10n.t('a port number or a port name'),
  stringMap: (l10n) => l10n.t('a map of key: "string value" pairs'),
  list: (l10n) => l10n.t('a list'),
  raw: (l10n) => l10n.t('a value'),
};

export function mapOfFields(struct: string): Advice {
  return (l10n) => l10n.t('a map of {0} fields', struct);
}
