import { expect, type Locator, type Page } from '@playwright/test';

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  // Labels of required fields end in an asterisk.
  const passwordInput = page.getByLabel(/^Password/);
  await passwordInput.fill(password);
  await passwordInput.press('Enter');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}

/** Opens a Mantine select and picks the option with exactly this name. */
export async function choose(page: Page, select: Locator, option: string) {
  await select.click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(select).toHaveValue(option);
}

export type UnitKind = 'Organisation' | 'Department' | 'Team';

/** Creates an org unit through the "New unit" dialog on the Organisation page. */
export async function createUnit(page: Page, unit: { name: string; kind: UnitKind; parent?: string }) {
  await page.getByRole('button', { name: 'New unit' }).click();
  const dialog = page.getByRole('dialog', { name: 'New unit' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(unit.name);
  await choose(page, dialog.getByRole('textbox', { name: 'Kind', exact: true }), unit.kind);
  if (unit.parent) {
    await choose(page, dialog.getByRole('textbox', { name: 'Parent unit', exact: true }), unit.parent);
  }
  await dialog.getByRole('button', { name: 'Create unit' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: unit.name }).first()).toBeVisible();
}
