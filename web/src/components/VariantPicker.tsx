import { choose, valueState, type PickerOption, type PickerVariant, type Selection, type ValueState } from '../variantPicker';

const NOTE: Record<ValueState, string> = { available: '', soldOut: ' (sold out)', none: ' (unavailable)' };

/** One radio group per option; a value that no orderable variant has with the values chosen before it is disabled and says why. */
export function VariantPicker({
  options,
  variants,
  selection,
  onChange,
}: {
  options: readonly PickerOption[];
  variants: readonly PickerVariant[];
  selection: Selection;
  onChange: (selection: Selection) => void;
}) {
  return (
    <div className="picker">
      {options.map((option, index) => (
        <fieldset key={option.name}>
          <legend>{option.name}</legend>
          {option.values.map((value) => {
            const state = valueState(options, variants, selection, index, value);
            return (
              <label key={value} className={state === 'available' ? undefined : 'unavailable'}>
                <input
                  type="radio"
                  name={`option-${index}`}
                  value={value}
                  checked={selection[index] === value}
                  disabled={state !== 'available'}
                  onChange={() => onChange(choose(options, variants, selection, index, value))}
                />
                {value}
                {NOTE[state]}
              </label>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
