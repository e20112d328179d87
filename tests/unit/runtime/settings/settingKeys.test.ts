import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../../infra/projectRoot';
import { editSettings } from '../../../../runtime/settings/editSettings';
import { LOCAL_ALIAS } from '../../../../runtime/settings/aliasOf';
import { SETTING_KEYS, defaultRuntimeSettings, type RuntimeSettings } from '../../../../runtime/settings/runtimeSettings';
import { storedSettingsSchema } from '../../../../runtime/settings/settingsSchema';

const read = (file: string) => readFileSync(join(PROJECT_ROOT, file), 'utf8');

/** The keys in the first column of the runtime settings table in docs/architecture.md (`.maxAliases` continues `limits.`). */
function documentedKeys(): string[] {
  const doc = read('docs/architecture.md');
  const section = doc.slice(doc.indexOf('## Runtime settings'), doc.indexOf('\n## ', doc.indexOf('## Runtime settings') + 1));
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => {
    let prefix = '';
    return [...row.split('|')[1]!.matchAll(/`([^`]+)`/g)].map(([, key]) => {
      if (key!.startsWith('.')) return `${prefix}${key!.slice(1)}`;
      prefix = key!.includes('.') ? key!.slice(0, key!.lastIndexOf('.') + 1) : '';
      return key!;
    });
  });
}

/** The table's fixed defaults (a number or true/false in the second column), by key; rows that defer to the stage or another section aside. */
function documentedDefaults(): Record<string, string> {
  const doc = read('docs/architecture.md');
  const section = doc.slice(doc.indexOf('## Runtime settings'), doc.indexOf('\n## ', doc.indexOf('## Runtime settings') + 1));
  return Object.fromEntries(
    section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((row) => row.split('|').map((cell) => cell.trim()))
      .filter(([, , fixed]) => /^(\d+(\.\d+)?|true|false)$/.test(fixed!))
      .map(([, key, fixed]) => [key!.replace(/`/g, ''), fixed!]),
  );
}

/** Every `npm run settings -- <command> <alias> ...` written in README.md and docs/. */
function documentedCommands(): Array<{ file: string; command: string; alias: string; args: string[]; deployed: boolean }> {
  const files = [
    'README.md',
    ...readdirSync(join(PROJECT_ROOT, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`),
  ];
  return files.flatMap((file) =>
    [...read(file).matchAll(/npm run settings -- (get|set|unset) (\S+)([^`\n#]*)/g)].map(([, command, alias, rest]) => {
      const words = rest!.trim().split(/\s+/).filter(Boolean);
      const flagAt = words.findIndex((word) => word.startsWith('--'));
      return { file, command: command!, alias: alias!, args: flagAt < 0 ? words : words.slice(0, flagAt), deployed: words.includes('--table') };
    }),
  );
}

describe('the one list of settings', () => {
  it('holds every key the stored settings schema accepts, limits as limits.<key>', () => {
    const topLevel = Object.keys(storedSettingsSchema.def.shape);

    expect([...SETTING_KEYS].filter((key) => !key.startsWith('limits.')).sort()).toEqual(topLevel.filter((key) => key !== 'limits').sort());
    expect(SETTING_KEYS).toEqual(expect.arrayContaining(['lowStockThreshold', 'limits.maxDepth', 'limits.maxPageSize']));
  });

  it('lets the settings command set lowStockThreshold, as docs/events.md shows', () => {
    expect(editSettings({}, ['lowStockThreshold=10'])).toEqual({ lowStockThreshold: 10 });
  });

  it('is exactly what the runtime settings table in docs/architecture.md lists', () => {
    expect(documentedKeys().sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('has the defaults the runtime settings table in docs/architecture.md gives', () => {
    const documented = documentedDefaults();
    const defaults = Object.fromEntries(Object.keys(documented).map((key) => [key, String(defaultRuntimeSettings()[key as keyof RuntimeSettings])]));

    expect(Object.keys(documented)).toEqual(expect.arrayContaining(['logSampleRate', 'readOnly', 'lowStockThreshold', 'refreshSeconds']));
    expect(defaults).toEqual(documented);
  });
});

describe('the settings commands in README.md and docs/', () => {
  const commands = documentedCommands();

  it('are found (the check can fail)', () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
  });

  it('name only settings the command accepts, with accepted values', () => {
    const refused = commands.flatMap(({ file, command, args }) => {
      try {
        if (command === 'set') editSettings({}, args);
        if (command === 'unset') editSettings({}, [], args);
        return [];
      } catch (error) {
        return [`${file}: ${command} ${args.join(' ')}: ${(error as Error).message}`];
      }
    });

    expect(refused).toEqual([]);
  });

  it('change a deployed alias with --table, or the one alias the local function reads', () => {
    const misleading = commands.filter(({ alias, deployed }) => !deployed && alias !== LOCAL_ALIAS && alias !== '<alias>');

    expect(misleading.map(({ file, command, alias }) => `${file}: ${command} ${alias}`)).toEqual([]);
  });
});
