import type { PreviewModel, PreviewRange, ServicePreview } from '../protocol/preview-protocol';

/**
 * The preview model as readable sections, like `kubectl describe`: one block per Service, blank line between.
 * Lays the model out and computes nothing; line numbers are 1-based like compilers print them.
 */
export function formatPreviewText(model: PreviewModel): string {
  if (model.services.length === 0) return `${model.empty ?? ''}\n`;
  return `${model.services.map((service) => serviceBlock(service, model)).join('\n')}`;
}

const WIDTH = 19;

function serviceBlock(service: ServicePreview, model: PreviewModel): string {
  const { labels } = model;
  const lines: string[] = [];
  const field = (label: string, value: string) => lines.push(`${`${label}:`.padEnd(WIDTH)}${value}`);
  field(labels.name, service.name);
  field(labels.namespace, service.namespace);
  field(labels.type, service.headless ? `${service.type} (clusterIP: None)` : service.type);
  field(labels.file, place(service.uri, service.range));
  if (service.refused !== undefined) lines.push(`! ${service.refused}`);
  lines.push(`${' '.repeat(WIDTH)}${service.summary}`);
  field(
    labels.selector,
    service.selector.length > 0
      ? service.selector.map((pair) => `${pair.key}=${pair.value}`).join(',')
      : service.selectorNote ?? labels.noSelector,
  );
  if (service.sessionAffinity !== undefined) field(labels.sessionAffinity, service.sessionAffinity);

  lines.push(`${labels.workloads}:`);
  if (service.workloads.length === 0) lines.push(`  ${service.workloadsNote ?? labels.noWorkloads}`);
  for (const w of service.workloads) {
    lines.push(`  ${w.kind} ${w.name}  (${labels.namespace.toLowerCase()} ${w.namespace}, ${w.replicasText}${w.podText === undefined ? '' : `, ${w.podText}`})  ${place(w.uri, w.range)}`);
  }

  lines.push(`${labels.ports}:`);
  if (service.ports.length === 0) lines.push(`  ${labels.noPorts}`);
  for (const port of service.ports) {
    const extras = [port.name === '' ? '' : `name ${port.name}`, port.nodePort === null ? '' : `${labels.nodePort} ${port.nodePort}`]
      .filter((s) => s !== '')
      .join(', ');
    lines.push(`  ${port.chain}${extras === '' ? '' : `  [${extras}]`}`);
    lines.push(`    ${port.ok && port.state !== 'warning' ? '' : '! '}${port.statusText}`);
  }

  lines.push(`${labels.addresses}:`);
  for (const group of service.addresses) {
    lines.push(`  ${group.title}:`);
    if (group.hint) lines.push(`    (${group.hint})`);
    const width = Math.max(0, ...group.addresses.map((a) => a.text.length));
    for (const address of group.addresses) {
      const text = address.wouldBe === true ? `${address.text} (${labels.wouldBe})` : address.text;
      lines.push(`    ${address.note ? `${text.padEnd(width)}   ${address.note}` : text}`);
    }
  }

  lines.push(`${labels.warnings}:`);
  if (service.warnings.length === 0) lines.push(`  ${labels.noWarnings}`);
  for (const warning of service.warnings) {
    lines.push(`  ${warning.severity} ${warning.code}: ${warning.message}`);
    for (const fix of warning.fixes) lines.push(`    ${labels.fix}: ${fix.title}`);
  }
  return `${lines.join('\n')}\n`;
}

function place(uri: string, range: PreviewRange): string {
  return `${uri}:${range.start.line + 1}`;
}
