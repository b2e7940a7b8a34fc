import { Finding } from '../types';
import { CheckSettings } from '../settings';
import { Translate } from '../messages';
export function applySettings(_text: string, findings: Finding[], _s: CheckSettings, _t: Translate): Finding[] {
  return findings;
}
