/** French UI text of the `share` area (« Partager », « Rejoindre », « Mes liens »; merged into `fr.ts`). */
export const share = {
  panel: {
    atelierTitle: "Lien de l'atelier",
    seedTitle: "Lien de la graine",
    qr: "QR code du lien",
    qrError: "Le QR code n'a pas pu être dessiné : {{message}}. Le lien ci-dessous reste valable.",
    scanHint:
      "Sur l'autre tablette : « Rejoindre » → « Scanner un QR code », ou collez ce lien dans « Lien d'invitation ».",
    seedOnly: "Ce lien ouvre cette graine seulement : jamais l'atelier ni son carnet d'adresses.",
    withKey: "Le lien contient la clé d'accès du relais.",
    copy: "Copier le lien",
    copied: "Lien copié",
    copyFailed: "La copie a échoué : sélectionnez le lien et copiez-le à la main.",
    keepSafe:
      "Le lien est la seule clé : gardez-le en lieu sûr, toute personne qui l'a peut ouvrir l'atelier.",
  },
  join: {
    entry: "Rejoindre",
    title: "Rejoindre un atelier ou une graine",
    intro:
      "Collez le lien reçu, ou scannez le QR code affiché par « Partager » sur une autre tablette.",
    link: "Lien d'invitation",
    linkHint: "Par exemple https://…/atelier/… ou /graine/…, ou une adresse automerge:…",
    open: "Ouvrir",
    otherServer:
      "Ce lien a été créé sur {{origin}} : cet appareil le cherchera auprès de son propre relais.",
    error: {
      empty: "Collez d'abord un lien d'invitation.",
      "not-a-link":
        "Ce texte n'est pas un lien. Un lien d'invitation commence par https:// (ou automerge:).",
      "unknown-route":
        "Ce lien ne mène ni à un atelier ni à une graine (il doit contenir /atelier/ ou /graine/).",
      "bad-id":
        "L'identifiant de ce lien est incomplet ou abîmé : vérifiez qu'il a été copié en entier.",
    },
    saveFailed: "Le lien n'a pas pu être enregistré sur cet appareil : {{message}}",
  },
  scan: {
    heading: "Avec la caméra",
    start: "Scanner un QR code",
    stop: "Arrêter la caméra",
    video: "Image de la caméra",
    looking: "Visez le QR code…",
    insecure:
      "Scanner indisponible en mode relais local : le navigateur n'autorise la caméra que sur une page sécurisée (https). Collez le lien à la place.",
    unsupported: "Ce navigateur ne donne pas accès à la caméra. Collez le lien à la place.",
    denied: "La caméra n'est pas accessible : {{message}}. Collez le lien à la place.",
    notInvite: "Ce QR code ne contient pas un lien Récolte : {{reason}}",
  },
  waiting: {
    title: "En attente de synchronisation",
    atelier:
      "Cet atelier n'est pas encore sur cet appareil. La page s'ouvrira d'elle-même dès qu'il arrive.",
    seed: "Cette graine n'est pas encore sur cet appareil. La page s'ouvrira d'elle-même dès qu'elle arrive.",
    offline:
      "Cet appareil n'est pas connecté au relais (hors ligne ou relais injoignable) : la recherche reprendra dès que la connexion revient.",
    connecting: "Connexion au relais…",
    notOnRelay:
      "Le relais est connecté mais n'a pas encore ce document : la personne qui l'a partagé doit se connecter une fois au relais. Nouvelle demande toutes les 10 secondes.",
    noRelay: "Aucun relais n'est configuré sur cet appareil.",
    bundle:
      "Sans réseau : demandez le fichier .recolte (« Partager » → « Exporter l'atelier ») et ouvrez-le ici.",
  },
  links: {
    entry: "Mes liens",
    title: "Mes liens",
    intro:
      "Tous les ateliers et graines ouverts sur cet appareil, avec leur lien. Exportez cette liste pour les retrouver sur un nouvel appareil.",
    empty: "Aucun atelier ni graine sur cet appareil pour l'instant.",
    atelier: "Atelier",
    seed: "Graine",
    untitled: "Sans titre",
    export: "Exporter mes liens",
    exported: "Fichier « {{name}} » enregistré ({{count}} liens).",
    import: "Importer des liens",
    imported_one: "{{count}} lien ajouté sur cet appareil.",
    imported_other: "{{count}} liens ajoutés sur cet appareil.",
    showQr: "Afficher le QR code de la liste",
    hideQr: "Masquer le QR code",
    listQr: "QR code de la liste des liens",
    qrTooLong: "La liste est trop longue pour un seul QR code : utilisez le fichier.",
    error: {
      "too-large": "Ce fichier est trop gros pour être une liste de liens (1 Mo au plus).",
      empty: "Ce fichier est vide.",
      "not-links":
        "Ce fichier n'est pas une liste de liens Récolte (ni le fichier exporté par « Mes liens », ni des liens un par ligne).",
      "bad-entry": "La ligne {{line}} n'est pas un lien valable : {{reason}}",
      read: "Le fichier n'a pas pu être lu : {{message}}",
      nothingWritten: "Rien n'a été ajouté.",
    },
  },
};
