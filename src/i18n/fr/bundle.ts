/** French UI text of the `bundle` area (merged into `fr.ts`). */
export const bundle = {
  importFile: "Importer un fichier",
  exportTitle: "Fichier de l'atelier (sans réseau)",
  export: "Exporter l'atelier",
  exportSeed: "Exporter la graine",
  exportHint:
    "Un fichier .recolte avec tous les documents de l'atelier (programme, carnet d'adresses, état des lieux, graines), à ouvrir sur une autre tablette avec « Importer un fichier », sans réseau : partage, clé USB… Il contient les coordonnées du carnet : ne le confiez qu'aux personnes de l'atelier.",
  exportSeedHint:
    "Un fichier .recolte avec cette graine seulement (jamais le carnet d'adresses de l'atelier), à ouvrir sur une autre tablette avec « Importer un fichier ».",
  share: "Envoyer le fichier",
  exporting: "Préparation du fichier…",
  exported: "Fichier « {{name}} » enregistré ({{size}}).",
  shared: "Fichier « {{name}} » envoyé ({{size}}).",
  missingSeeds_one: "{{count}} graine absente de cette tablette n'a pas été incluse.",
  missingSeeds_other: "{{count}} graines absentes de cette tablette n'ont pas été incluses.",
  exportError: {
    missing: "Ce document n'est pas sur cette tablette.",
    incomplete:
      "Certains documents de l'atelier ne sont pas encore sur cette tablette : ouvrez-le une fois connecté, puis réessayez.",
    share: "Le partage du fichier a échoué. Utilisez plutôt le téléchargement.",
    unexpected: "Le fichier n'a pas pu être préparé.",
  },
  import: {
    title: "Import de « {{name}} »",
    reading: "Lecture du fichier",
    checking: "Vérification du fichier…",
    applying: "Fusion avec les documents de cette tablette…",
    summary: "Résumé de l'import",
    done: "L'atelier « {{title}} » est sur cette tablette.",
    seedDone: "La graine « {{title}} » est sur cette tablette.",
    counts:
      "Documents ajoutés : {{added}} · mis à jour : {{updated}} · déjà à jour : {{unchanged}}.",
    nothingNew: "Rien de nouveau : cette tablette avait déjà tout le contenu de ce fichier.",
    open: "Ouvrir « {{title}} »",
    dismiss: "Fermer",
  },
  error: {
    nothingWritten: "Rien n'a été modifié sur cette tablette.",
    empty: "Ce fichier est vide.",
    "not-a-bundle":
      "Ce fichier n'est pas un fichier d'atelier Récolte (.recolte). Pour des contacts (.vcf, .csv), utilisez l'import du carnet d'adresses.",
    "unsupported-version":
      "Ce fichier vient d'une version plus récente de Récolte : mettez à jour l'application.",
    "too-large": "Ce fichier est trop volumineux pour être importé.",
    truncated: "Ce fichier est incomplet (copie interrompue ?). Exportez-le à nouveau.",
    checksum: "Ce fichier est endommagé. Exportez-le à nouveau.",
    manifest: "Ce fichier est endommagé (sommaire illisible). Exportez-le à nouveau.",
    "document-checksum": "Un document de ce fichier est endommagé. Exportez-le à nouveau.",
    "document-unreadable": "Un document de ce fichier est illisible. Exportez-le à nouveau.",
    "wrong-kind": "Ce fichier contient un document d'un autre type que celui annoncé.",
    "bad-document-id": "Ce fichier contient un identifiant de document invalide.",
    structure: "Les documents de ce fichier ne forment pas un atelier (ou une graine) complet.",
    unexpected: "L'import a échoué de façon inattendue.",
  },
};
