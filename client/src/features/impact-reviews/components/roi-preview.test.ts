import { describe, expect, it } from 'vitest';

import { NO_BENEFIT, NO_COSTS, previewRoi, type RoiInputs } from './roi-preview';

const blank: RoiInputs = {
  annualisedBenefit: '',
  attributionPercent: '',
  confidencePercent: '',
  fees: '',
  travel: '',
  materials: '',
  learnerHours: '',
  loadedHourlyRate: '',
  backfill: '',
  managerTime: '',
};

describe('ROI preview', () => {
  it('works out the known case: 50,000 × 80 % × 75 % against 12,000 of costs', () => {
    const figures = previewRoi({ ...blank, annualisedBenefit: 50000, attributionPercent: 80, confidencePercent: 75, fees: 12000 });
    expect(figures).toEqual({
      learnerTimeCost: 0,
      totalCosts: 12000,
      adjustedBenefit: 30000,
      roiPercent: 150,
      benefitCostRatio: 2.5,
      roiUndefinedReason: null,
    });
  });

  it('adds every cost, the learner’s time rounded to the penny', () => {
    const figures = previewRoi({
      ...blank,
      annualisedBenefit: '10000',
      attributionPercent: '50',
      confidencePercent: '90',
      fees: 1000.1,
      travel: 0.2,
      materials: 99.99,
      learnerHours: 12.5,
      loadedHourlyRate: 33.33,
      backfill: 250,
      managerTime: 100,
    });
    // 12.5 × 33.33 = 416.625 → 416.63 (halves away from zero).
    expect(figures.learnerTimeCost).toBe(416.63);
    expect(figures.totalCosts).toBe(1866.92);
    expect(figures.adjustedBenefit).toBe(4500);
    // (4500 − 1866.92) / 1866.92 × 100 = 141.037…; 4500 / 1866.92 = 2.4103…
    expect(figures.roiPercent).toBe(141.04);
    expect(figures.benefitCostRatio).toBe(2.41);
  });

  it('rounds a negative ROI halves away from zero', () => {
    const figures = previewRoi({ ...blank, annualisedBenefit: 1, attributionPercent: 100, confidencePercent: 100, fees: 8 });
    // (1 − 8) / 8 × 100 = −87.5
    expect(figures.roiPercent).toBe(-87.5);
    expect(figures.benefitCostRatio).toBe(0.13);
  });

  it('has no ROI without costs, nor without the benefit, attribution and confidence', () => {
    const noCosts = previewRoi({ ...blank, annualisedBenefit: 50000, attributionPercent: 80, confidencePercent: 75 });
    expect(noCosts).toMatchObject({ adjustedBenefit: 30000, totalCosts: 0, roiPercent: null, benefitCostRatio: null, roiUndefinedReason: NO_COSTS });
    const noBenefit = previewRoi({ ...blank, annualisedBenefit: 50000, attributionPercent: 80, fees: 100 });
    expect(noBenefit).toMatchObject({ adjustedBenefit: null, roiPercent: null, roiUndefinedReason: NO_BENEFIT });
  });
});
