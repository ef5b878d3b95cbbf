// Copies of the shipped knowledge folder with edits, as a release changing the files would bring.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { shippedKnowledgeDir } from '../../src/config';

/** A fresh copy of knowledge/ with each file's text passed through its edit; returns the folder. */
export function knowledgeWith(edits: Record<string, (text: string) => string> = {}): string {
  const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'dermaplan-knowledge-')), 'knowledge');
  fs.cpSync(shippedKnowledgeDir(), folder, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(folder, file);
    const before = fs.readFileSync(target, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`the edit of ${file} changed nothing`);
    fs.writeFileSync(target, after);
  }
  return folder;
}

/** Edits the entry `key` (the text from its first line up to the next entry) of a knowledge file's text. */
export function editEntry(key: string, edit: (entry: string) => string): (text: string) => string {
  return (text) => {
    const start = text.search(new RegExp(`^- (slug|key|code): ${key.replace(/[/.-]/g, '\\$&')}$`, 'm'));
    if (start < 0) throw new Error(`no entry ${key}`);
    const next = text.indexOf('\n- ', start + 1);
    const end = next < 0 ? text.length : next;
    return text.slice(0, start) + edit(text.slice(start, end)) + text.slice(end);
  };
}
