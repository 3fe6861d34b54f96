import type { ReactNode } from "react";

type Tone = "info" | "warning" | "error" | "success";

/** A message across the page. Errors use role="alert" so they are announced at once. */
export function Banner({ tone = "info", children }: { tone?: Tone; children: ReactNode }) {
  const role = tone === "error" || tone === "warning" ? "alert" : undefined;
  return (
    <div className={`banner banner-${tone}`} role={role}>
      {children}
    </div>
  );
}
