/**
 * What the command line says about the settings file it used, on stderr before the summary: a committed file can
 * switch rules off for every CI run, so the run names the file and everything it turned off.
 */

/** `settings from .kube-svc.json: rules off: service-selects-nothing; YAML syntax errors not reported (…)`. */
export function settingsLine(shownAs: string, raw: Readonly<Record<string, unknown>>): string {
  const off: string[] = [];
  if (raw.enable === false) off.push('checking is off ("enable": false)');
  const rules = offRules(raw.rules);
  if (rules.length > 0) off.push(`rules off: ${rules.join(', ')}`);
  if (raw.reportYamlErrors === false) off.push('YAML syntax errors not reported ("reportYamlErrors": false)');
  return `settings from ${shownAs}${off.length > 0 ? `: ${off.join('; ')}` : ''}`;
}

/**
 * Why a run with `"enable": false` fails: it would check nothing and pass, so a committed file could turn CI off
 * without anyone noticing. `--no-config` (the defaults) or removing the setting is the way to run the check.
 */
export function checkingOffMessage(shownAs: string, raw: Readonly<Record<string, unknown>>): string {
  return (
    `${settingsLine(shownAs, raw)}. Nothing would be checked and the run would pass, so it fails instead: ` +
    `remove "enable" from ${shownAs} (the editor has its own kubeSvc.enable), or run with --no-config.`
  );
}

/** Outside a git work tree a settings file above the current folder is not used; say so, it used to be. */
export function ignoredConfigLine(shownAs: string): string {
  return `kube-svc: not using ${shownAs}: outside a git work tree only the current folder's .kube-svc.json applies (or name it with --config)`;
}

/** The rule ids set to `off`, in the file's order; `rules` was validated before. */
function offRules(rules: unknown): string[] {
  if (typeof rules !== 'object' || rules === null) return [];
  return Object.entries(rules as Record<string, unknown>)
    .filter(([, level]) => level === 'off')
    .map(([id]) => id);
}
