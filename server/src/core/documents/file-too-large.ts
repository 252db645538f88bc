import { ruleAdvice } from '../docs/rule-advice';
import { localizer } from '../l10n';
import type { Language } from '../l10n';
import type { CheckSettings, RuleLevel } from '../settings';
import type { Finding } from './finding';

/** The rule id of the one note a file too large to check gets instead of its findings. */
export const FILE_TOO_LARGE_RULE = 'file-too-large';

export const FILE_TOO_LARGE_DESCRIPTION =
  'A file larger than kubeSvc.maxFileSize (5 MiB by default) is neither checked nor indexed; one note says so.';

/**
 * The UTF-8 size of a text, without copying it, counted as an encoder writes it: a lone surrogate becomes U+FFFD
 * (3 bytes), as Node's `Buffer.byteLength` and `TextEncoder` count it. Counted here because the core runs without
 * Node's `Buffer`.
 */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether a text is over `limit` UTF-8 bytes; counts the bytes only when its length leaves it in doubt. */
export function textOver(text: string, limit: number): boolean {
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  return utf8Bytes(text) > limit;
}

/**
 * The single note at the start of a skipped file, at the level `kubeSvc.rules` gives `file-too-large` (info by
 * default); undefined when that level is `off` (the file is skipped all the same) or checking is disabled.
 */
export function fileTooLargeFinding(bytes: number, settings: CheckSettings, language: Language = 'en'): Finding | undefined {
  const level: RuleLevel = settings.rules[FILE_TOO_LARGE_RULE] ?? 'info';
  if (level === 'off' || !settings.enable) return undefined;
  const l10n = localizer(language);
  const unit = l10n.t('bytes');
  const size = bytes < 1024 ? formatBytes(bytes, unit) : `${formatBytes(bytes, unit)} (${bytes} ${unit})`;
  const limit = `${formatBytes(settings.maxFileSize, unit)} (kubeSvc.maxFileSize)`;
  const text = l10n.t('not checked: the file is {0}, over the {1} limit', size, limit);
  return {
    code: FILE_TOO_LARGE_RULE,
    severity: level,
    message: `${text} — ${ruleAdvice(FILE_TOO_LARGE_RULE, l10n) ?? ''}`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    field: '',
    type: 'TooLong',
    origin: 'limit',
  };
}

/** `5 MiB`, `6.2 MiB`, `300 KiB`, `12 bytes`. */
export function formatBytes(bytes: number, unit = 'bytes'): string {
  const units: readonly [number, string][] = [
    [1024 * 1024 * 1024, 'GiB'],
    [1024 * 1024, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return unit === 'bytes' && bytes === 1 ? '1 byte' : `${bytes} ${unit}`;
}
