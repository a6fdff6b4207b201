import type { TaskView } from '../../core/tasks/types';

/** Task views by id, in creation order, with change listeners. Shared by both task services. */
export class ViewList {
  private readonly views = new Map<string, TaskView>();
  private readonly listeners = new Set<(views: TaskView[]) => void>();

  get(taskId: string): TaskView | undefined {
    return this.views.get(taskId);
  }

  put(view: TaskView): void {
    this.views.set(view.taskId, view);
    this.emit();
  }

  /** Applies `change` to a known view; unknown ids are ignored. */
  update(taskId: string, change: (view: TaskView) => TaskView): void {
    const view = this.views.get(taskId);
    if (view) this.put(change(view));
  }

  remove(taskId: string): void {
    if (this.views.delete(taskId)) this.emit();
  }

  list(): TaskView[] {
    return [...this.views.values()].sort((a, b) => a.createdAt - b.createdAt);
  }

  subscribe(listener: (views: TaskView[]) => void): () => void {
    this.listeners.add(listener);
    listener(this.list());
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    const views = this.list();
    for (const listener of this.listeners) listener(views);
  }
}
