// Article bodies: written as Markdown, previewed as the storefront would render it. react-markdown
// builds React elements and renders no raw HTML, and its URL filter drops javascript: links, so a
// body can never run a script in the console.
import { Input, Tabs, Textarea, Typography } from '@mantine/core';
import { useId } from 'react';
import Markdown from 'react-markdown';

interface Props {
  label: string;
  description?: string;
  error?: string;
  value: string;
  onChange(value: string): void;
}

export function MarkdownField({ label, description, error, value, onChange }: Props) {
  const id = useId();
  return (
    <Input.Wrapper label={label} description={description} error={error} id={id}>
      <Tabs defaultValue="write" keepMounted={false} mt={4}>
        <Tabs.List>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="xs">
          <Textarea
            id={id}
            aria-label={label}
            value={value}
            onChange={(event) => onChange(event.currentTarget.value)}
            autosize
            minRows={10}
            error={Boolean(error)}
          />
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="xs">
          <Typography p="sm" bd="1px solid var(--mantine-color-gray-3)" data-testid="markdown-preview">
            <Markdown>{value}</Markdown>
          </Typography>
        </Tabs.Panel>
      </Tabs>
    </Input.Wrapper>
  );
}
