/* Départements & Notaires — the notary's client, one function per page (body[data-page]).
   Uses the tools of outils.js. */
"use strict";

/* ---------- pages ---------- */

const PAGES = {};

PAGES.connexion = async () => {
  const formulaire = $("formulaire-connexion"), email = $("email"), motDePasse = $("mot-de-passe");
  const alerte = $("connexion-erreur");
  compte().then((moi) => { if (moi && moi.role === "notary") location.replace(moi.termsAcceptedAt ? "/" : "/conditions"); })
    .catch(() => {});
  formulaire.addEventListener("submit", async (e) => {
    e.preventDefault();
    alerte.hidden = true;
    const erreurs = [];
    const adresse = email.value.trim();
    const msgEmail = !adresse ? "Saisissez l'adresse électronique du compte de l'étude, par exemple accueil@office-notarial.fr."
      : (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(adresse) ? `L'adresse « ${adresse} » est incomplète : elle doit avoir la forme nom@domaine.fr.` : "");
    marquerErreur(email, msgEmail);
    if (msgEmail) erreurs.push(email);
    const msgMdp = motDePasse.value ? "" : "Saisissez votre mot de passe.";
    marquerErreur(motDePasse, msgMdp);
    if (msgMdp) erreurs.push(motDePasse);
    if (erreurs.length) { erreurs[0].focus(); return; }
    try {
      const data = await graphql(
        "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename ... on LoginFailure { message } } }",
        { e: adresse, p: motDePasse.value });
      const reussie = data.login.__typename === "LoginSuccess";
      const moi = reussie ? await compte() : null;
      if (moi && moi.role === "notary") {
        location.assign(moi.termsAcceptedAt ? "/" : "/conditions");
        return;
      }
      // Accepted, yet no one is signed in: the browser dropped the Secure session cookie (plain http).
      alerte.textContent = moi
        ? "Ce compte n'est pas celui d'une étude notariale : les agents de la collectivité utilisent l'espace agents, à l'adresse /admin."
        : reussie
          ? "L'adresse et le mot de passe sont corrects, mais votre navigateur n'a pas pu conserver la session : le service doit être ouvert en HTTPS (adresse commençant par https://), ou à l'adresse http://localhost pour un essai local. Signalez-le au service informatique de la collectivité."
          : `${data.login.message} Vérifiez l'adresse et le mot de passe, en respectant les majuscules.`;
    } catch (err) {
      alerte.textContent = err.message;
    }
    motDePasse.value = "";
    alerte.hidden = false;
    alerte.focus();
  });
};

PAGES.conditions = async () => {
  let moi = null;
  try { moi = await compte(); } catch (e) { /* the terms stay readable without an account */ }
  if (!moi) return;
  montrerCompte(moi);
  if (moi.termsAcceptedAt) {
    $("cgu-acceptees").textContent = `Votre compte a accepté ces conditions le ${horodatage(moi.termsAcceptedAt)}.`;
    $("cgu-acceptees").hidden = false;
    return;
  }
  $("cgu-a-accepter").hidden = false;
  const formulaire = $("formulaire-cgu"), accord = $("cgu-accord");
  formulaire.hidden = false;
  formulaire.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!accord.checked) {
      marquerErreur(accord, "Cochez la case pour accepter les conditions d'utilisation ; sans cela, la recherche n'est pas possible.");
      accord.focus();
      return;
    }
    marquerErreur(accord, "");
    try {
      const data = await graphql("mutation { acceptTerms { __typename ... on NotAuthenticated { message } } }");
      if (data.acceptTerms.__typename === "TermsAccepted") { location.assign("/"); return; }
      marquerErreur(accord, data.acceptTerms.message);
    } catch (err) {
      marquerErreur(accord, err.message);
    }
    accord.focus();
  });
};

const VERDICTS = {
  UNKNOWN: ["Personne inconnue : aucune aide sociale récupérable",
    "La personne n'a reçu aucune aide sociale récupérable sur la succession. Aucune créance ne sera réclamée à ce titre."],
  RECOVERABLE_AID: ["Personne connue : aide sociale récupérable",
    "La personne a reçu une aide sociale récupérable sur la succession. Une créance pourra être réclamée ; son montant vous sera communiqué par le service."],
  POSSIBLE_UNDUE_PAYMENT: ["Personne connue : prestation à vérifier",
    "La personne n'a pas reçu d'aide sociale récupérable sur la succession, mais elle a perçu une prestation (APA ou PCH) qui a pu être versée à tort, par exemple après le décès. Le service pourra en demander le remboursement."],
  AMBIGUOUS: ["Réponse en cours d'examen",
    "Nous ne pouvons pas répondre immédiatement. Un agent du service examine votre demande et vous adressera la réponse par courrier."],
};
const LIBELLES = {
  UNKNOWN: "Inconnue : aucune aide récupérable",
  RECOVERABLE_AID: "Connue : aide sociale récupérable",
  POSSIBLE_UNDUE_PAYMENT: "Connue : prestation à vérifier (indu possible)",
  AMBIGUOUS: "En cours d'examen par un agent",
};

const TITRE_RECHERCHE = document.title;

function collectivites() {
  try { return JSON.parse(document.body.dataset.collectivites || "{}"); } catch (e) { return {}; }
}

function identiteLisible(p) {
  const naissance = p.birthName && p.birthName.toUpperCase() !== p.lastName.toUpperCase() ? ` (née ou né ${p.birthName})` : "";
  return `${p.lastName.toUpperCase()}${naissance} ${p.firstNames}`;
}

const CHAMPS_RECHERCHE = {
  lastName: "nom", birthName: "nom-naissance", firstNames: "prenoms",
  birthDate: "date-naissance", deathDate: "date-deces", deathPlace: "lieu-deces",
};

/* Every field's message ("" when right), the values to send, and the dates to show back normalised. */
function lireRecherche() {
  const v = (id) => $(id).value.trim();
  const naissance = lireDate(v("date-naissance"), "La date de naissance", "12/04/1931", siecleNaissance);
  const deces = lireDate(v("date-deces"), "La date de décès", "05/01/2026", siecleDeces);
  const auj = aujourdhui();
  const messages = {
    "nom": v("nom") ? "" : "Saisissez le nom d'usage de la personne décédée, par exemple MARTIN.",
    "nom-naissance": "",
    "prenoms": v("prenoms") ? "" : "Saisissez au moins un prénom, par exemple Jeanne.",
    "date-naissance": naissance.vide ? "Saisissez la date de naissance au format JJ/MM/AAAA, par exemple 12/04/1931." : naissance.erreur || "",
    "date-deces": deces.vide ? "La date de décès est obligatoire : saisissez-la au format JJ/MM/AAAA, par exemple 05/01/2026." : deces.erreur || "",
    "lieu-deces": "",
  };
  if (!messages["date-naissance"] && naissance.iso > auj) messages["date-naissance"] = "La date de naissance est dans le futur. Vérifiez l'année.";
  if (!messages["date-deces"] && deces.iso > auj) messages["date-deces"] = "La date de décès est dans le futur. Vérifiez l'année.";
  if (!messages["date-naissance"] && !messages["date-deces"] && deces.iso < naissance.iso) {
    messages["date-deces"] = `La date de décès précède la date de naissance (${naissance.affichage}). Vérifiez les deux dates : le jour et le mois sont-ils inversés ?`;
  }
  const affichages = { "date-naissance": naissance.affichage, "date-deces": deces.affichage };
  const saisie = {
    lastName: v("nom"), birthName: v("nom-naissance") || null, firstNames: v("prenoms"),
    birthDate: naissance.iso || null, deathDate: deces.iso || null, deathPlace: v("lieu-deces"),
  };
  return { messages, affichages, saisie };
}

function appliquer(id, lecture) {
  const message = lecture.messages[id];
  marquerErreur($(id), message);
  if (!message && lecture.affichages[id]) $(id).value = lecture.affichages[id];
  return message;
}

/* Each collectivité of the office sends its own letter: the wording agrees with how many go. */
function texteCourrier(reponse) {
  const n = reponse.answers.length, ref = reponse.reference;
  if (reponse.outcome === "AMBIGUOUS") {
    const envoi = n > 1
      ? `Chacune des ${n} collectivités de votre étude envoie son courrier (référence ${ref}) à l'adresse électronique de votre étude ; celle qui examine la demande y confirme qu'elle est en cours d'examen.`
      : `Un courrier confirmant que la demande ${ref} est en cours d'examen part vers l'adresse électronique de votre étude.`;
    return `${envoi} La réponse définitive suivra par courrier dès que l'agent aura statué ; elle apparaîtra aussi dans l'historique des demandes.`;
  }
  return n > 1
    ? `Les ${n} courriers officiels (référence ${ref}), un par collectivité, sont en cours d'envoi à l'adresse électronique de votre étude. Ils sont déjà téléchargeables ci-dessous et depuis l'historique des demandes.`
    : `Le courrier officiel (référence ${ref}) est en cours d'envoi à l'adresse électronique de votre étude. Il est déjà téléchargeable ci-dessous et depuis l'historique des demandes.`;
}

/* A link to an official letter; the server names the file. */
function lienCourrier(url, ...contenu) {
  const a = document.createElement("a");
  a.href = url;
  a.className = "telecharger";
  a.setAttribute("download", "");
  a.append(...contenu);
  return a;
}

function listeCourriers(liens) {
  const liste = document.createElement("ul");
  liste.className = "courriers";
  liste.append(...liens.map((lien) => { const li = document.createElement("li"); li.append(lien); return li; }));
  return liste;
}

/* Each collectivité sends its own letter: one link, or one per collectivité named after it. */
function liensCourriers(reponse, noms) {
  const libelle = "Télécharger le courrier (PDF)";
  if (reponse.answers.length > 1) {
    return listeCourriers(reponse.answers.map((a) =>
      lienCourrier(a.letterUrl, libelle, ` – ${noms[a.collectivite] || a.collectivite}`)));
  }
  const p = document.createElement("p");
  p.append(lienCourrier(reponse.answers[0].letterUrl, libelle));
  return p;
}

function montrerReponse(reponse, saisie) {
  const [titre, texte] = VERDICTS[reponse.outcome];
  $("reponse-verdict").className = `verdict ${reponse.outcome}`;
  // The verdict is the heading that takes focus, and the tab's title: the first thing a screen reader says.
  $("reponse-titre").textContent = titre;
  $("reponse-explication").textContent = texte;
  document.title = `${titre} — ${TITRE_RECHERCHE}`;
  $("reponse-identite").textContent =
    `${identiteLisible(saisie)}, né(e) le ${dateFrancaise(saisie.birthDate)}, décédé(e) le ${dateFrancaise(saisie.deathDate)}` +
    (saisie.deathPlace ? ` à ${saisie.deathPlace}` : "");
  $("reponse-reference").textContent = reponse.reference;
  $("reponse-date").textContent = horodatage(reponse.answeredAt);
  const noms = collectivites(), liste = $("reponse-collectivites");
  liste.replaceChildren(...reponse.answers.map((a) => {
    const li = document.createElement("li");
    li.textContent = `${noms[a.collectivite] || a.collectivite} : ${LIBELLES[a.outcome]}`;
    return li;
  }));
  liste.hidden = reponse.answers.length < 2;
  $("reponse-courrier").textContent = texteCourrier(reponse);
  $("reponse-telechargements").replaceChildren(liensCourriers(reponse, noms));
  $("zone-recherche").hidden = true;
  $("reponse").hidden = false;
  $("reponse-titre").focus();
}

PAGES.recherche = async () => {
  if (!(await ouvrirEspace())) return;
  const formulaire = $("formulaire-recherche"), resume = $("resume-erreurs");
  // A flagged field loses its error as soon as it is right. Only then, and never on blur: the page must not
  // move under the pointer while the clerk clicks « Rechercher ».
  for (const champ of formulaire.querySelectorAll("input")) {
    champ.addEventListener("input", () => {
      if (champ.getAttribute("aria-invalid") && !lireRecherche().messages[champ.id]) marquerErreur(champ, "");
    });
  }
  let enCours = false;
  formulaire.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (enCours) return;
    const lecture = lireRecherche(), saisie = lecture.saisie;
    const erreurs = Object.keys(lecture.messages).filter((id) => appliquer(id, lecture))
      .map((id) => [$(id), lecture.messages[id]]);
    if (erreurs.length) {
      const n = erreurs.length;
      afficherResume(resume, `La recherche n'a pas été envoyée : ${n} ${n > 1 ? "erreurs à corriger" : "erreur à corriger"}`, erreurs);
      return;
    }
    afficherResume(resume, "", []);
    enCours = true;
    formulaire.setAttribute("aria-busy", "true");
    try {
      const data = await graphql(`mutation($input: DeceasedSearchInput!) { searchDeceased(input: $input) { __typename
        ... on SearchAnswer { outcome requestId reference answeredAt answers { collectivite outcome letterUrl } }
        ... on InvalidSearch { message errors { field message } }
        ... on NotAuthenticated { message }
        ... on RateLimited { message }
        ... on SearchUnavailable { message } } }`, { input: saisie });
      const r = data.searchDeceased;
      if (r.__typename === "SearchAnswer") montrerReponse(r, saisie);
      else if (r.__typename === "NotAuthenticated") location.assign("/connexion");
      else if (!r.errors) throw new Error(r.message);
      else {
        const liees = r.errors.map((f) => [$(CHAMPS_RECHERCHE[f.field] || "nom"), f.message]);
        for (const [champ, message] of liees) marquerErreur(champ, message);
        afficherResume(resume, "La recherche a été refusée : corrigez les champs signalés", liees);
      }
    } catch (err) {
      resume.textContent = err.message;
      resume.hidden = false;
      resume.focus();
    } finally {
      enCours = false;
      formulaire.removeAttribute("aria-busy");
    }
  });
  $("nouvelle-recherche").addEventListener("click", () => {
    formulaire.reset();
    for (const champ of formulaire.querySelectorAll("input")) marquerErreur(champ, "");
    $("reponse").hidden = true;
    $("zone-recherche").hidden = false;
    document.title = TITRE_RECHERCHE;
    $("nom").focus();
  });
};

function ligneHistorique(p) {
  const tr = document.createElement("tr");
  const cellule = (...enfants) => { const td = document.createElement("td"); td.append(...enfants); tr.append(td); return td; };
  const span = (classe, texte) => { const s = document.createElement("span"); s.className = classe; s.textContent = texte; return s; };
  cellule(span("reference", p.reference), span("personne-dates", `le ${horodatageCourt(p.requestedAt)}`));
  cellule(identiteLisible(p), span("personne-dates", `Né(e) le ${dateFrancaise(p.birthDate)}`),
    span("personne-dates", `Décédé(e) le ${dateFrancaise(p.deathDate)}${p.deathPlace ? ` à ${p.deathPlace}` : ""}`));
  const statut = cellule(span(`etiquette ${p.status}`, LIBELLES[p.status]));
  if (p.doubtResolved) statut.append(span("doute-leve", "Doute levé par un agent"));
  const cache = () => span("visuellement-cache", ` de la demande ${p.reference}`);
  // Each collectivité sends its own letter: an office registered with several gets one link per answer.
  if (p.answers.length > 1) {
    const noms = collectivites();
    cellule(listeCourriers(p.answers.map((a) =>
      lienCourrier(a.letterUrl, "Courrier PDF", cache(), ` – ${noms[a.collectivite] || a.collectivite}`))));
  } else {
    cellule(lienCourrier(p.letterUrl, "Courrier PDF", cache()));
  }
  return tr;
}

PAGES.historique = async () => {
  if (!(await ouvrirEspace())) return;
  const corps = document.querySelector("#historique tbody"), suite = $("historique-suite");
  let curseur = null, filtre = "";
  const charger = async () => {
    try {
      const data = await graphql(`query($after: String, $search: String) { myRequests(first: 20, after: $after, search: $search) { __typename
        ... on RequestPage { hasNextPage endCursor items { requestId reference requestedAt lastName birthName firstNames
          birthDate deathDate deathPlace status doubtResolved letterUrl answers { collectivite letterUrl } } }
        ... on NotAuthenticated { message } } }`, { after: curseur, search: filtre || null });
      const page = data.myRequests;
      if (page.__typename !== "RequestPage") { location.assign("/connexion"); return; }
      const premiere = corps.rows.length;
      corps.append(...page.items.map(ligneHistorique));
      curseur = page.endCursor;
      // Hiding the focused button would drop focus onto <body>: it goes to the first new row's letter first.
      if (!page.hasNextPage && document.activeElement === suite && corps.rows[premiere]) {
        corps.rows[premiere].querySelector("a").focus();
      }
      suite.hidden = !page.hasNextPage;
      const total = corps.rows.length;
      $("historique-zone").hidden = total === 0;
      $("historique-vide").hidden = total > 0 || filtre !== "";
      $("historique-aucune").hidden = total > 0 || filtre === "";
      $("historique-filtre").textContent = filtre;
      $("historique-compte").textContent = `(${total} affichée${total > 1 ? "s" : ""})`;
      return page.items.length;
    } catch (err) {
      $("historique-erreur").textContent = err.message;
      $("historique-erreur").hidden = false;
      return 0;
    }
  };
  await charger();
  $("historique-recherche").addEventListener("submit", async (e) => {
    e.preventDefault();
    filtre = $("historique-texte").value.trim();
    curseur = null;
    corps.replaceChildren();
    const n = await charger();
    $("historique-annonce").textContent = filtre
      ? `${n} demande${n > 1 ? "s" : ""} ${n > 1 ? "correspondent" : "correspond"} à « ${filtre} »${suite.hidden ? "" : " (d'autres suivent)"}.`
      : "Toutes les demandes de l'étude sont affichées.";
  });
  suite.addEventListener("click", async () => {
    const n = await charger();
    $("historique-annonce").textContent = `${n} demande${n > 1 ? "s" : ""} plus ancienne${n > 1 ? "s" : ""} ajoutée${n > 1 ? "s" : ""} au tableau.`;
  });
};

document.addEventListener("DOMContentLoaded", () => {
  const deconnexion = $("deconnexion");
  if (deconnexion) deconnexion.addEventListener("click", deconnecter);
  const page = PAGES[document.body.dataset.page];
  if (page) page();
});
