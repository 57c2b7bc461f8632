import { checkTexts } from '../i18n/checks';
import { messageLanguage } from '../lib/content-check/language';
import { helsinkiNow } from '../lib/events/event-facts';
import { quote } from '../lib/friendly-errors';
import { isRealLocalDateTime } from '../lib/helsinki-time';

/**
 * "Now" for a build or a command-line tool, in Helsinki wall-clock time `YYYY-MM-DD HH:MM`: the
 * clock's time, or the time `HYVINVOINTIPUU_NOW` fixes (tests set it, so that what is upcoming
 * and what is past stays put). A value in any other form stops with a message naming the
 * setting, what it holds and what it should hold (in Finnish unless `HYVINVOINTIPUU_MESSAGES`
 * asks otherwise), rather than quietly counting every event as past or upcoming. An empty
 * value counts as unset.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): string {
  const fixed = env.HYVINVOINTIPUU_NOW;
  if (!fixed) return helsinkiNow();
  if (isRealLocalDateTime(fixed)) return fixed;
  const texts = checkTexts[messageLanguage(env)];
  throw new Error(
    texts.content.setting({ variable: 'HYVINVOINTIPUU_NOW', found: quote(fixed), expected: texts.schema.helsinkiTime }),
  );
}
