export interface IFieldDescriptor {
  type: 'TextField' | 'Dropdown';
  targetProperty: string;
  properties: Record<string, unknown>;
}

export function PropertyPaneTextField(targetProperty: string, properties: Record<string, unknown>): IFieldDescriptor {
  return { type: 'TextField', targetProperty, properties };
}

export function PropertyPaneDropdown(targetProperty: string, properties: Record<string, unknown>): IFieldDescriptor {
  return { type: 'Dropdown', targetProperty, properties };
}
