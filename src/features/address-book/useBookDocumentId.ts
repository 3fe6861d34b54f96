import { useMemo } from "react";
import type { DocHandle, DocumentId } from "@automerge/automerge-repo";
import { normalizeWorkshop } from "../../domain";
import type { AddressBookDoc, WorkshopDoc } from "../../domain";
import { readyHandle, useOpenDocument } from "../shared/useOpenDocument";
import { useHandleDoc } from "../shared/useHandleDoc";
import { bookDocumentId } from "./useCachedList";

/**
 * The address book's document id before its (large) document is loaded: read from the atelier's
 * link, whose small document is already open (the repo hands back the same handle). Used to key
 * the view cache.
 */
export function useBookDocumentId(
  atelierId: string,
  handle: DocHandle<AddressBookDoc> | undefined,
): string | undefined {
  const opened = useOpenDocument<WorkshopDoc>(
    handle ? null : (atelierId as DocumentId),
    "workshop",
  );
  const workshop = useHandleDoc(readyHandle(opened));
  const link = useMemo(
    () => (workshop ? normalizeWorkshop(workshop).value.links.addressBook : null),
    [workshop],
  );
  return handle?.documentId ?? bookDocumentId(link);
}
