import { useTranslation } from "react-i18next";
import type { SeedView, TaskId } from "../../../domain";
import type { MemberRow } from "../members";
import type { SeedActions } from "../useSeed";

type Task = SeedView["tasks"][TaskId];

/** One task: done box, title edited in place (merged by character), assignee, due date. */
export function TaskRow({
  task,
  members,
  names,
  actions,
  readOnly,
}: {
  task: Task;
  members: readonly MemberRow[];
  names: ReadonlyMap<string, string>;
  actions: SeedActions;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const label = task.title || "…";
  const assigneeGone = task.assigneeId !== null && !members.some((m) => m.id === task.assigneeId);
  return (
    <li className={task.done ? "seed-task done" : "seed-task"} aria-label={label}>
      <label className="seed-task-done">
        <input
          type="checkbox"
          checked={task.done}
          disabled={readOnly}
          onChange={(e) => actions.setTaskDone(task.id, e.target.checked)}
        />
        <span className="visually-hidden">{t("seed.tasks.done", { title: label })}</span>
      </label>
      <input
        className="seed-task-title"
        aria-label={t("seed.tasks.taskTitle")}
        value={task.title}
        readOnly={readOnly}
        maxLength={500}
        onChange={(e) => actions.updateTask(task.id, { title: e.target.value })}
      />
      <select
        aria-label={t("seed.tasks.assignee")}
        value={task.assigneeId ?? ""}
        disabled={readOnly}
        onChange={(e) => actions.updateTask(task.id, { assigneeId: e.target.value || null })}
      >
        <option value="">{t("seed.tasks.nobody")}</option>
        {assigneeGone && task.assigneeId ? (
          <option value={task.assigneeId}>{names.get(task.assigneeId) ?? "?"}</option>
        ) : null}
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {m.displayName}
          </option>
        ))}
      </select>
      <input
        type="date"
        aria-label={t("seed.tasks.due")}
        value={task.due}
        readOnly={readOnly}
        onChange={(e) => actions.updateTask(task.id, { due: e.target.value })}
      />
      {readOnly ? null : (
        <button
          type="button"
          className="icon"
          aria-label={t("seed.tasks.remove", { title: label })}
          onClick={() => actions.removeTask(task.id)}
        >
          ×
        </button>
      )}
    </li>
  );
}
