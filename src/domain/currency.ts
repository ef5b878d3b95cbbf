/** ISO 4217 codes this runtime knows (Intl's list: current currencies, not funds or test codes). */
const KNOWN_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(value: string): boolean {
  return KNOWN_CURRENCIES.has(value);
}

/**
 * ISO 4217's minor units where they are not 2 digits. Not Intl's: it gives the digits usually
 * displayed (0 for HUF and IDR, whose minor unit is still 2), and prices are stored in minor units.
 */
export const CURRENCIES_BY_MINOR_UNIT_DIGITS: readonly (readonly [digits: number, currencies: readonly string[]])[] = [
  [0, ['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF']],
  [3, ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND']],
  [4, ['CLF', 'UYW']],
];

const DIGITS = new Map(CURRENCIES_BY_MINOR_UNIT_DIGITS.flatMap(([digits, currencies]) => currencies.map((currency) => [currency, digits] as const)));

/** Digits after the decimal point in the currency's minor unit (2 for EUR, 0 for JPY, 3 for BHD). */
export function minorUnitDigits(currency: string): number {
  return DIGITS.get(currency) ?? 2;
}
