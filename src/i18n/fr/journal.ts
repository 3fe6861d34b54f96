/** French UI text of the seed's rich-text journal (merged into `fr.ts`). */
export const journal = {
  label: "Journal",
  toolbar: "Mise en forme",
  bold: "Gras",
  italic: "Italique",
  heading: "Titre",
  headingLevel: "niveau {{level}}",
  bulletList: "Liste à puces",
  orderedList: "Liste numérotée",
  link: "Lien",
  linkAddress: "Adresse du lien",
  linkApply: "Appliquer",
  linkRemove: "Retirer",
  linkCancel: "Annuler",
  linkRefused:
    "Seuls les liens commençant par https: ou mailto: sont acceptés. Corrigez l'adresse : rien n'a été modifié.",
  linkNeedsSelection: "Sélectionnez d'abord le texte à transformer en lien.",
  readOnly: "Journal en lecture seule.",
  editError: "La modification du journal n'a pas pu être enregistrée : {{message}}",
  loadError:
    "Le journal n'a pas pu être chargé ({{message}}). Rechargez la page ; rien n'est perdu.",
};
