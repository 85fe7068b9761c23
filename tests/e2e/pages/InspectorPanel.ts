import { expect, type Locator, type Page } from '@playwright/test';

type Tab = 'Properties' | 'Findings' | 'Estimate';

/**
 * The right-hand inspector and the analysis toolbar of one person's board screen: properties of
 * the selection, findings with Show / Fix, and the estimate.
 */
export class InspectorPanel {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Inspector' });
  }

  async open(tab: Tab): Promise<void> {
    await this.panel.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    await expect(this.panel.getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute('aria-selected', 'true');
  }

  /** A finding by its rule title, about the component with this label. */
  finding(title: string, label: string): Locator {
    return this.panel.getByRole('listitem', { name: title }).filter({ hasText: `"${label}"` });
  }

  /** The one-click fix of a finding, e.g. "Add a replica". */
  fixButton(finding: Locator, action: string): Locator {
    return finding.getByRole('button', { name: new RegExp(`^${action} — fixes: `) });
  }

  field(label: string): Locator {
    return this.panel.getByLabel(label, { exact: true });
  }

  /** Types a value into a property or assumption field and commits it with Enter. */
  async setField(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
    await this.field(label).press('Enter');
  }

  /** The value cell of one row of the estimate table: the figure as the note rounds it. */
  estimate(figure: string): Locator {
    return this.estimateRow(figure).getByRole('cell').first();
  }

  /** The exact figure beside the rounded one (empty when they are the same). */
  exactEstimate(figure: string): Locator {
    return this.estimateRow(figure).getByRole('cell').nth(1);
  }

  private estimateRow(figure: string): Locator {
    return this.panel.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: figure, exact: true }) });
  }


  get loadToggle(): Locator {
    return this.page.getByRole('toolbar', { name: 'Design analysis' }).getByRole('button', { name: 'Load', exact: true });
  }
}
