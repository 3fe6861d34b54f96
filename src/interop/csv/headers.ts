/**
 * Header recognition for the CSV mapping preview: Google Contacts (old and new exports), Outlook
 * (English and French), iOS-to-CSV tools and hand-made spreadsheets. The user can correct every
 * guess in the preview; a wrong guess costs a click, a missed column costs data.
 */
import { foldKey } from "../normalize";
import type { ColumnMapping, ContactField } from "./fields";

/** Header folded to plain words: « E-mail 1 - Value » → "e mail 1 value". */
export function headerKey(header: string): string {
  return foldKey(header)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

type Rule = readonly [RegExp, ContactField | "ignore" | "addressPart"];

/** Ordered rules: the first match wins, so the narrow ones (labels, display names) come first. */
const RULES: readonly Rule[] = [
  [/^(title|titre|civilite|salutation|prefix|name prefix|suffix|suffixe|name suffix)$/, "ignore"],
  [
    /(display name|nom complet de l adresse|type de messagerie|phonetic|yomi|file as|classer sous)/,
    "ignore",
  ],
  [
    /(initials|initiales|nickname|surnom|birthday|anniversaire|photo|gender|sexe|priority|priorite)/,
    "ignore",
  ],
  [
    /(sensitivity|private|billing|mileage|language|langue|hobby|directory server|account|referred by)/,
    "ignore",
  ],
  [/(id number|user \d|utilisateur \d|keywords|gender)/, "ignore"],
  [
    /(spouse|children|manager|assistant|pager|radio|telex|tty|isdn|callback|car phone|free busy)/,
    "ignore",
  ],
  [
    /(department|service|office location|job description|symbol|organization \d+ (type|location))/,
    "ignore",
  ],
  [/^(type|type de contact|kind|personne ou structure|categorie de contact)$/, "kind"],
  [/^(e ?mail|courriel|adresse de messagerie)( \d+)? (type|label|libelle)$/, "emailLabel"],
  [/^(phone|telephone|tel)( \d+)? (type|label|libelle)$/, "phoneLabel"],
  [/^(address|adresse|website|site)( \d+)? (type|label|libelle)$/, "ignore"],
  [/(e ?mail|courriel|\bmail\b|messagerie)/, "emails"],
  [/(phone|telephone|\btel\b|portable|mobile|\bfax\b|\bgsm\b|cellulaire)/, "phones"],
  [
    /^(name|full name|nom complet|nom et prenom|nom prenom|prenom nom|nom prenoms|contact|participant|participante)$/,
    "name",
  ],
  [
    /^(prenom|prenoms|first name|given name|middle name|additional name|deuxieme prenom|second prenom)$/,
    "givenName",
  ],
  [/^(nom de famille|last name|family name|surname|nom d usage|nom)$/, "familyName"],
  [/(job title|\btitle$|fonction|poste|\brole\b|profession|metier|qualite)/, "role"],
  [
    /(organi[sz]ation|company|societe|entreprise|structure|association|employeur|employer|organisme)/,
    "organisations",
  ],
  [/(collectivite|etablissement)/, "organisations"],
  [/(formatted|adresse complete|full address|^adresse$|^address$|^adresse postale$)/, "address"],
  [/(city|ville|commune|localite)/, "commune"],
  [
    /(street|\brue\b|postal code|code postal|\bzip\b|\bcp\b|country|pays|region|state|po box|boite postale|extended address|adresse|address)/,
    "addressPart",
  ],
  [/(web ?page|website|site web|site internet|^site$|\burl\b|page web)/, "website"],
  [/(competence|skill|savoir faire|expertise)/, "skills"],
  [
    /(theme|thematique|categor|group membership|^labels?$|etiquette|^tags?$|mots? cles?|centres? d interet|interests?)/,
    "themes",
  ],
  [/(offre|offer|propose|ressource|peut apporter)/, "offers"],
  [/(besoin|need|recherche|attente|manque)/, "needs"],
  [/(note|commentaire|comment|remarque|observation|description)/, "notes"],
];

/**
 * Guesses a field for each column. « Nom » is a family name beside a « Prénom » column and the
 * full name otherwise; street/postal-code/country columns feed `address` unless the file also
 * has a formatted address (Google's « Address 1 - Formatted »), which already holds them.
 */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const raw = headers.map((h) => {
    const key = headerKey(h);
    return RULES.find(([re]) => re.test(key))?.[1] ?? "ignore";
  });
  const hasGiven = raw.includes("givenName");
  const hasFormatted = headers.some((h) => /formatted/.test(headerKey(h)));
  const mapping: ColumnMapping = {};
  raw.forEach((field, i) => {
    if (field === "addressPart") mapping[i] = hasFormatted ? "ignore" : "address";
    else if (field === "familyName" && !hasGiven && headerKey(headers[i] ?? "") === "nom")
      mapping[i] = "name";
    else mapping[i] = field;
  });
  return mapping;
}
