import type { SeedView } from "../../../domain";
import type { SeedActions } from "../useSeed";

/** Props of every section of the seed page. */
export interface SeedSectionProps {
  view: SeedView;
  actions: SeedActions;
  readOnly: boolean;
}
