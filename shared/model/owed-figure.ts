/**
 * A figure a responsible unit owes (催报): an indicator × region × period with no figure,
 * overdue or due soon. The evaluation lists them; reminders and the digest's missing-data
 * section are built from them.
 */
export interface OwedFigure {
  /** Indicator id and name, category and responsible unit (Indicators.owner). */
  id: string;
  name: string;
  category: string;
  owner: string;
  region: string;
  /** The period's text (`2025-Q3`). */
  period: string;
  /** Due date, YYYY-MM-DD. */
  due: string;
  /** True once the due date has passed (the latest period due without a figure). */
  overdue: boolean;
  /** The due date was counted Monday–Friday (its year is not in the holiday calendar yet). */
  estimated: boolean;
}
