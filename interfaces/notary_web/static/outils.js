/* Départements & Notaires — the notary's client, shared tools: GraphQL calls, dates, errors, session.
   Plain JavaScript, no build step; loaded before pages.js.
   The session lives in an HttpOnly cookie. Every call carries X-Requested-With, and echoes the readable
   notaires_csrf cookie in X-CSRF-Token (double submit; see interfaces/graphql/csrf.py). */
"use strict";

function jetonCsrf() {
  const trouve = document.cookie.split("; ").find((c) => c.startsWith("notaires_csrf="));
  return trouve ? decodeURIComponent(trouve.slice("notaires_csrf=".length)) : "";
}

function entetes() {
  return { "Content-Type": "application/json", "X-Requested-With": "notaires", "X-CSRF-Token": jetonCsrf() };
}
const ERREUR_RESEAU = "Le service ne répond pas. Vérifiez votre connexion, puis réessayez.";

async function graphql(query, variables) {
  let reponse;
  try {
    reponse = await fetch("/graphql", {
      method: "POST", credentials: "same-origin", headers: entetes(), body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new Error(ERREUR_RESEAU);
  }
  const corps = await reponse.json().catch(() => ({}));
  if (!reponse.ok || corps.errors || !corps.data) {
    throw new Error("Le service a rencontré une erreur. Réessayez dans quelques instants.");
  }
  return corps.data;
}

const $ = (id) => document.getElementById(id);

/* ---------- dates typed JJ/MM/AAAA ---------- */

const pad = (n) => String(n).padStart(2, "0");
const joursDuMois = (mois, annee) => new Date(Date.UTC(annee, mois, 0)).getUTCDate();

function aujourdhui() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/* Returns {iso, affichage} or {erreur}; each error says how to correct the date. */
function lireDate(texte, nom, exemple, siecleProbable) {
  const t = texte.trim();
  if (!t) return { vide: true };
  let m = t.match(/^(\d{1,2})\s*[\/.\- ]\s*(\d{1,2})\s*[\/.\- ]\s*(\d{2,4})$/) || t.match(/^(\d{2})(\d{2})(\d{4})$/);
  const iso = t.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (iso) m = [t, iso[3], iso[2], iso[1]];
  if (/^\d{4}$/.test(t)) {
    return { erreur: `Seule l'année est saisie ? Si l'acte ne donne que l'année, saisissez le 01/01/${t}.` };
  }
  if (!m) {
    return { erreur: `${nom} doit être saisie au format JJ/MM/AAAA, par exemple ${exemple}.` };
  }
  const jour = Number(m[1]), mois = Number(m[2]);
  let annee = m[3];
  if (annee.length !== 4) {
    const proposee = annee.length === 2 ? `${pad(jour)}/${pad(mois)}/${siecleProbable(annee)}` : exemple;
    return { erreur: `L'année doit compter 4 chiffres : saisissez par exemple ${proposee}.` };
  }
  annee = Number(annee);
  if (jour === 0 || mois === 0) {
    return { erreur: `Le jour ou le mois est inconnu ? Si l'acte ne donne que l'année, saisissez le 01/01/${annee}.` };
  }
  if (mois < 1 || mois > 12) {
    const inversion = jour >= 1 && jour <= 12 && mois <= 31
      ? ` Avez-vous inversé le jour et le mois ? Essayez ${pad(mois)}/${pad(jour)}/${annee}.` : "";
    return { erreur: `Le mois doit être compris entre 01 et 12.${inversion}` };
  }
  const maxi = joursDuMois(mois, annee);
  if (jour < 1 || jour > maxi) {
    return { erreur: `Le ${pad(jour)}/${pad(mois)}/${annee} n'existe pas : ce mois compte ${maxi} jours. Vérifiez le jour.` };
  }
  if (annee < 1850) {
    return { erreur: `L'année ${annee} semble erronée. Vérifiez-la, par exemple ${exemple}.` };
  }
  return { iso: `${annee}-${pad(mois)}-${pad(jour)}`, affichage: `${pad(jour)}/${pad(mois)}/${annee}` };
}

const siecleNaissance = (aa) => `19${aa}`;
const siecleDeces = (aa) => (Number(aa) <= new Date().getFullYear() % 100 ? `20${aa}` : `19${aa}`);

function dateFrancaise(iso) {
  const [a, m, j] = iso.split("-");
  return `${j}/${m}/${a}`;
}

function horodatageCourt(isoDateTime) {
  const quand = new Date(isoDateTime), zone = { timeZone: "Europe/Paris" };
  const jour = new Intl.DateTimeFormat("fr-FR", { ...zone, dateStyle: "short" }).format(quand);
  const heure = new Intl.DateTimeFormat("fr-FR", { ...zone, timeStyle: "short" }).format(quand);
  return `${jour} à ${heure}`;
}

function horodatage(isoDateTime) {
  return new Intl.DateTimeFormat("fr-FR", {
    dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris",
  }).format(new Date(isoDateTime));
}

/* ---------- field errors, next to the field and in a summary ---------- */

function marquerErreur(champ, message) {
  const zone = $(`${champ.id}-erreur`);
  const decrits = (champ.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && x !== zone.id);
  if (message) {
    zone.textContent = message;
    zone.hidden = false;
    champ.setAttribute("aria-invalid", "true");
    decrits.push(zone.id);
  } else {
    zone.textContent = "";
    zone.hidden = true;
    champ.removeAttribute("aria-invalid");
  }
  if (decrits.length) champ.setAttribute("aria-describedby", decrits.join(" "));
  else champ.removeAttribute("aria-describedby");
}

function afficherResume(resume, titre, erreurs) {
  resume.replaceChildren();
  if (!erreurs.length) { resume.hidden = true; return; }
  const h = document.createElement("h2");
  h.textContent = titre;
  const liste = document.createElement("ul");
  for (const [champ, message] of erreurs) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = `#${champ.id}`;
    const libelle = document.querySelector(`label[for="${champ.id}"]`);
    a.textContent = libelle && champ.type !== "checkbox" ? `${libelle.textContent} : ${message}` : message;
    a.addEventListener("click", (e) => { e.preventDefault(); champ.focus(); });
    li.append(a);
    liste.append(li);
  }
  resume.append(h, liste);
  resume.hidden = false;
  resume.focus();
}

/* ---------- session and navigation ---------- */

async function compte() {
  const data = await graphql("{ me { email role crpcen termsAcceptedAt } }");
  return data.me;
}

function montrerCompte(moi) {
  $("compte-email").textContent = moi.email;
  $("compte").hidden = false;
  $("menu").hidden = !moi.termsAcceptedAt;
}

async function ouvrirEspace({ exigerConditions = true } = {}) {
  let moi;
  try {
    moi = await compte();
  } catch (e) {
    $("chargement").textContent = e.message;
    return null;
  }
  if (!moi || moi.role !== "notary") { location.replace("/connexion"); return null; }
  if (exigerConditions && !moi.termsAcceptedAt) { location.replace("/conditions"); return null; }
  montrerCompte(moi);
  if ($("chargement")) $("chargement").hidden = true;
  if ($("espace")) $("espace").hidden = false;
  return moi;
}

async function deconnecter() {
  try { await graphql("mutation { logout }"); } finally { location.assign("/connexion"); }
}
