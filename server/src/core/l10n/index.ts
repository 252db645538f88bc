export { ENGLISH, localizer } from './localizer';
export type { L10nMessage, Language, Localizer } from './localizer';
