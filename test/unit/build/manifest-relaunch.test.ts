/** Figma shows manifest.json's relaunch button and launches with its command; the adapter sets and handles the code's. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RELAUNCH_COMMAND } from '../../../plugin/relaunch-command';

const manifest = JSON.parse(readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8')) as {
  relaunchButtons?: { command: string }[];
};

describe('manifest.json relaunch button', () => {
  it('has the one command the Figma adapter sets with setRelaunchData and handles on launch', () => {
    expect(manifest.relaunchButtons?.map((button) => button.command)).toEqual([RELAUNCH_COMMAND]);
  });
});
