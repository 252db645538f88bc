import KOREAN from '../../../../l10n/bundle.l10n.ko.json';
import { formatMessage } from './format';
import type { L10nArgs } from './format';

/** The languages kube-svc speaks: English, and Korean from `l10n/bundle.l10n.ko.json`. */
export type Language = 'en' | 'ko';

/** A message as `@vscode/l10n`'s `l10n.t({ message, args, comment })` takes it; its id is `message/comment`. */
export interface L10nMessage {
  readonly message: string;
  readonly args?: L10nArgs;
  readonly comment: string | readonly string[];
}

/**
 * `l10n.t` of one language. The core's texts are `l10n.t('English {0}', value)` calls on a localizer passed down
 * as a parameter named `l10n`, so that `npm run l10n` (@vscode/l10n-dev) finds them; one process serves both
 * languages, which @vscode/l10n's one global `config()` cannot.
 */
export interface Localizer {
  readonly language: Language;
  t(message: string, ...args: readonly (string | number | boolean)[]): string;
  t(message: string, args: Readonly<Record<string, string | number | boolean>>): string;
  t(message: L10nMessage): string;
}

type Bundle = Readonly<Record<string, string | { readonly message: string }>>;

const BUNDLES: Readonly<Record<Language, Bundle>> = { en: {}, ko: KOREAN as Bundle };

function create(language: Language): Localizer {
  const bundle = BUNDLES[language];
  const translated = (id: string, english: string): string => {
    const entry = bundle[id];
    return entry === undefined ? english : typeof entry === 'string' ? entry : entry.message;
  };
  return {
    language,
    t(message: string | L10nMessage, ...rest: unknown[]): string {
      if (typeof message !== 'string') {
        const comment = typeof message.comment === 'string' ? message.comment : message.comment.join('');
        return formatMessage(translated(`${message.message}/${comment}`, message.message), message.args ?? []);
      }
      const args = rest.length === 1 && typeof rest[0] === 'object' ? (rest[0] as L10nArgs) : (rest as L10nArgs);
      return formatMessage(translated(message, message), args);
    },
  };
}

const LOCALIZERS: Readonly<Record<Language, Localizer>> = { en: create('en'), ko: create('ko') };

/** The localizer of a language; the same object each time, so it may key a cache. */
export function localizer(language: Language): Localizer {
  return LOCALIZERS[language];
}

/** English, for what stays English whatever the user's language (SARIF's rule help). */
export const ENGLISH: Localizer = LOCALIZERS.en;
