import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';

/**
 * A secret the API returns only once (a partner key, a webhook signing secret): shown here with a
 * copy button, and gone for good when the modal closes.
 */
export function SecretOnceModal({ title, what, secret, onClose }: { title: string; what: string; secret: string | null; onClose: () => void }) {
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack>
        <Alert color="orange" title="You will not see this again">
          Copy the {what} now and store it somewhere safe (a password manager or the partner&apos;s secret store). Dermaplan never shows it again: if
          it is lost, issue a new one.
        </Alert>
        <Code block aria-label={what} data-testid="secret-once" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {secret}
        </Code>
        <Group justify="space-between">
          <CopyButton value={secret ?? ''}>
            {({ copied, copy }) => (
              <Button color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? 'Copied' : `Copy ${what}`}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onClose}>
            I have stored it
          </Button>
        </Group>
        <Text size="sm">Closing this window is the last time it is shown.</Text>
      </Stack>
    </Modal>
  );
}
