import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A card's small status label, with the look of Fluent's medium Badge (tint or outline; danger, warning, success) in
 * tokens, as a plain span: each card has two, and Fluent's Badge (slots, an icon slot, its hooks) was a part of the
 * cards' first render that a text label does not need (docs/performance.md, "Faster where the user waits"). The
 * stroke is kept even where it is transparent, so high contrast shows the label's outline.
 */
const useStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    boxSizing: 'border-box',
    flexShrink: 0,
    height: '20px',
    minWidth: '20px',
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
  },
  rounded: { borderRadius: tokens.borderRadiusMedium },
  circular: { borderRadius: tokens.borderRadiusCircular },
  'tint-danger': { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder1) },
  'tint-warning': { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteYellowForeground1, ...shorthands.borderColor(tokens.colorPaletteYellowBorder1) },
  'tint-success': { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1, ...shorthands.borderColor(tokens.colorPaletteGreenBorder1) },
  'outline-danger': { color: tokens.colorPaletteRedForeground3, ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  'outline-warning': { color: tokens.colorPaletteYellowForeground2, ...shorthands.borderColor('currentColor') },
  'outline-success': { color: tokens.colorPaletteGreenForeground3, ...shorthands.borderColor(tokens.colorPaletteGreenBorder2) },
});

export function StatusBadge(props: { appearance: 'tint' | 'outline'; color: 'danger' | 'warning' | 'success'; shape?: 'rounded' | 'circular'; children: ReactNode }) {
  const styles = useStyles();
  return <span className={mergeClasses(styles.root, styles[props.shape ?? 'circular'], styles[`${props.appearance}-${props.color}`])}>{props.children}</span>;
}
