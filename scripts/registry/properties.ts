/**
 * The Wikidata properties of accounts that the registry reads, with the
 * platform each one names. Sources: each property's Wikidata page (formatter
 * URL, P1630), as listed by Govdirectory's account-data query.
 */
import type { RegistryPlatform } from '../../seeds/registry/platforms.ts';

export const ACCOUNT_PROPERTIES: Readonly<Record<string, RegistryPlatform>> = {
  P2002: 'x', // X username
  P2013: 'facebook', // Facebook username
  P4003: 'facebook', // Facebook page ID ("Name/123…", https://www.facebook.com/$1)
  P2003: 'instagram', // Instagram username
  P2397: 'youtube', // YouTube channel ID (UC…)
  P3789: 'telegram', // Telegram username
  P11892: 'threads', // Threads username
  P10152: 'rutube', // Rutube channel ID (https://rutube.ru/channel/$1/)
  P12542: 'whatsapp', // WhatsApp channel ID (https://whatsapp.com/channel/$1)
  P2037: 'github', // GitHub username (organisations too)
  P4264: 'linkedin', // LinkedIn company or organization ID
  P7085: 'tiktok', // TikTok username
  P12361: 'bluesky', // Bluesky handle
  P3185: 'vk', // VK ID
  P5163: 'ok', // Odnoklassniki ID
};
