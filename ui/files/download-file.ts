/**
 * Saves a History file from the UI iframe: a Blob URL on an <a download>,
 * clicked, then revoked. The sandbox cannot save files; the iframe can
 * (Figma's, and Penpot's with the allow:downloads permission).
 */
import { fromBase64 } from '../../core/bytes/base64';
import type { ResultFile } from '../../core/protocol/messages';
import { resultFileName } from '../state/file-name';

/** The file's bytes as a Blob of its type; undefined when its data is damaged. */
export function fileBlob(file: ResultFile): Blob | undefined {
  if (file.kind === 'svg') return new Blob([file.data], { type: file.mime });
  try {
    return new Blob([new Uint8Array(fromBase64(file.data))], { type: file.mime });
  } catch {
    return undefined;
  }
}

/** Starts the browser's download of the file, named after the prompt. Returns false when it could not. */
export function downloadFile(file: ResultFile, prompt: string, doc: Document = document): boolean {
  const blob = fileBlob(file);
  if (!blob) return false;
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = resultFileName(prompt, file.mime);
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The click has handed the URL to the download by the next task; keeping it longer only holds memory.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return true;
}
