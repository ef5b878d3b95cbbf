// Readable fragments for reasons and explanations, so every sentence the engine writes reads alike.
import { Activity, ActivityAdviceLevel, Device, Slot } from '../domain/enums';
import { SessionFact } from './facts';

const DEVICE_NAMES: Record<Device, string> = {
  [Device.DERMAROLLER]: 'roller',
  [Device.DERMAPEN]: 'pen',
  [Device.RF_MICRONEEDLING]: 'RF microneedling',
};

const ACTIVITY_NAMES: Record<Activity, string> = {
  [Activity.MAKEUP]: 'makeup',
  [Activity.SWEATY_EXERCISE]: 'sweaty exercise',
  [Activity.SWIMMING]: 'swimming',
  [Activity.SAUNA]: 'sauna',
  [Activity.DIRECT_SUN]: 'direct sun',
  [Activity.PROLONGED_SUN]: 'prolonged sun',
  [Activity.TANNING]: 'tanning',
  [Activity.WAXING]: 'waxing',
  [Activity.LASER_IPL_OR_PEEL]: 'laser, IPL or peels',
  [Activity.SCRUBS]: 'scrubs',
};

const ADVICE_VERBS: Record<ActivityAdviceLevel, string> = {
  [ActivityAdviceLevel.AVOID]: 'Avoid',
  [ActivityAdviceLevel.MINIMISE]: 'Minimise',
};

const SLOT_TIMES: Record<Slot, string> = { [Slot.AM]: 'morning', [Slot.PM]: 'evening' };

/** Whole days read better than hours, and rules are written as "resume on day N". */
export function describeDuration(hours: number): string {
  if (hours % 24 === 0) return plural(hours / 24, 'day');
  return plural(hours, 'hour');
}

export function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

export function describeDevice(device: Device): string {
  return DEVICE_NAMES[device];
}

export function describeSession(session: Pick<SessionFact, 'device' | 'needleDepthMm'>): string {
  return `${session.needleDepthMm} mm ${DEVICE_NAMES[session.device]} session`;
}

export function describeActivityAdvice(level: ActivityAdviceLevel, activity: Activity): string {
  return `${ADVICE_VERBS[level]} ${ACTIVITY_NAMES[activity]}`;
}

/** "the morning of 2024-03-02", or "the mornings of 2024-03-02 to 2024-03-04". */
export function describeSlotDays(slot: Slot, firstDate: string, lastDate: string): string {
  return firstDate === lastDate ? `the ${SLOT_TIMES[slot]} of ${firstDate}` : `the ${SLOT_TIMES[slot]}s of ${firstDate} to ${lastDate}`;
}

export function describeSlots(slots: readonly Slot[]): string {
  return `every ${joinWithAnd(slots.map((slot) => SLOT_TIMES[slot]))}`;
}

export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
