import type { Localizer } from '../l10n';
import { mdText } from '../text/markdown';
import type { FieldDoc } from './doc-types';

/** Details, default, constraints and example: the reference part below a field's summary, in Markdown. */
export function renderReference(doc: FieldDoc, l10n: Localizer): string {
  const parts: string[] = [];
  if (doc.details) parts.push(doc.details);
  if (doc.defaultText) parts.push(`*${l10n.t('Default')}:* ${doc.defaultText}`);
  if (doc.constraints && doc.constraints.length > 0) {
    parts.push(`*${l10n.t('Constraints')}:*\n${doc.constraints.map((c) => `- ${c}`).join('\n')}`);
  }
  if (doc.example) parts.push(`*${l10n.t('Example')}:*\n\`\`\`yaml\n${doc.example}\n\`\`\``);
  return parts.join('\n\n');
}

/**
 * Title, summary, then the reference part: a whole field explanation, as completion items show it. The docs are
 * ours (Markdown); the title is a key or value of the manifest's schema, escaped as every interpolated value is.
 */
export function renderDoc(title: string, doc: FieldDoc, l10n: Localizer): string {
  return [`**${mdText(title)}**`, doc.summary, renderReference(doc, l10n)].filter((part) => part !== '').join('\n\n');
}
