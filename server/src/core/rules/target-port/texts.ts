import type { Advice } from '../rule';

/** The rule's advice in both languages: SARIF's help text (en) and the advice of its Korean messages (ko). */
export const ADVICE: Advice = (l10n) => l10n.t('Set `targetPort` to an unquoted number from 1 to 65535, or to the name of a container port (at most 15 lowercase characters, with a letter).');

export const FIX_THE_PORT = 'targetPort defaults to `port`, so fix the port number (1-65535)';
export const PORT_RANGE = 'use a port number from 1 to 65535';
export const UNQUOTE = 'a quoted number is a port name: write the number without quotes';
export const CONTAINER_PORT_NAME =
  'name a container port (lowercase letters, digits and "-", at most 15, with a letter) or give its number';
