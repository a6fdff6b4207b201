/**
 * Penpot's own plugin runtime, as its editor loads it: built by build.mjs as
 * an ES module of its own (dist/playground/penpot-runtime.js). SES refuses to
 * run as sloppy script, so an IIFE bundle would not start; and importing it
 * locks the page down (repairIntrinsics), so only Penpot mode loads it.
 */
export { initPluginsRuntime, isPluginError } from '@penpot/plugins-runtime';
