/** Hosts of the platforms whose accounts the registry lists: a website (P856) on one of them is an account, not a site. */
export const PLATFORM_HOSTS: readonly string[] = [
  'x.com', 'twitter.com', 'facebook.com', 'fb.com', 'instagram.com', 'youtube.com', 'youtu.be', 't.me', 'telegram.me',
  'threads.net', 'threads.com', 'rutube.ru', 'whatsapp.com', 'wa.me', 'github.com', 'linkedin.com', 'tiktok.com', 'bsky.app',
  'vk.com', 'ok.ru',
];
