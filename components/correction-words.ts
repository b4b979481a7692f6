/** How a correction's site or account is named in the interface language (popup, settings page). */
import type { CorrectionTarget } from '../utils/detect/correction';
import type { PageTranslator } from '../utils/i18n/index';

const PLATFORM_NAMES: Record<string, string> = { x: 'X', facebook: 'Facebook', telegram: 'Telegram', youtube: 'YouTube', instagram: 'Instagram', threads: 'Threads', rutube: 'Rutube', whatsapp: 'WhatsApp', github: 'GitHub', linkedin: 'LinkedIn', tiktok: 'TikTok', bluesky: 'Bluesky', vk: 'VK', ok: 'Odnoklassniki' };

/** "the site mfa.gov.uz", "@MFA_KZ on X", in the interface language. */
export function targetWords(t: PageTranslator['t'], target: CorrectionTarget): string {
  if (target.platform === 'web') return t('correct.site', { host: target.host });
  const platform = PLATFORM_NAMES[target.platform] ?? target.platform;
  return target.handle ? t('correct.account', { handle: target.handle, platform }) : t('correct.accountId', { id: target.id ?? '', platform });
}

