import { notifications } from '@mantine/notifications';

/** A date-time as the person reading it expects it (their locale and time zone); '—' when absent. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '—';
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** An enum value as words: PARTNER_APP → "Partner app". */
export function enumWords(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A short confirmation in the corner, closing itself (Mantine's close button has no accessible name). */
export function confirmDone(message: string): void {
  notifications.show({ color: 'teal', message, withCloseButton: false });
}
