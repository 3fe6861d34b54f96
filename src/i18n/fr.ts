import { addressBook } from "./fr/addressBook";
import { board } from "./fr/board";
import { bundle } from "./fr/bundle";
import { journal } from "./fr/journal";
import { seed } from "./fr/seed";
import { share } from "./fr/share";
import { safety } from "./fr/safety";

/** French UI text (default language). Keys are shared with `en.ts`, which must mirror this shape. */
export const fr = {
  app: {
    name: "Récolte",
    tagline: "Ateliers participatifs : ce qui s'est dit, qui était là, ce qui va pousser.",
    home: "Accueil",
    settings: "Réglages",
    loading: "Chargement…",
    back: "Retour",
  },
  profile: {
    welcomeTitle: "Bienvenue dans Récolte",
    welcomeText:
      "Cette tablette peut être partagée : indiquez votre nom pour que vos contributions soient signées. Aucun compte n'est créé, tout reste sur cet appareil.",
    name: "Votre nom",
    color: "Votre couleur",
    colorOption: "Couleur {{index}}",
    start: "Commencer",
    nameRequired: "Indiquez un nom (1 à 80 caractères).",
    switch: "Changer de profil",
    switchTitle: "Qui utilise cette tablette ?",
    use: "Utiliser ce profil",
    newProfile: "Nouveau profil",
    current: "Profil actuel : {{name}}",
  },
  home: {
    title: "Mes ateliers",
    newAtelier: "Nouvel atelier",
    importFile: "Importer un fichier",
    importUnavailable:
      "L'import d'un fichier .recolte arrive avec la synchronisation de terrain ; il n'est pas encore disponible.",
    empty: "Aucun atelier sur cet appareil pour l'instant. Créez-en un ou ouvrez un lien partagé.",
    lastOpened: "Ouvert le {{date}}",
    readyOffline: "prêt hors ligne",
    notReadyOffline: "pas encore disponible hors ligne",
    untitled: "Atelier sans titre",
  },
  newAtelier: {
    title: "Titre",
    create: "Créer",
    cancel: "Annuler",
    titleRequired: "Donnez un titre à l'atelier.",
  },
  atelier: {
    basics: "L'atelier",
    title: "Titre",
    theme: "Thématique",
    territory: "Territoire",
    description: "Description",
    readOnly:
      "Cet atelier a été modifié avec une version plus récente de Récolte : il est en lecture seule. Mettez à jour l'application pour le modifier.",
    foreign: "Ce lien n'ouvre pas un atelier Récolte.",
    corrupt:
      "La copie locale de cet atelier est illisible. Elle a été mise de côté (rien n'est effacé) ; rechargez pour le récupérer depuis le relais.",
    reload: "Recharger",
    problems: "Certaines données reçues étaient illisibles et ont été ignorées ({{count}}).",
    readyOffline: "prêt hors ligne",
    preparingOffline: "Préparation hors ligne…",
    nav: "Sections de l'atelier",
    addressBook: "Carnet d'adresses",
    diagnostic: "État des lieux",
    seeds: "Graines de projet",
    share: "Partager",
    remove: "Retirer cet atelier de cet appareil",
    removeConfirmTitle: "Retirer cet atelier de cette tablette ?",
    removeConfirmText:
      "Les copies locales (atelier, carnet d'adresses, état des lieux) seront effacées de cet appareil. Le relais garde sa copie : toute personne qui a le lien pourra toujours l'ouvrir. Les modifications non synchronisées seront perdues.",
    removeConfirm: "Retirer de cet appareil",
    removePending: "Attention : {{count}} modifications ne sont pas encore sur le relais.",
  },
  sessions: {
    title: "Dates et lieux",
    add: "Ajouter une date",
    date: "Date",
    place: "Lieu",
    remove: "Supprimer la date du {{date}}",
    empty: "Aucune date pour l'instant.",
  },
  agenda: {
    title: "Programme de la journée",
    empty: "Le programme est vide. Ajoutez une séquence (accueil, tour de table, repas…).",
    add: "Ajouter une séquence",
    itemTitle: "Intitulé",
    start: "Début",
    end: "Fin",
    kind: "Type",
    notes: "Notes",
    save: "Ajouter au programme",
    moveUp: "Monter « {{title}} »",
    moveDown: "Descendre « {{title}} »",
    remove: "Supprimer « {{title}} »",
    kinds: {
      "inter-connaissance": "Inter-connaissance",
      "co-construction": "Co-construction",
      repas: "Repas",
      pause: "Pause",
      pleniere: "Plénière",
      autre: "Autre",
    },
  },
  sync: {
    offline: "Hors ligne",
    synced: "Synchronisé",
    pending_one: "{{count}} modification en attente",
    pending_other: "{{count}} modifications en attente",
    connecting: "Connexion au relais…",
    noRelay: "Aucun relais",
    lastSync: "Dernière synchronisation : {{date}}",
    never: "Jamais synchronisé avec le relais",
    savedLocally: "Tout est enregistré sur cet appareil.",
    savingLocally: "Enregistrement sur cet appareil…",
    details: "Détails de la synchronisation",
  },
  storage: {
    writeFailed:
      "L'enregistrement sur cet appareil a échoué ({{error}}). Vos modifications sont gardées en mémoire : ne fermez pas l'onglet et libérez de l'espace.",
    recovered: "L'enregistrement local fonctionne à nouveau.",
    understood: "Compris",
    persistDenied:
      "Le navigateur n'a pas accordé le stockage persistant : installez l'application sur l'écran d'accueil pour éviter l'effacement des données.",
  },
  insecure: {
    banner:
      "Mode relais local : cette page vient d'un relais sur le réseau local (sans HTTPS). Installation, appareil photo et stockage persistant sont indisponibles ; le travail se synchronise directement avec ce relais.",
  },
  pwa: {
    updateReady: "Une nouvelle version de Récolte est prête.",
    update: "Mettre à jour",
    later: "Plus tard",
    updateBlocked: "Terminez la saisie en cours avant de mettre à jour.",
    offlineReady: "Récolte fonctionne maintenant hors ligne sur cet appareil.",
  },
  settings: {
    title: "Réglages",
    relayUrl: "Adresse du relais",
    relayHint: "Laissez vide pour utiliser le relais qui sert l'application ({{url}}).",
    language: "Langue",
    save: "Enregistrer les réglages",
    saved: "Réglages enregistrés. L'application redémarre pour les appliquer.",
    invalidRelay: "L'adresse du relais doit commencer par ws:// ou wss://",
  },
  addressBook,
  board,
  bundle,
  journal,
  seed,
  share,
  safety,
  errors: {
    generic: "Une erreur est survenue : {{message}}",
    "invalid-time": "Heure invalide (format HH:MM).",
    "invalid-time-range": "La fin doit être après le début.",
    "invalid-date": "Date invalide.",
    "invalid-id": "Identifiant invalide.",
    "invalid-kind": "Type invalide.",
    "invalid-url": "Lien invalide.",
    "invalid-field": "Champ inconnu.",
    "invalid-timestamp": "Horodatage invalide.",
    "invalid-text": "Texte invalide.",
    "too-long": "Texte trop long.",
    required: "Ce champ est obligatoire.",
    "already-initialised": "Ce document est déjà initialisé.",
    "not-initialised": "Ce document n'est pas initialisé.",
    "not-found": "Cet élément n'existe pas (ou plus), ou n'est pas encore arrivé sur cet appareil.",
    "invalid-email": "Adresse e-mail invalide.",
    "invalid-phone": "Numéro de téléphone invalide.",
    "same-contact": "Un contact ne peut pas être fusionné avec lui-même.",
    "already-merged": "Ce contact a déjà été fusionné dans un autre.",
    "invalid-link":
      "Ce rattachement n'est pas possible (seule une personne rejoint une structure).",
    "same-note": "Une note ne peut pas être fusionnée avec elle-même.",
    "note-already-merged": "Cette note a déjà été fusionnée dans une autre.",
    "vote-closed": "Ce vote est clos.",
    "over-budget": "Trop de gommettes pour le budget de ce vote.",
    "invalid-number": "Nombre invalide.",
  },
};

/** Shape every language must provide. */
export type Messages = typeof fr;
