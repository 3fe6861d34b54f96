import { useEffect, useState } from "react";
import type { RefObject } from "react";

/**
 * Turns true once the element has come near the screen (and stays true): cards load their
 * document only then. Without IntersectionObserver every element counts as visible.
 */
export function useVisible(ref: RefObject<Element | null>, margin = "200px"): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (visible || !element) return;
    if (typeof IntersectionObserver === "undefined") {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setVisible(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, visible]);
  return visible;
}
