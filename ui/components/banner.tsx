export interface BannerProps {
  readonly message: string;
  readonly onClose: () => void;
}

/** A sandbox error that belongs to no task. */
export function Banner({ message, onClose }: BannerProps) {
  return (
    <div class="banner row" role="alert">
      <span class="grow">{message}</span>
      <button type="button" class="secondary" onClick={onClose}>
        Close
      </button>
    </div>
  );
}
