import * as React from 'react';
import { Text, mergeStyles } from '@fluentui/react';

const fieldsetClass = mergeStyles({ border: 'none', margin: 0, padding: 0, minWidth: 0 });
const legendClass = mergeStyles({ fontWeight: 600, padding: '5px 0', fontSize: 14 });

/** A group of related inputs with one name (checkbox lists), so screen readers announce the group. */
export const Fieldset: React.FC<{ id: string; legend: string; help?: string; error?: string }> = ({ id, legend, help, error, children }) => (
  <fieldset className={fieldsetClass} id={id} aria-describedby={[help && `${id}-help`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}>
    <legend className={legendClass}>{legend}</legend>
    {help && (
      <Text block variant="small" id={`${id}-help`} styles={{ root: { marginBottom: 6 } }}>
        {help}
      </Text>
    )}
    {children}
    {error && (
      <Text block variant="small" role="alert" id={`${id}-error`} styles={{ root: { color: '#a4262c', marginTop: 4 } }}>
        {error}
      </Text>
    )}
  </fieldset>
);
