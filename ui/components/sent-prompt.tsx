export interface SentPromptProps {
  /** The prompt as typed. */
  readonly prompt: string;
  /** The prompt as it will be sent (the brand kit's palette in words after it). */
  readonly sent: string;
  /** What the line calls it: the prompt, or a set's template. */
  readonly what?: string;
}

/** Under the prompt, exactly what is sent when it is more than what was typed: nothing is added unseen. */
export function SentPrompt({ prompt, sent, what = 'Sent as' }: SentPromptProps) {
  if (sent === prompt.trim()) return null;
  return (
    <p class="hint sent-prompt">
      {what}: {sent}
    </p>
  );
}
