import { languages } from '~/schemas/localized-text';
import type { MessageLanguage } from '../friendly-errors';

/**
 * The language of the content check's messages: Finnish, the staff's language, unless
 * `HYVINVOINTIPUU_MESSAGES` names another (`en` for developers, `sv`).
 */
export function messageLanguage(env: Record<string, string | undefined> = process.env): MessageLanguage {
  const asked = env.HYVINVOINTIPUU_MESSAGES?.trim().toLowerCase();
  return (languages as readonly string[]).includes(asked ?? '') ? (asked as MessageLanguage) : 'fi';
}
