/** Tolerant reader of diagnostic documents (never throws; junk dropped and reported). */
import * as v from "valibot";
import type { ProfileId } from "../ids";
import {
  idOrEmpty,
  isMapLike,
  neverThrow,
  optionalText,
  rankKey,
  readCollection,
  readViewStamp,
  text,
  timestamp,
  type Normalized,
} from "../tolerant";
import {
  DIAGNOSTIC_LIMITS,
  DIAGNOSTIC_SCHEMA_VERSION,
  type DiagnosticCategory,
  type DiagnosticCluster,
  type DiagnosticNote,
  type DiagnosticView,
} from "./schema";

const meta = { rank: rankKey, createdBy: idOrEmpty, createdAt: timestamp };
const CategorySchema = v.object({ title: text(DIAGNOSTIC_LIMITS.title), ...meta });
const NoteSchema = v.object({
  categoryId: idOrEmpty,
  clusterId: idOrEmpty,
  text: text(DIAGNOSTIC_LIMITS.text),
  ...meta,
});
const ClusterSchema = v.object({
  categoryId: idOrEmpty,
  title: optionalText(DIAGNOSTIC_LIMITS.title),
  ...meta,
});

/** The view of an empty diagnostic. */
export function emptyDiagnosticView(): DiagnosticView {
  return {
    schema: { kind: "diagnostic", version: DIAGNOSTIC_SCHEMA_VERSION },
    categories: {},
    notes: {},
    clusters: {},
    createdBy: "" as ProfileId,
    createdAt: 0,
  };
}

function read(raw: unknown): Normalized<DiagnosticView> {
  if (!isMapLike(raw)) {
    return { value: emptyDiagnosticView(), problems: ["document: not an object"] };
  }
  const problems: string[] = [];
  const schema = readViewStamp(raw, "diagnostic", problems);
  const by = (x: { createdBy: string }) => x.createdBy as ProfileId;
  const categories = readCollection(
    raw.categories,
    "categories",
    CategorySchema,
    (c, id): DiagnosticCategory => ({ ...c, id, createdBy: by(c) }),
    problems,
  );
  const notes = readCollection(
    raw.notes,
    "notes",
    NoteSchema,
    (n, id): DiagnosticNote => ({ ...n, id, createdBy: by(n) }),
    problems,
  );
  const clusters = readCollection(
    raw.clusters,
    "clusters",
    ClusterSchema,
    (c, id): DiagnosticCluster => ({ ...c, id, createdBy: by(c) }),
    problems,
  );
  const top = v.parse(v.object({ createdBy: idOrEmpty, createdAt: timestamp }), raw);
  return {
    value: {
      schema,
      categories,
      notes,
      clusters,
      createdBy: top.createdBy as ProfileId,
      createdAt: top.createdAt,
    },
    problems,
  };
}

/** Reads any value as a diagnostic: defaults filled, junk dropped and reported. */
export function normalizeDiagnostic(raw: unknown): Normalized<DiagnosticView> {
  return neverThrow(() => read(raw), emptyDiagnosticView);
}
