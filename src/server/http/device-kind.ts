// Which kind of device a request came from, for the audit trail: a phone, a tablet or a
// computer, read from the User-Agent — never which device, nor the User-Agent itself.
import type { DeviceKind } from '../../shared/audit';

export function deviceKind(userAgent: string | undefined): DeviceKind {
  if (!userAgent) return 'unknown';
  if (/iPad|Tablet|Android(?!.*Mobile)/i.test(userAgent)) return 'tablet';
  if (/Mobi|iPhone|Android/i.test(userAgent)) return 'phone';
  return 'computer';
}
