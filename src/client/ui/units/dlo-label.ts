// A characteristic of the learning organisation by its number (1–11), in the plan's words.
import '../../../shared/i18n/sections/units';
import type { MessageKey } from '../../../shared/i18n/messages';

export const dloLabelKey = (dlo: number) => `unitDlo_${dlo}` as Extract<MessageKey, `unitDlo_${number}`>;
