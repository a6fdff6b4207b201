/**
 * The command of Figma's relaunch button on a generated node: set by the Figma adapter with
 * setRelaunchData and read back from figma.command on launch. manifest.json's relaunchButtons[].command
 * must be this (test/unit/build/manifest-relaunch.test.ts).
 */
export const RELAUNCH_COMMAND = 'regenerate';
