import { createTheme, type CSSVariablesResolver } from '@mantine/core';

// Mantine's default shades put white text on mid-tone fills, coloured text on pale "light" fills
// and dimmed text in gray.6, all under WCAG AA's 4.5:1 contrast; the browser specs check every page
// with axe. Fills use shade 9 (pass for blue, red, teal, gray, dark: the colours the console uses
// filled), light variants a dark text of their colour, and dimmed text gray.7.
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 9,
});

const LIGHT_TEXT: Record<string, string> = {
  blue: 'var(--mantine-color-blue-9)',
  red: 'var(--mantine-color-red-9)',
  teal: 'var(--mantine-color-teal-9)',
  gray: 'var(--mantine-color-gray-9)',
  green: '#1f5f2c',
  orange: '#8a3300',
  yellow: '#6b4a00',
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(Object.entries(LIGHT_TEXT).map(([color, text]) => [`--mantine-color-${color}-light-color`, text])),
  },
  dark: {},
});
