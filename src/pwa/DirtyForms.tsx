import { createContext, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { ReactNode } from "react";

interface DirtyFormsState {
  dirty: boolean;
  register(): () => void;
}

const DirtyFormsContext = createContext<DirtyFormsState>({
  dirty: false,
  register: () => () => undefined,
});

/**
 * Counts forms holding typed-but-not-yet-saved input. Edits to documents are saved on every
 * keystroke; only a half-filled creation form is at risk, and an app update must never reload
 * under it.
 */
export function DirtyFormsProvider({ children }: { children: ReactNode }) {
  const [count, setCount] = useState(0);
  const value = useMemo<DirtyFormsState>(
    () => ({
      dirty: count > 0,
      register: () => {
        setCount((n) => n + 1);
        return () => setCount((n) => n - 1);
      },
    }),
    [count],
  );
  return <DirtyFormsContext.Provider value={value}>{children}</DirtyFormsContext.Provider>;
}

/** Marks the calling form dirty while `dirty` is true. */
export function useDirtyForm(dirty: boolean): void {
  const { register } = useContext(DirtyFormsContext);
  const registerRef = useRef(register);
  registerRef.current = register;
  useEffect(() => (dirty ? registerRef.current() : undefined), [dirty]);
}

export function useHasDirtyForms(): boolean {
  return useContext(DirtyFormsContext).dirty;
}
