/**
 * The few messages the content script shows itself (the badge's label and the findings frame's
 * title), in English and Spanish. Named imports from the catalogues, so the bundle keeps these
 * entries only: the content script runs in every frame of a page, and the whole catalogues (every
 * finding, panel and options text, both languages) were a fifth of what each frame parsed. What
 * the findings frame says comes from its own bundle (src/ui/hint). The type checker holds both
 * catalogues to these ids.
 */
import {
  badgeCount_one as enCountOne,
  badgeCount_other as enCountOther,
  badgeLabel as enLabel,
  badgeShowDetails as enShowDetails,
  extName as enName,
} from '../../public/_locales/en/messages.json';
import {
  badgeCount_one as esCountOne,
  badgeCount_other as esCountOther,
  badgeLabel as esLabel,
  badgeShowDetails as esShowDetails,
  extName as esName,
} from '../../public/_locales/es/messages.json';
import { fillMessage, type Language } from '../platform/languages';

type Entry = { message: string };
export const BADGE_MESSAGES = {
  en: {
    badgeCount_one: enCountOne,
    badgeCount_other: enCountOther,
    badgeLabel: enLabel,
    badgeShowDetails: enShowDetails,
    extName: enName,
  },
  es: {
    badgeCount_one: esCountOne,
    badgeCount_other: esCountOther,
    badgeLabel: esLabel,
    badgeShowDetails: esShowDetails,
    extName: esName,
  },
} satisfies Record<Language, Record<string, Entry>>;
export type BadgeMessageId = keyof (typeof BADGE_MESSAGES)['en'];

/** The message in `lang` with its placeholders filled, as translate() in src/platform/i18n.ts fills it. */
export function badgeText(
  lang: Language,
  id: BadgeMessageId,
  params: Record<string, string | number> = {},
): string {
  return fillMessage(lang, BADGE_MESSAGES[lang][id].message, params);
}
