/**
 * Platforms the registry knows accounts on. The first seven have their own
 * adapters and detection (utils/sites, utils/detect/platform.ts); the others
 * are judged as web pages whose path names the account (github.com/<org>,
 * whatsapp.com/channel/<id>, linkedin.com/company/<id> …), see
 * utils/detect/account-paths.ts.
 */
export const REGISTRY_PLATFORMS = ['x', 'facebook', 'instagram', 'youtube', 'telegram', 'threads', 'rutube', 'whatsapp', 'github', 'linkedin', 'tiktok', 'bluesky', 'vk', 'ok'] as const;
export type RegistryPlatform = (typeof REGISTRY_PLATFORMS)[number];
