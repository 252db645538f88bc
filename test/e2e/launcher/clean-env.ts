import * as path from 'node:path';

/**
 * The environment for a nested install or tool: this process's, without what `npm run` (or a Node loader) put into
 * it. Under `npm run`, npm exports its own config as `npm_config_*` (among them `npm_config_user_agent`, naming
 * Node 20) and `npm_*` package fields; a nested `npm install` reads them as its own config, so code-server's
 * postinstall would see Node 20 and stop. The user's and the machine's npmrc files still apply.
 */
export function cleanEnvironment(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    if (!INHERITED_FROM_NPM.test(key) && !NOT_PASSED_ON.has(key)) env[key] = value;
  }
  return env;
}

/** `npm_config_*`, `npm_package_*`, `npm_lifecycle_*`, `npm_execpath`, … in any case (`NPM_CONFIG_*` too). */
const INHERITED_FROM_NPM = /^npm_/i;
/** npm sets `NODE` and `INIT_CWD` for scripts; `NODE_OPTIONS` could load a loader (tsx) into every nested Node. */
const NOT_PASSED_ON = new Set(['NODE', 'INIT_CWD', 'NODE_OPTIONS']);

/**
 * The environment for running npm (and what it builds) on another Node: that Node's `bin` first on PATH, so npm's
 * `#!/usr/bin/env node` runs on it, and its headers as `npm_config_nodedir`, so native modules build against it
 * (the machine's npmrc points `nodedir` at Node 20's). `npmConfig` adds explicit npm settings (`registry`, `cache`,
 * `fetch-retries`, …) after the cleaning.
 */
export function environmentOnNode(
  nodeHome: string | undefined,
  npmConfig: Readonly<Record<string, string>> = {},
  base: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  const env = cleanEnvironment(base);
  if (nodeHome) {
    env.PATH = [path.join(nodeHome, 'bin'), env.PATH].filter(Boolean).join(path.delimiter);
    env.npm_config_nodedir = nodeHome;
  }
  for (const [key, value] of Object.entries(npmConfig)) env[`npm_config_${key.replace(/-/g, '_')}`] = value;
  return env;
}
