import { ConfirmDialog } from './confirm-dialog';

export interface SpendConfirmProps {
  readonly open: boolean;
  /** "8 images", "24 icons". */
  readonly what: string;
  readonly credits: number;
  readonly threshold: string;
  readonly confirmLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** The one question asked before a spend above the designer's threshold, single or set alike. */
export function SpendConfirm(props: SpendConfirmProps) {
  return (
    <ConfirmDialog
      open={props.open}
      title="Spend these credits?"
      message={`${props.what} for ${props.credits} credits, more than the ${props.threshold} you set to confirm.`}
      confirmLabel={props.confirmLabel}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    />
  );
}
