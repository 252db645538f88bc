import type { LanguageServiceHost } from '../core/language-service';

/**
 * What the CLI gives the language service: no workspace files (it hands the service the inputs it read), no log
 * (errors go to stderr as they happen), and no waiting: nothing cancels a CLI request, and there is no scan to yield.
 */
export const CLI_HOST: LanguageServiceHost = { nextTurn: () => Promise.resolve() };
