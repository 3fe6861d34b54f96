import type { DocHandle, Repo } from "@automerge/automerge-repo";
import { initAddressBook, initDiagnostic, initWorkshop } from "../domain";
import type { AddressBookDoc, DiagnosticDoc, ProfileId, WorkshopDoc } from "../domain";
import { toDocUrl } from "./urls";

/** The three documents of a new atelier, created together and linked from the workshop. */
export interface CreatedAtelier {
  workshop: DocHandle<WorkshopDoc>;
  addressBook: DocHandle<AddressBookDoc>;
  diagnostic: DocHandle<DiagnosticDoc>;
}

/**
 * Creates an atelier: its address book and diagnostic first, then the workshop that links them.
 * Each document is initialised exactly once, by its creator, in the same change as its schema
 * stamp; no later version of the app ever creates a linked document (two devices would each
 * create one and share no history).
 */
export function createAtelier(
  repo: Repo,
  args: { title: string; by: ProfileId; now: number },
): CreatedAtelier {
  const addressBook = repo.create<AddressBookDoc>();
  addressBook.change((doc) => initAddressBook(doc, { by: args.by, now: args.now }), {
    message: "address-book/init",
  });
  const diagnostic = repo.create<DiagnosticDoc>();
  diagnostic.change((doc) => initDiagnostic(doc, { by: args.by, now: args.now }), {
    message: "diagnostic/init",
  });
  const workshop = repo.create<WorkshopDoc>();
  workshop.change(
    (doc) =>
      initWorkshop(doc, {
        title: args.title,
        by: args.by,
        now: args.now,
        links: {
          addressBook: toDocUrl(addressBook.url),
          diagnostic: toDocUrl(diagnostic.url),
        },
      }),
    { message: "workshop/init" },
  );
  return { workshop, addressBook, diagnostic };
}
