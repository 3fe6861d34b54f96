import type { Messages } from "../fr";

/** English UI text of the seed's journal; mirrors the French one (the type checks it). */
export const journal: Messages["journal"] = {
  label: "Journal",
  toolbar: "Formatting",
  bold: "Bold",
  italic: "Italic",
  heading: "Heading",
  headingLevel: "level {{level}}",
  bulletList: "Bulleted list",
  orderedList: "Numbered list",
  link: "Link",
  linkAddress: "Link address",
  linkApply: "Apply",
  linkRemove: "Remove",
  linkCancel: "Cancel",
  linkRefused:
    "Only links starting with https: or mailto: are accepted. Fix the address: nothing was changed.",
  linkNeedsSelection: "First select the text to turn into a link.",
  readOnly: "Read-only journal.",
  editError: "The journal edit could not be saved: {{message}}",
  loadError: "The journal could not be loaded ({{message}}). Reload the page; nothing is lost.",
};
