import type {
  AddressGroup,
  PortPreview,
  PreviewLabels,
  PreviewModel,
  PreviewRange,
  ServicePreview,
  WorkloadPreview,
} from '../../../../server/src/protocol/preview-protocol';
import { ENGLISH_PAGE_TEXTS } from '../page-texts';
import type { PageTexts } from '../page-texts';
import type { MiniDocument, MiniElement } from './mini-dom';

/** What the page's buttons do: post a message to the extension, which checks it. */
export interface PreviewActions {
  copy(text: string): void;
  reveal(uri: string, range: PreviewRange): void;
  /** Applies the `fix`-th quick fix of the `warning`-th finding of the `service`-th Service, as the light bulb would. */
  fix(service: number, warning: number, fix: number): void;
}

/** How long a copy button says "Copied". */
const COPIED_MS = 1500;

/**
 * Lays the model out as elements. Every string of the model (names, labels, annotations, messages: all of it may
 * come from a hostile manifest) goes in through `textContent`, so it shows as text and can never become markup.
 * Computes nothing: what to say comes from the model, in the user's language.
 */
export function renderPreview(
  doc: MiniDocument,
  model: PreviewModel,
  actions: PreviewActions,
  texts: PageTexts = ENGLISH_PAGE_TEXTS,
): MiniElement {
  const ui = new Builder(doc);
  const root = ui.el('div', 'preview');
  if (model.services.length === 0) {
    root.appendChild(ui.el('p', 'empty', model.empty ?? ''));
    return root;
  }
  model.services.forEach((service, i) => root.appendChild(serviceSection(ui, service, i, model.labels, actions, texts)));
  return root;
}

function serviceSection(
  ui: Builder,
  service: ServicePreview,
  serviceIndex: number,
  labels: PreviewLabels,
  actions: PreviewActions,
  texts: PageTexts,
): MiniElement {
  const section = ui.el('section', 'service');
  if (service.refused !== undefined) {
    section.appendChild(ui.el('p', 'refused', service.refused));
  }
  const header = section.appendChild(ui.el('header', 'service-header'));
  header.appendChild(ui.el('h1', 'service-name', service.name));
  const meta = header.appendChild(ui.el('p', 'meta'));
  meta.appendChild(ui.el('span', 'type', service.headless ? `${service.type} · ${texts.headless}` : service.type));
  meta.appendChild(ui.el('span', 'namespace', `${labels.namespace}: ${service.namespace}`));
  header.appendChild(ui.el('p', 'summary', service.summary));

  const selector = ui.part(section, labels.selector, 'selector');
  if (service.selector.length > 0) {
    const chips = selector.appendChild(ui.el('div', 'chips'));
    for (const pair of service.selector) chips.appendChild(ui.el('code', 'chip', `${pair.key}=${pair.value}`));
  } else {
    selector.appendChild(ui.el('p', 'note', service.selectorNote ?? labels.noSelector));
  }

  const workloads = ui.part(section, labels.workloads, 'workloads');
  if (service.workloads.length === 0) {
    workloads.appendChild(ui.el('p', 'note', service.workloadsNote ?? labels.noWorkloads));
  } else {
    const list = workloads.appendChild(ui.el('ul', 'list'));
    for (const workload of service.workloads) list.appendChild(workloadItem(ui, workload, labels, actions));
  }

  const ports = ui.part(section, labels.ports, 'ports');
  if (service.ports.length === 0) {
    ports.appendChild(ui.el('p', 'note', labels.noPorts));
  } else {
    const list = ports.appendChild(ui.el('ul', 'list'));
    for (const port of service.ports) list.appendChild(portItem(ui, port, labels));
  }

  const addresses = ui.part(section, labels.addresses, 'addresses');
  for (const group of service.addresses) addresses.appendChild(addressGroup(ui, group, labels, actions));

  const warnings = ui.part(section, labels.warnings, 'warnings');
  if (service.warnings.length === 0) {
    warnings.appendChild(ui.el('p', 'note', labels.noWarnings));
  } else {
    const list = warnings.appendChild(ui.el('ul', 'list'));
    service.warnings.forEach((warning, w) => {
      const item = list.appendChild(ui.el('li', `warning severity-${safeClass(warning.severity)}`));
      item.appendChild(ui.el('span', 'code', warning.code));
      item.appendChild(ui.el('span', 'message', warning.message));
      warning.fixes.forEach((fix, f) => {
        const button = item.appendChild(ui.el('button', 'fix', `${labels.fix}: ${fix.title}`));
        button.setAttribute('type', 'button');
        button.addEventListener('click', () => actions.fix(serviceIndex, w, f));
      });
    });
  }

  if (service.sessionAffinity !== undefined) {
    const affinity = ui.part(section, labels.sessionAffinity, 'session-affinity');
    affinity.appendChild(ui.el('p', '', service.sessionAffinity));
  }
  return section;
}

function workloadItem(
  ui: Builder,
  workload: WorkloadPreview,
  labels: PreviewLabels,
  actions: PreviewActions,
): MiniElement {
  const item = ui.el('li', 'workload');
  const link = item.appendChild(ui.el('button', 'link', `${workload.kind} ${workload.name}`));
  link.setAttribute('type', 'button');
  link.setAttribute('title', labels.reveal);
  link.addEventListener('click', () => actions.reveal(workload.uri, workload.range));
  const pod = workload.podText === undefined ? '' : ` · ${workload.podText}`;
  item.appendChild(ui.el('span', 'muted', `${labels.namespace}: ${workload.namespace} · ${workload.replicasText}${pod}`));
  return item;
}

function portItem(ui: Builder, port: PortPreview, labels: PreviewLabels): MiniElement {
  const item = ui.el('li', `port ${safeClass(port.state)}`);
  const line = item.appendChild(ui.el('div', 'port-line'));
  line.appendChild(ui.el('code', 'chain', port.chain));
  if (port.name !== '') line.appendChild(ui.el('span', 'badge', port.name));
  if (port.nodePort !== null) line.appendChild(ui.el('span', 'badge', `${labels.nodePort} ${port.nodePort}`));
  item.appendChild(ui.el('p', 'status', port.statusText));
  return item;
}

function addressGroup(ui: Builder, group: AddressGroup, labels: PreviewLabels, actions: PreviewActions): MiniElement {
  const box = ui.el('div', `group group-${safeClass(group.kind)}`);
  box.appendChild(ui.el('h3', '', group.title));
  if (group.hint) box.appendChild(ui.el('p', 'hint', group.hint));
  const list = box.appendChild(ui.el('ul', 'list'));
  for (const address of group.addresses) {
    const reach = address.reach === undefined ? '' : ` reach-${safeClass(address.reach)}`;
    const item = list.appendChild(ui.el('li', `${address.wouldBe === true ? 'address would-be' : 'address'}${reach}`));
    if (address.wouldBe === true) item.appendChild(ui.el('span', 'badge would-be', labels.wouldBe));
    // The model decided what may be copied and escaped what is not a valid address: shown here exactly as given.
    item.appendChild(ui.el('code', address.copyable ? 'url' : address.invalid === true ? 'url invalid' : 'url placeholder', address.text));
    if (address.copyable) {
      const button = item.appendChild(ui.el('button', 'copy', labels.copy));
      button.setAttribute('type', 'button');
      button.setAttribute('title', `${labels.copy} ${address.text}`);
      button.addEventListener('click', () => {
        actions.copy(address.text);
        button.textContent = labels.copied;
        setTimeout(() => {
          button.textContent = labels.copy;
        }, COPIED_MS);
      });
    }
    if (address.note) item.appendChild(ui.el('span', 'muted', address.note));
  }
  return box;
}

/** Class names come from the model's enumerations; anything else is dropped rather than written into an attribute. */
function safeClass(value: string): string {
  return /^[a-z-]+$/.test(value) ? value : 'other';
}

class Builder {
  constructor(private readonly doc: MiniDocument) {}

  el(tag: string, className: string, text?: string): MiniElement {
    const element = this.doc.createElement(tag);
    if (className !== '') element.className = className;
    if (text !== undefined) element.textContent = text;
    return element;
  }

  /** A titled part of a Service's section. */
  part(parent: MiniElement, title: string, className: string): MiniElement {
    const part = parent.appendChild(this.el('div', `part ${className}`));
    part.appendChild(this.el('h2', '', title));
    return part;
  }
}
