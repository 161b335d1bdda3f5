/** The hindsight data (content/data/hindsight.json), checked at build time. */
import data from '../../content/data/hindsight.json';
import { hindsightSchema } from '../lib/content-schemas';

export const HINDSIGHT = hindsightSchema.parse(data);

export const VERDICT_LABELS: Record<(typeof HINDSIGHT)['scorecard'][number]['verdict'], string> = {
  'came-true': 'Came true',
  partly: 'Partly',
  'did-not': 'Did not happen',
  'came-true-as-direction': 'Came true as a direction',
  'largely-came-true-cause-unproven': 'Largely came true; cause unproven',
};

/** "26 Jun 2008", "Oct 2007", "2019": as precise as the source. */
export function dateText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m ? new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' }) : '';
  return [d, month, y].filter(Boolean).join(' ');
}
