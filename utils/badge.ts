/** The toolbar badge for a detection: short text, a colour and a tooltip. Pure. */
import type { Detection } from './detect/types';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

// Colours chosen for contrast with the white badge text (WCAG AA at badge size).
const MFA_COLOR = '#1d4ed8';
const GOV_COLOR = '#047857';

export function badgeFor(detection: Detection | null | undefined): Badge {
  if (!detection || detection.kind === 'none') return { text: '', color: '#6b7280', title: 'DiploLens' };
  const where = detection.country ? ` (${detection.country})` : '';
  if (detection.kind === 'mfa') {
    return { text: 'MFA', color: MFA_COLOR, title: `DiploLens: foreign-ministry source${where}` };
  }
  return { text: 'GOV', color: GOV_COLOR, title: `DiploLens: government source${where}` };
}
