import { useState } from "react";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Field } from "../../../ui/Field";
import { activeMembers, memberNames } from "../members";
import { openTasksOf } from "../summarize";
import { TaskRow } from "./TaskRow";
import type { SeedSectionProps } from "./types";

/** « Prochaines étapes »: open tasks (dated ones first, soonest first), then the done ones. */
export function TasksSection({ view, actions, readOnly }: SeedSectionProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState("");
  const [assignee, setAssignee] = useState("");
  const [due, setDue] = useState("");
  const [error, setError] = useState<string | null>(null);
  const members = activeMembers(view);
  const names = memberNames(view);
  const open = openTasksOf(view);
  const done = Object.values(view.tasks)
    .filter((task) => task.done && task.archived === null)
    .sort((a, b) => (b.doneAt ?? 0) - (a.doneAt ?? 0));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError(t("seed.tasks.titleRequired"));
      return;
    }
    setError(null);
    if (actions.addTask({ title: trimmed, assigneeId: assignee || null, due })) {
      setTitle("");
      setDue("");
      setAssignee("");
    }
  };

  const taskList = (tasks: typeof open, label: string) => (
    <ul className="seed-tasks" aria-label={label}>
      {tasks.map((task) => (
        <TaskRow
          key={task.id}
          task={task}
          members={members}
          names={names}
          actions={actions}
          readOnly={readOnly}
        />
      ))}
    </ul>
  );

  return (
    <section className="section" aria-labelledby="seed-tasks-title">
      <h2 id="seed-tasks-title">{t("seed.tasks.title")}</h2>
      {open.length === 0 ? <p>{t("seed.tasks.empty")}</p> : null}
      {taskList(open, t("seed.tasks.title"))}
      {readOnly ? null : (
        <form
          className="seed-add-task"
          onSubmit={submit}
          aria-label={t("seed.tasks.add")}
          noValidate
        >
          <h3>{t("seed.tasks.newTask")}</h3>
          <Field
            label={t("seed.tasks.taskTitle")}
            value={title}
            maxLength={500}
            onChange={(e) => setTitle(e.target.value)}
            error={error}
          />
          <div className="grid-2">
            <div className="field">
              <label htmlFor="seed-task-assignee">{t("seed.tasks.assignee")}</label>
              <select
                id="seed-task-assignee"
                value={assignee}
                onChange={(e) => setAssignee(e.target.value)}
              >
                <option value="">{t("seed.tasks.nobody")}</option>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.displayName}
                  </option>
                ))}
              </select>
            </div>
            <Field
              label={t("seed.tasks.due")}
              type="date"
              value={due}
              onChange={(e) => setDue(e.target.value)}
            />
          </div>
          <button type="submit">{t("seed.tasks.add")}</button>
        </form>
      )}
      {done.length > 0 ? (
        <details className="seed-done">
          <summary>
            {t("seed.tasks.doneList")} ({done.length})
          </summary>
          {taskList(done, t("seed.tasks.doneList"))}
        </details>
      ) : null}
    </section>
  );
}
