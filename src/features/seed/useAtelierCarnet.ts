import { useEffect, useState } from "react";
import { isValidDocumentId } from "@automerge/automerge-repo";
import type { DocHandle } from "@automerge/automerge-repo";
import { useServices } from "../../app/AppServices";
import { normalizeWorkshop } from "../../domain";
import type { AddressBookDoc, WorkshopDoc } from "../../domain";
import { openDocument } from "../../sync/openDocument";
import { toAutomergeUrl } from "../../sync/urls";
import { useCarnetNames } from "../board/useCarnetNames";

/**
 * The atelier's workshop and carnet, when this device has it: a seed opened from its atelier's list carries the
 * atelier's id in its address (`?atelier=…`, never in the seed document). Opened alone — a
 * groupe-action's tablet — there is no carnet and members are added by name.
 */
export function useAtelierCarnet(atelierId: string | null) {
  const { repo, quarantine } = useServices();
  const [book, setBook] = useState<DocHandle<AddressBookDoc> | undefined>(undefined);
  const [workshop, setWorkshop] = useState<DocHandle<WorkshopDoc> | undefined>(undefined);
  useEffect(() => {
    if (!atelierId || !isValidDocumentId(atelierId)) return;
    let cancelled = false;
    void (async () => {
      const workshop = await openDocument<WorkshopDoc>(repo, atelierId, "workshop", {
        quarantine,
      });
      if (cancelled || workshop.status !== "ready") return;
      if (!workshop.readOnly) setWorkshop(workshop.handle);
      const link = normalizeWorkshop(workshop.handle.doc()).value.links.addressBook;
      const url = link ? toAutomergeUrl(link) : null;
      if (!url) return;
      const opened = await openDocument<AddressBookDoc>(repo, url, "address-book", { quarantine });
      if (!cancelled && opened.status === "ready") setBook(opened.handle);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [repo, quarantine, atelierId]);
  const carnet = useCarnetNames(book);
  return { available: book !== undefined, contacts: carnet.contacts, workshop };
}
