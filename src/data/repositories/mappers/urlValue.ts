// A hyperlink column (SharePoint's URL field type) holds SP.FieldUrlValue, an object with Url and
// Description (https://learn.microsoft.com/en-us/previous-versions/office/sharepoint-server/ee543042(v=office.15)).
// PnPjs v4 sends "Content-Type: application/json;charset=utf-8" (@pnp/sp behaviors/defaults), so
// SharePoint reads the JSON without verbose metadata: the value is the bare object
// { Url, Description }, with no __metadata type; a plain string is refused (400). Reads return the
// same object.

export interface FieldUrlValue {
  Url: string;
  Description: string;
}

/** The value to write: the URL with itself as description, or null to clear the column. */
export function toUrlValue(url: string | undefined | null): FieldUrlValue | null {
  const trimmed = url?.trim() ?? '';
  return trimmed === '' ? null : { Url: trimmed, Description: trimmed };
}

/** The URL a read gives back; an empty object or null is no URL. */
export function fromUrlValue(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const url = (value as { Url?: unknown }).Url;
  return typeof url === 'string' && url !== '' ? url : undefined;
}
