import { useEffect, useState } from "react";
import type { AutomergeUrl, DocHandle } from "@automerge/automerge-repo";
import { toAutomergeUrl } from "../../sync/urls";
import { useServices } from "../../app/AppServices";
import { onArrival, openDocument } from "../../sync/openDocument";
import type { AddressBookDoc, DiagnosticDoc, WorkshopView } from "../../domain";
import { useSeedsOffline } from "../seed/useSeedsOffline";
import type { SeedsOffline } from "../seed/useSeedsOffline";

export interface AtelierDocuments {
  addressBook: DocHandle<AddressBookDoc> | undefined;
  diagnostic: DocHandle<DiagnosticDoc> | undefined;
  /** Every linked document and seed is loaded and written to this device's storage. */
  readyOffline: boolean;
  /** The linked seeds, fetched in the background after the first paint. */
  seeds: SeedsOffline;
}

interface LinkedState {
  addressBook: DocHandle<AddressBookDoc> | undefined;
  diagnostic: DocHandle<DiagnosticDoc> | undefined;
  /** The address book and diagnostic are here and flushed. */
  linkedReady: boolean;
}

/**
 * Opening an atelier fetches and keeps every document it links, so it is ready offline: its
 * address book and diagnostic at once, its seeds in the background after the first paint. When
 * they are all here and flushed to storage, the atelier is marked « prêt hors ligne » on this
 * device (and unmarked when a linked seed could not be fetched).
 */
export function useAtelierDocuments(
  workshopHandle: DocHandle<unknown> | undefined,
  view: WorkshopView | undefined,
): AtelierDocuments {
  const { repo, local, relay, quarantine, persistNow } = useServices();
  const [state, setState] = useState<LinkedState>({
    addressBook: undefined,
    diagnostic: undefined,
    linkedReady: false,
  });
  const seeds = useSeedsOffline(view);
  const [attempt, setAttempt] = useState(0);
  /** Linked documents automerge-repo reported unavailable on the last attempt. */
  const [unavailable, setUnavailable] = useState<AutomergeUrl[]>([]);
  const addressBookUrl = view?.links.addressBook ? toAutomergeUrl(view.links.addressBook) : null;
  const diagnosticUrl = view?.links.diagnostic ? toAutomergeUrl(view.links.diagnostic) : null;

  useEffect(() => {
    if (!workshopHandle || !addressBookUrl || !diagnosticUrl) return;
    let cancelled = false;
    void (async () => {
      const [book, diag] = await Promise.all([
        openDocument<AddressBookDoc>(repo, addressBookUrl, "address-book", { quarantine }),
        openDocument<DiagnosticDoc>(repo, diagnosticUrl, "diagnostic", { quarantine }),
      ]);
      if (cancelled) return;
      const addressBook = book.status === "ready" ? book.handle : undefined;
      const diagnostic = diag.status === "ready" ? diag.handle : undefined;
      const all = addressBook && diagnostic;
      if (all) {
        // Through to storage, not only to its write-behind queue (an offline reload may follow).
        await persistNow([
          workshopHandle.documentId,
          addressBook.documentId,
          diagnostic.documentId,
        ]);
      }
      if (cancelled) return;
      setState({ addressBook, diagnostic, linkedReady: Boolean(all) });
      const missing: AutomergeUrl[] = [];
      if (book.status === "unavailable") missing.push(addressBookUrl);
      if (diag.status === "unavailable") missing.push(diagnosticUrl);
      setUnavailable(missing);
    })();
    return () => {
      cancelled = true;
    };
  }, [repo, quarantine, persistNow, workshopHandle, addressBookUrl, diagnosticUrl, attempt]);

  const seedsReady = seeds.settled && seeds.ready === seeds.total;
  const readyOffline = state.linkedReady && seedsReady;
  const workshopId = workshopHandle?.documentId;
  // The device's flag (home screen) follows: set once everything is here, cleared when a seed
  // could not be fetched (it would not open offline).
  useEffect(() => {
    if (!workshopId || !state.linkedReady || !seeds.settled) return;
    void local.setReadyOffline(workshopId, seedsReady).catch(() => undefined);
  }, [local, workshopId, state.linkedReady, seeds.settled, seedsReady]);

  // A linked document that was not here yet may arrive once the relay connects.
  useEffect(() => {
    if (state.linkedReady || !relay) return;
    return relay.onStateChange((connection) => {
      if (connection === "connected") setAttempt((n) => n + 1);
    });
  }, [state.linkedReady, relay]);

  // …or by a bundle import or a later sync: the handle automerge-repo gave up on fills in.
  useEffect(() => {
    const retry = () => setAttempt((n) => n + 1);
    const stops = unavailable.map((url) => onArrival(repo, url, retry));
    return () => stops.forEach((stop) => stop());
  }, [repo, unavailable]);

  return {
    addressBook: state.addressBook,
    diagnostic: state.diagnostic,
    readyOffline,
    seeds,
  };
}
