// @vitest-environment happy-dom
import { act, useState } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { DirtyFormsProvider, useDirtyForm, useHasDirtyForms } from "../../../src/pwa/DirtyForms";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let setTyped: (value: string) => void = () => undefined;
let showForm: (shown: boolean) => void = () => undefined;

function Form() {
  const [typed, set] = useState("");
  setTyped = set;
  useDirtyForm(typed.length > 0);
  return null;
}

function UpdateButton() {
  return <button disabled={useHasDirtyForms()}>update</button>;
}

function Screen() {
  const [shown, set] = useState(true);
  showForm = set;
  return (
    <DirtyFormsProvider>
      {shown ? <Form /> : null}
      <UpdateButton />
    </DirtyFormsProvider>
  );
}

const container = document.createElement("div");
const root = createRoot(container);
afterEach(() => act(() => root.render(null)));

describe("an update never reloads under unsaved input", () => {
  it("blocks the update while a form holds typed input, and frees it when saved or closed", () => {
    act(() => root.render(<Screen />));
    const button = () => container.querySelector("button") as HTMLButtonElement;
    expect(button().disabled).toBe(false);
    act(() => setTyped("Atelier en cours de saisie"));
    expect(button().disabled).toBe(true);
    act(() => setTyped(""));
    expect(button().disabled).toBe(false);
    act(() => setTyped("encore"));
    act(() => showForm(false));
    expect(button().disabled).toBe(false);
  });
});
