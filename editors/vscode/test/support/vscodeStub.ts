// A small stand-in for the part of the `vscode` API the settings mapping reads:
// `workspace.getConfiguration('closelint')` with the defaults declared in package.json,
// overlaid with user values, the way VS Code resolves them. No VS Code download needed.
import * as fs from 'fs';
import * as path from 'path';
import { EXTENSION_ROOT } from './paths';

interface ConfigurationProperty {
  default?: unknown;
}

function declaredProperties(): Record<string, ConfigurationProperty> {
  const pkg = JSON.parse(fs.readFileSync(path.join(EXTENSION_ROOT, 'package.json'), 'utf8'));
  return pkg.contributes.configuration.properties;
}

export interface WorkspaceConfigurationStub {
  get<T>(key: string): T | undefined;
  get<T>(key: string, defaultValue: T): T;
  has(key: string): boolean;
}

/** `vscode.workspace.getConfiguration(section)` over `user` (full keys such as "closelint.speakingRateWpm"). */
export function getConfiguration(section: string, user: Record<string, unknown> = {}): WorkspaceConfigurationStub {
  const declared = declaredProperties();
  const lookup = (key: string): unknown => {
    const full = `${section}.${key}`;
    if (full in user) return user[full];
    return declared[full]?.default;
  };
  return {
    get<T>(key: string, defaultValue?: T): T | undefined {
      const value = lookup(key);
      return (value === undefined ? defaultValue : value) as T | undefined;
    },
    has(key: string): boolean {
      return lookup(key) !== undefined;
    },
  };
}
