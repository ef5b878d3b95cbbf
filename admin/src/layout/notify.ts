import { notifications } from '@mantine/notifications';

/** A short confirmation in the corner; its close button is labelled for screen readers. */
export function notify(message: string): void {
  notifications.show({ message, color: 'teal', closeButtonProps: { 'aria-label': 'Dismiss' } });
}
