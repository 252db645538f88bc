/**
 * The messages between the preview panel (extension side) and its page (the webview), and the checks the extension
 * applies to what the page sends: the page is untrusted, it may only copy an address of the model it shows and
 * reveal one of that model's workloads. No `vscode` import: the page bundle includes this file.
 */
import type { PreviewFix, PreviewModel, PreviewRange, WorkloadPreview } from '../../../server/src/protocol/preview-protocol';

/** Extension → page. `version` goes up with every model sent. */
export interface ModelMessage {
  readonly type: 'model';
  readonly version: number;
  readonly model: PreviewModel;
}

/** Page → extension. */
export type PageMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'rendered'; readonly version: number }
  | { readonly type: 'copy'; readonly text: string }
  | { readonly type: 'reveal'; readonly uri: string; readonly range: PreviewRange }
  /** Indexes into the model the page shows: its `service`-th Service, `warning`-th finding, `fix`-th fix. */
  | { readonly type: 'fix'; readonly service: number; readonly warning: number; readonly fix: number };

/** What the page keeps across reloads with `vscode.setState`. */
export interface PageState {
  readonly version: number;
  readonly model: PreviewModel;
  readonly scrollY: number;
}

/** The page's message, or undefined when it is not exactly one of the shapes above. */
export function pageMessageOf(raw: unknown): PageMessage | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'rendered':
      return Number.isSafeInteger(raw.version) ? { type: 'rendered', version: raw.version as number } : undefined;
    case 'copy':
      return typeof raw.text === 'string' && raw.text.length <= 2048 ? { type: 'copy', text: raw.text } : undefined;
    case 'reveal': {
      const range = rangeOf(raw.range);
      return typeof raw.uri === 'string' && range ? { type: 'reveal', uri: raw.uri, range } : undefined;
    }
    case 'fix': {
      const { service, warning, fix } = raw;
      return [service, warning, fix].every((n) => Number.isSafeInteger(n) && (n as number) >= 0)
        ? { type: 'fix', service: service as number, warning: warning as number, fix: fix as number }
        : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The quick fix the page asks for, taken from the model the extension sent (never from the page), with the uri of
 * the Service's file it edits; undefined when the indexes name none.
 */
export function fixToApply(
  model: PreviewModel | undefined,
  message: { readonly service: number; readonly warning: number; readonly fix: number },
): { readonly uri: string; readonly fix: PreviewFix } | undefined {
  const service = model?.services[message.service];
  const fix = service?.warnings[message.warning]?.fixes[message.fix];
  return service && fix ? { uri: service.uri, fix } : undefined;
}

/** The extension's message, checked by the page before it renders anything. */
export function modelMessageOf(raw: unknown): ModelMessage | undefined {
  if (!isRecord(raw) || raw.type !== 'model' || !Number.isSafeInteger(raw.version)) return undefined;
  const model = raw.model;
  if (!isRecord(model) || !Array.isArray(model.services) || !isRecord(model.labels)) return undefined;
  return { type: 'model', version: raw.version as number, model: model as unknown as PreviewModel };
}

/** Every address of the model that gets a copy button: the only texts the page may put on the clipboard. */
export function copyableTexts(model: PreviewModel | undefined): Set<string> {
  const texts = new Set<string>();
  for (const service of model?.services ?? []) {
    for (const group of service.addresses) {
      for (const address of group.addresses) if (address.copyable) texts.add(address.text);
    }
  }
  return texts;
}

/**
 * The model's workload that the page asks to reveal: same uri, and the same range when one matches (else the first
 * of that uri). Undefined when the uri is not one of the model's workloads.
 */
export function workloadToReveal(
  model: PreviewModel | undefined,
  uri: string,
  range: PreviewRange,
): WorkloadPreview | undefined {
  const candidates = (model?.services ?? []).flatMap((service) => service.workloads).filter((w) => w.uri === uri);
  return candidates.find((w) => sameRange(w.range, range)) ?? candidates[0];
}

function sameRange(a: PreviewRange, b: PreviewRange): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function rangeOf(raw: unknown): PreviewRange | undefined {
  if (!isRecord(raw)) return undefined;
  const start = positionOf(raw.start);
  const end = positionOf(raw.end);
  return start && end ? { start, end } : undefined;
}

function positionOf(raw: unknown): { line: number; character: number } | undefined {
  if (!isRecord(raw)) return undefined;
  const { line, character } = raw;
  const ok = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
  return ok(line) && ok(character) ? { line, character } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
