/** A string literal for an OData `$filter`: single quotes doubled, then the whole query value URI-encoded. */
export const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;

export const query = (params: Record<string, string | number | undefined>): string => {
  const parts = Object.entries(params)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join('&')}` : '';
};

/** `Prefer` for every calendar read: instants in UTC (Graph leaves the offset out of dateTime). */
export const PREFER_UTC = { Prefer: 'outlook.timezone="UTC"' } as const;
