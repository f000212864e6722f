/** Amounts of money the API sends as plain numbers (two decimal places at most). */

const moneyFormat = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });

/** `1250` → `£1,250.00`; `—` for none. */
export const formatMoney = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : moneyFormat.format(value);
