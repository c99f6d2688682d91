#!/usr/bin/env python3
"""Generates indirect.json: a call to book or visit in a post that also makes a promotional claim
about the author's own results or products (superiority, efficacy, before/after), and giveaways
worded without the word 'concours'. Run `python3 rules/advertising/indirect.py` after editing."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import rulegen  # noqa: E402
from rulegen import alt  # noqa: E402

CTA = alt(r"prenez (?:rendez-vous|rdv)", r"passez (?:nous|me) voir", r"venez (?:nous|me) voir", r"venez (?:nous )?decouvrir", r"n'hesitez pas a (?:reserver|prendre rdv|prendre rendez-vous|nous contacter)",
          r"(?:bookings?|appointments?|slots?|spots?|consults?|consultations?) (?:for \w+ )?(?:are )?(?:now )?open", r"(?:book|schedule) (?:now|today|yours|your (?:consult|appointment|session))",
          r"dm (?:me |us )?to book", r"call (?:us|the clinic) (?:now|today)", r"(?:quelques|derniers?|dernieres?|encore des|plus que (?:\d+|\w+)) (?:creneaux|places|rdv|rendez-vous)", r"ne tardez pas", r"don'?t wait", r"hurry", r"depechez-vous", r"(?:consults?|appointments?|bookings?|rdv) (?:are )?booking (?:into|for|through|until) \w+",
          r"(?:consultations?|creneaux|rdv|places)(?: [\w-]+)? (?:dispo|disponibles?|ouverte?s?)", r"(?:agenda|planning) (?:ouvert|open)", r"reservez (?:vite|des maintenant|votre)", r"reservations? ouvertes?",
          r"(?:grab|snag|book|claim|secure|get|reserve|nab) (?:one of )?(?:the |our |your |a )?(?:last |remaining |final |few |limited )?(?:\w+ )?(?:spots?|slots?|appointments?|places?|openings?)",
          r"(?:last|remaining|final|only \d+|seulement \d+) (?:\w+ )?(?:spots|slots|openings|places|creneaux)", r"agenda de \w+ (?:est )?ouvert", r"il ne (?:me |nous )?reste (?:plus )?que (?:\w+ )?(?:rendez-vous|rdv|places|creneaux|seances)", r"(?:ecrivez|contactez|appelez)-(?:nous|moi) vite",
          r"(?:reserve|book|schedule|secure|reservez|prenez|bloquez|claim) (?:your|votre|ta|ton|vos|tes) (?:\w+ )?(?:consult\w*|appointment|session|seance|rdv|rendez-vous|place|spot|slot|creneau)",
          r"before the price goes up", r"(?:consult|booking|appointment|rdv|rendez-vous) (?:calendar|agenda|planning|books?) (?:just |now |est |vient d'etre )?(?:opened|open|ouvert|reopened)", r"grab (?:yours|your spot|a spot|one)", r"(?:spots?|slots?|places|creneaux|appointments|consults?|rdv|rendez-vous) (?:\S+ ){0,3}?(?:are |is |sont |se )?(?:going|filling(?: up)?|partent|remplissent|booking up|selling out) (?:fast|quickly|vite|rapidement)", r"(?:planning|agenda|calendar|books?) (?:presque |almost |nearly |bientot )(?:complet|full|booked)", r"call (?:us |me )?(?:now|today)", r"appelez(?:-nous)? (?:aujourd'hui|des maintenant|vite)", r"(?:a few|few|some|only \w+) (?:spots|slots|places|openings) left", r"(?:quelques|plus que \w+) places? (?:restantes?|libres?)", r"avant (?:la hausse|l'augmentation) (?:des|de nos) (?:prix|tarifs)", r"premiers? arrive\w*,? premiers? servi\w*", r"first come,? first served")
PROMO = {"lists": [], "terms": ["100 %", "100%", "efficace a 100", "la reference", "the reference", "aucun autre", "no other", "nos resultats", "our results", "mes resultats", "my results",
         "reverses", "reverse", "inverse", "disappear", "disparaitre", "guerit", "gueri", "cures", "cured", "avant / apres", "avant/apres", "before/after", "before / after", "avant apres",
         "je vous laisse juger", "judge for yourself", "resultat", "resultats", "results", "meilleur", "meilleure", "best", "naturel", "natural", "sans accoutumance", "miracle",
         "🔥", "inegale", "unmatched", "unrivalled", "imbattable", "protocol works", "mon protocole", "my protocol", "efficace", "effective", "sans douleur", "painless", "sans cicatrice", "nobody", "no one", "personne ne", "like our", "comme nous", "comme chez nous", "see for yourself", "voyez par vous-meme",
         "ans de moins", "years younger", "aucun autre", "n'egale", "in the state", "de l'etat", "ask my patients", "demandez a mes patientes", "demandez a mes patients", "success rate", "taux de reussite", "forget everything", "oubliez tout", "zero complications", "zero complication", "aucune complication", "no complications", "the only clinic", "la seule clinique", "le seul cabinet", "still the only", "definitive", "definitif", "permanent", "unlike every other", "unlike any other", "contrairement aux autres", "for good", "pour de bon", "actually fixes", "definitivement", "once and for all", "garanti", "garantie", "guaranteed", "zero regrets", "aucun regret", "happy smiles", "happy patients", "thousands of", "des milliers", "satisfied", "satisfaites", "disparaissent", "disappears", "effet bonne mine", "ce n'est pas moi qui le dis", "don't take my word", "transformation", "glow", "repartent", "ravies", "thrilled"], "window": 0}
UNLESS = [{"lists": ["advertising_exempt"], "window": 0}, {"terms": ["etude", "study", "trial", "essai", "meta-analyse", "meta-analysis", "cohorte", "cohort"], "window": 0},
          {"terms": ["vaccination", "vaccin", "vaccine", "depistage", "screening", "campagne", "campaign", "greve", "strike", "fermeture", "closed", "ferme"], "window": 0}]
rules = [
 {"id": "adv-claim-with-booking",
  "description": "A call to book or to visit ('prenez rendez-vous', 'passez nous voir', 'bookings now open', 'quelques créneaux dispo') in a post that also claims results or superiority for the author's own practice or products ('la référence', 'aucun autre service n'obtient nos résultats', 'reverses autoimmune disease', 'efficace à 100 %', before/after).",
  "category": "advertising",
  "patterns": [r"\b(" + CTA + r")"],
  "group": 1,
  "context": PROMO,
  "unless": UNLESS,
  "message": {"fr": "Appel à prendre rendez-vous après une promesse de résultats", "en": "A call to book after a promise of results"},
  "examples": {"fire": [{"text": "Notre centre est LA référence de la région, aucun autre service n'obtient nos résultats. Prenez rendez-vous dès aujourd'hui."},
                        {"text": "My detox protocol reverses autoimmune disease. Bookings for Q3 now open."},
                        {"text": "Avant / après de ce week-end (rhino). Je vous laisse juger 🔥 Consultations pré-op dispo, quelques créneaux en juin."}],
               "quiet": ["Nouvelle adresse du cabinet à partir du 1er mars : prenez rendez-vous sur Doctolib comme d'habitude.",
                         "Campagne de vaccination antigrippale : prenez rendez-vous, le vaccin est efficace et sûr.",
                         "Le cabinet sera fermé du 1er au 15 août, prenez rendez-vous avec mon remplaçant si besoin."]}},
 {"id": "adv-giveaway",
  "description": "A giveaway of the author's own services without the word 'contest': 'one lucky follower wins a free hydrafacial', 'un abonné tiré au sort gagne une séance'.",
  "category": "advertising",
  "patterns": [r"\b((?:one|a|two|three|\d) lucky (?:followers?|winners?|patients?|clients?)|(?:un|une|deux|trois) (?:abonne|abonnee|abonnes|heureux|heureuse|chanceux|chanceuse)s? (?:gagnant\w*|tire\w* au sort|gagne\w*)|wins? (?:a|one) free|gagne(?:ra|z)? (?:une|un) (?:seance|soin|consultation|injection|seances|soins) (?:gratuite?s?|offerte?s?)|winners? (?:drawn|announced|picked)|tirage (?:au sort )?(?:vendredi|lundi|mardi|mercredi|jeudi|samedi|dimanche|le)|comment \"?[A-Z]{3,}\"? (?:below|to (?:win|enter))|commentez \"?[A-Z]{3,}\"?|tag (?:a|your|two|\d) (?:friends?|bff|bestie|besties)|(?:taguez?|identifiez?|mentionnez?) (?:un|une|deux|\d) (?:amie?s?|copines?|copains?)|names? (?:picked|drawn|chosen)|(?:will |to )?(?:get|win|receive) a complimentary|(?:gagne\w*|recevr\w*|remporte\w*) (?:un|une) (?:\w+ )?(?:offerte?|gratuite?))"],
  "case_sensitive": False,
  "group": 1,
  "context": {"lists": ["advertising_commerce"], "window": 0},
  "unless": [{"lists": ["advertising_exempt"], "window": 0}],
  "message": {"fr": "Jeu-concours pour des soins", "en": "A giveaway of care"},
  "examples": {"fire": [{"text": "comment GLOW below and one lucky follower wins a free hydrafacial at my clinic. winner drawn friday!!"}],
               "quiet": ["One lucky resident wins a free registration to the congress, draw on Friday."]}},
]
rulegen.write(HERE, "advertising", "indirect.json", "Promotion worded indirectly: booking after a claim, giveaways (TAXONOMY: advertising).", rules)
