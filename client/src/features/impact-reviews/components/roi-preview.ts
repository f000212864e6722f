/**
 * The ROI worked out in the browser while the manager types, the way the server does it
 * (RoiCalculation): money to the penny first, then ROI and BCR to two places, halves away from
 * zero. Integer arithmetic (BigInt, in pence and hundredths of a percent) keeps it exact, so the
 * preview matches the server's figures for any input the server accepts.
 */

export type RoiInputs = {
  annualisedBenefit: number | string | null;
  attributionPercent: number | string | null;
  confidencePercent: number | string | null;
  fees: number | string | null;
  travel: number | string | null;
  materials: number | string | null;
  learnerHours: number | string | null;
  loadedHourlyRate: number | string | null;
  backfill: number | string | null;
  managerTime: number | string | null;
};

export type RoiPreview = {
  learnerTimeCost: number;
  totalCosts: number;
  adjustedBenefit: number | null;
  roiPercent: number | null;
  benefitCostRatio: number | null;
  /** Why there is no ROI: no costs, or the benefit, attribution or confidence still missing. */
  roiUndefinedReason: string | null;
};

export const NO_COSTS = 'No costs recorded: ROI is undefined';
export const NO_BENEFIT = 'No annualised benefit with attribution and confidence recorded yet: ROI is not calculated';

/** A value with at most two decimals as a whole number of hundredths; null when blank or not a number. */
function hundredths(value: number | string | null): bigint | null {
  if (value === null || value === '') return null;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return null;
  return BigInt(Math.round(number * 100));
}

/** `numerator / denominator` rounded to a whole number, halves away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  let quotient = n / d;
  if ((n % d) * 2n >= d) quotient += 1n;
  return negative ? -quotient : quotient;
}

const toAmount = (hundredthsValue: bigint) => Number(hundredthsValue) / 100;

export function previewRoi(inputs: RoiInputs): RoiPreview {
  const cost = (value: number | string | null) => hundredths(value) ?? 0n;
  // hours (1/100) × rate (pence) = 1/10,000 of a pound; to the penny.
  const learnerTime = divideRounded(cost(inputs.learnerHours) * cost(inputs.loadedHourlyRate), 100n);
  const total =
    cost(inputs.fees) + cost(inputs.travel) + cost(inputs.materials) + learnerTime + cost(inputs.backfill) + cost(inputs.managerTime);

  const annualised = hundredths(inputs.annualisedBenefit);
  const attribution = hundredths(inputs.attributionPercent);
  const confidence = hundredths(inputs.confidencePercent);
  // pence × (attribution % × 100) × (confidence % × 100) / (100 × 100 × 100 × 100) = pence.
  const adjusted =
    annualised !== null && attribution !== null && confidence !== null
      ? divideRounded(annualised * attribution * confidence, 100_000_000n)
      : null;

  const base = {
    learnerTimeCost: toAmount(learnerTime),
    totalCosts: toAmount(total),
    adjustedBenefit: adjusted === null ? null : toAmount(adjusted),
  };
  if (total === 0n) return { ...base, roiPercent: null, benefitCostRatio: null, roiUndefinedReason: NO_COSTS };
  if (adjusted === null) return { ...base, roiPercent: null, benefitCostRatio: null, roiUndefinedReason: NO_BENEFIT };
  return {
    ...base,
    // In hundredths of a percent, and hundredths of the ratio.
    roiPercent: toAmount(divideRounded((adjusted - total) * 10_000n, total)),
    benefitCostRatio: toAmount(divideRounded(adjusted * 100n, total)),
    roiUndefinedReason: null,
  };
}

const twoPlaces = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** `150` → `150.00 %`. */
export const formatPercent = (value: number) => `${twoPlaces.format(value)} %`;

/** `2.5` → `2.50`. */
export const formatRatio = (value: number) => twoPlaces.format(value);
