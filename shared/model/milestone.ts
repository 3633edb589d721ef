/** One row of the Milestones table: the expected value for a period (and region). */
export interface Milestone {
  id: string;
  /** '' means the plan's own region. */
  region: string;
  period: string;
  target: number;
  row: number;
}
