/**
 * Secrets of the build environment (an Algolia admin key, tokens, passwords)
 * must never reach the site: neither its config, which ships to every page,
 * nor any file of the build.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {posixPath, safeGlobby} from '@docusaurus/utils';
import {message, type MessageLocale} from '../model/messages';
import type {Problem} from '../model/problems';

export interface Secret {
  name: string;
  value: string;
}

/** Variables whose name says they are secret; a search-only key is public by design. */
const secretName = /ADMIN|SECRET|PRIVATE|PASSWORD|TOKEN/i;
const shortestSecret = 8;

export function secretsOf(environment: NodeJS.ProcessEnv): Secret[] {
  return Object.entries(environment)
    .filter((entry): entry is [string, string] => secretName.test(entry[0]) && (entry[1]?.trim().length ?? 0) >= shortestSecret)
    .map(([name, value]) => ({name, value: value.trim()}));
}

export function secretsInConfig(siteConfig: unknown, secrets: readonly Secret[], configFile: string, locale: MessageLocale): Problem[] {
  const text = JSON.stringify(siteConfig) ?? '';
  return secrets
    .filter((secret) => text.includes(secret.value))
    .map((secret) => ({
      severity: 'error' as const,
      file: configFile,
      rule: 'secret-in-config',
      message: message(locale, 'secret-in-config', {name: secret.name}),
    }));
}

/** Every file of a build that contains a secret, whatever its type, named relative to the build folder. */
export async function secretsInBuild(outDir: string, secrets: readonly Secret[], locale: MessageLocale): Promise<Problem[]> {
  if (secrets.length === 0) return [];
  const files = await safeGlobby(['**/*'], {cwd: outDir, dot: true});
  const problems: Problem[] = [];
  for (const file of files.sort()) {
    const bytes = await readFile(path.join(outDir, file));
    for (const secret of secrets) {
      if (bytes.includes(secret.value)) {
        problems.push({severity: 'error', file: posixPath(path.join(path.basename(outDir), file)), rule: 'secret-in-build', message: message(locale, 'secret-in-build', {name: secret.name})});
      }
    }
  }
  return problems;
}
