/** The module's source with each re-exported Fluent theme replaced by its values (see theme-values-loader.js). */
export function themeValuesSource(source: string, fluent: Record<string, unknown>): string;
