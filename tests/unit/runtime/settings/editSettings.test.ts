import { SettingsEditError, editSettings } from '../../../../runtime/settings/editSettings';
import { applyStoredSettings, parseStoredSettings } from '../../../../runtime/settings/settingsSchema';
import { defaultRuntimeSettings } from '../../../../runtime/settings/runtimeSettings';

describe('editing runtime settings', () => {
  it('applies typed assignments over what is stored', () => {
    const edited = editSettings({ logLevel: 'INFO', limits: { maxDepth: 8 } }, ['readOnly=true', 'logSampleRate=0.1', 'limits.maxCost=2000']);

    expect(edited).toEqual({ logLevel: 'INFO', readOnly: true, logSampleRate: 0.1, limits: { maxDepth: 8, maxCost: 2000 } });
  });

  it('removes overrides with unset', () => {
    expect(editSettings({ readOnly: true, limits: { maxDepth: 8 } }, [], ['readOnly', 'limits.maxDepth'])).toEqual({});
  });

  it.each([
    [['logLevel=LOUD'], /logLevel/],
    [['readOnly=yes'], /readOnly/],
    [['limits.maxPageSize=500'], /limits.maxPageSize/],
    [['colour=blue'], /colour: unknown setting/],
    [['logLevel'], /expected key=value/],
    [['refreshSeconds=1'], /refreshSeconds/],
  ])('refuses %p as a whole with a clear message', (assignments, message) => {
    expect(() => editSettings({}, ['logLevel=DEBUG', ...assignments])).toThrow(SettingsEditError);
    expect(() => editSettings({}, assignments)).toThrow(message);
  });
});

describe('stored settings', () => {
  it('overrides only what the item names', () => {
    const parsed = parseStoredSettings({ readOnly: true, limits: { maxDepth: 6 } });
    if (!parsed.ok) throw new Error('expected valid settings');

    const settings = applyStoredSettings(defaultRuntimeSettings(), parsed.settings);

    expect(settings).toEqual({ ...defaultRuntimeSettings(), readOnly: true, limits: { ...defaultRuntimeSettings().limits, maxDepth: 6 } });
  });

  it('reports every problem of an invalid item', () => {
    expect(parseStoredSettings({ logLevel: 'LOUD', limits: { maxDepth: 'deep' }, extra: 1 })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^logLevel/), expect.stringMatching(/^limits.maxDepth/), expect.stringMatching(/extra/)],
    });
  });
});

describe('editSettings with a JSON value', () => {
  it('reads a list of shipping methods and checks it as a whole', () => {
    const methods = [{ id: 'standard', title: 'Standard', amount: 500, currency: 'USD', minDays: 3, maxDays: 5 }];

    expect(editSettings({}, [`shippingMethods=${JSON.stringify(methods)}`])).toEqual({ shippingMethods: methods });
    expect(() => editSettings({}, [`shippingMethods=${JSON.stringify([{ ...methods[0], currency: 'usd' }])}`])).toThrow(/shippingMethods/);
  });
});
