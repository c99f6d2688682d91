#!/usr/bin/env python3
"""Generates indirect.json: sponsorship shown only through what the author received (a trip, a
dinner, a gift basket, training abroad 'tout pris en charge', a weekend 'courtesy of' industry
friends) in a post that also praises or pushes a product or names a company or brand, in any case or
misspelt. Run `python3 rules/conflict_of_interest/indirect.py` after editing."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import rulegen  # noqa: E402
from rulegen import alt  # noqa: E402

BENEFIT = alt(r"courtesy of", r"compliments of", r"(?:all|all-)?\s?expenses?[- ]paid", r"expenses? (?:were )?covered", r"on (?:their|the company'?s|the industry'?s) dime",
              r"paid for by", r"picked up the (?:tab|bill)", r"(?:generous|kind) (?:friends|folks|people|team) (?:in|at|from) (?:the )?(?:\w+ )?(?:industry|pharma|company)",
              r"(?:friends|folks|people) (?:in|from) (?:the )?(?:device|pharma|drug|medtech) (?:industry|world)", r"looking after us", r"spoiled us", r"treated us",
              r"tout (?:etait|est|a ete) (?:pris en charge|paye|offert|compris)", r"tous frais (?:payes|compris)", r"frais (?:pris en charge|payes|rembourses) par",
              r"(?:qui|qu'ils|ils) nous (?:a|ont) (?:regales?|gates?|invites?|offert)", r"savent recevoir", r"(?:le|la|les|notre|nos|our|the) (?:representant\w*|rep|reps|delegue\w* medica\w*|visiteu\w* medica\w*|drug reps?|pharma reps?|sales reps?) (?:\S+ ){0,4}?(?:apporte\w*|offert|offre|paye\w*|invite\w*|brought|bought|paid|treated|sent|catered|delivered)", r"know how to (?:treat|host|throw)",
              r"(?:beau |joli |magnifique |superbe )?(?:panier|coffret|cadeau|cadeaux|colis)(?: de noel| gourmand)? (?:recus?|offerts?|livres?)",
              r"(?:gift|hamper|goodie) (?:basket|bag|box)s?", r"(?:basket|hamper|gift|box) (?:they )?(?:sent|delivered)",
              r"speakers?'? (?:training|bureau|program)", r"formation (?:en|a|aux) (?:floride|californie|espagne|italie|grece|[a-z]+ (?:tout|all)|(?-i:[A-Z][a-z]+))",
              r"(?:trip|weekend|week-end|retreat|training|getaway|sejour|voyage|seminaire) (?:in|to|a|en|aux|au) (?-i:[A-Z][a-z]+)[^\n]{0,40}?(?:courtesy|offert|paid|pris en charge|merci|thanks)")
PUSH = {"lists": ["conflict_of_interest_praise_strong", "conflict_of_interest_brand", "conflict_of_interest_company"],
        "terms": ["de chez", "les gens de chez", "tuerie", "une tuerie", "premiere intention", "first-line", "first line", "switching", "switch", "passer mes patients sous", "passer mes patientes sous",
                  "je continue de recommander", "leur vaccin", "their vaccine", "their drug", "leur produit", "their product", "leur nouveau", "leur nouvelle", "their new", "a tout le monde", "to everyone", "je la mets", "je le mets", "i put everyone",
                  "pump", "pompe", "laser", "implant", "device", "dispositif", "new drug", "nouveau medicament", "#congres", "#diabeto", "for pretty much everyone", "for everyone",
                  "a tous mes", "all my patients", "every patient", "vous allez en entendre parler", "you'll hear about it", "best thing", "meilleure chose"], "window": 0}
UNLESS = [{"lists": ["conflict_of_interest_disclosure"], "window": 0}, {"lists": ["conflict_of_interest_critique"], "window": 0},
          {"terms": ["j'ai refuse", "i declined", "je refuse", "i turned down", "j'ai decline", "pas accepte", "didn't accept", "never accept", "n'accepte"], "window": 0}]
rules = [
 {"id": "coi-benefit-received",
  "description": "A benefit received from industry (a trip or a dinner 'courtesy of', training abroad 'tout pris en charge', a gift basket, 'le labo qui nous a régalés', 'they know how to host') in a post that also praises or pushes a product, or names a company or a brand: sponsorship shown by its gifts is still a link of interest to disclose.",
  "category": "conflict_of_interest",
  "patterns": [r"\b(" + BENEFIT + r")"],
  "group": 1,
  "context": PUSH,
  "unless": UNLESS,
  "message": {"fr": "Avantage reçu de l'industrie, sans lien d'intérêt déclaré", "en": "A benefit from industry, with no link of interest disclosed"},
  "why": {"fr": "Un voyage, un dîner ou un cadeau offert par une entreprise est un lien d'intérêt : le mentionner en vantant un produit, sans le déclarer, est une promotion déguisée.",
          "en": "A trip, a dinner or a gift from a company is a link of interest: mentioning it while praising a product, without disclosing it, is disguised promotion."},
  "examples": {"fire": [{"text": "Back from a weekend in Napa courtesy of some very generous friends in the device industry. The new pump is the best thing since insulin."},
                        {"text": "Le nouveau laser de chez Candella est une tuerie. Formation en Floride la semaine dernière (tout était pris en charge 🌴)."},
                        {"text": "Merci à l'équipe de Pfizr pour le beau panier de Noël reçu au bureau 🎁 et oui je continue de recommander leur vaccin à tous mes patients."},
                        {"text": "Just back from the speakers' training in Cancún, excited to teach why this drug should be first-line."}],
               "quiet": ["Invitée à un week-end de formation tout pris en charge par un labo : j'ai refusé, mes patients méritent une prescription indépendante.",
                         "Le patient a été pris en charge aux urgences, puis passé sous anticoagulant en première intention.",
                         "Trip to Lisbon courtesy of my in-laws 🇵🇹 back to clinic Monday.",
                         "Disclosure: my travel to the congress was paid for by Novo Nordisk. Here is what I learned about semaglutide."]}},
]

ORDER = alt(r"ask me how to (?:order|get (?:it|them|some)|buy)", r"(?:dm|message|pm|text|email) me (?:to|for|if you want to) (?:order|buy|get (?:it|yours|some)|the code)",
            r"(?:order|buy|shop) (?:through|via|with|using) my (?:link|code|page|store|shop)", r"(?:use|with|enter) my (?:personal |promo |discount |referral |affiliate )?(?:code|link)",
            r"my (?:personal |promo |discount |referral |affiliate )?code (?-i:[A-Z0-9]{4,})", r"code (?:promo )?(?-i:DR[A-Z0-9]{3,})", r"mon (?:code|lien) (?:promo |perso |personnel |partenaire |d'affiliation )?(?-i:[A-Z0-9]{4,})",
            r"(?:avec|via|par) mon (?:code|lien)(?: (?:promo|perso|personnel|partenaire|d'affiliation))?", r"(?:commande[rz]?|achete[rz]?) (?:via|par|avec|sur) mon (?:lien|code|site|boutique)",
            r"demandez-moi comment (?:commander|vous en procurer|l'obtenir)", r"(?:ecrivez|ecris)-moi (?:en mp |en dm )?pour (?:commander|le code|le lien)")
TOUR = alt(r"(?:speaking|spoke|presenting|presented|lecturing) (?:on|at|for|during) (?:the )?(?-i:[A-Z][A-Za-z0-9]+)(?: [A-Za-z]+)? (?:tour|roadshow|speaker series|speakers? bureau)",
           r"(?:tournee|conferences?|roadshow) (?:de |d'|du |avec |pour )(?-i:[A-Z][A-Za-z0-9]+)")
rules += [
 {"id": "coi-order-solicitation",
  "description": "The author tells readers how to order a product through them (a personal code, an order link, 'ask me how to order', 'lien en bio') in a post that praises or names a product or brand: a commercial link to disclose.",
  "category": "conflict_of_interest",
  "patterns": [r"\b(" + ORDER + r")"],
  "group": 1,
  "context": {"lists": PUSH["lists"], "terms": PUSH["terms"] + ["exclusivement", "exclusively", "only use", "only recommend", "j'utilise uniquement", "je n'utilise que", "je ne recommande que", "la gamme", "the range", "the line", "my favourite", "my favorite", "mon prefere", "ma preferee"], "window": 0},
  "unless": UNLESS,
  "message": {"fr": "Vente d'un produit sans déclaration de lien d'intérêt", "en": "Selling a product without disclosing the link of interest"},
  "examples": {"fire": [{"text": "I only recommend GlucoPlus to my diabetic patients, it's the best brand out there. Ask me how to order!"}],
               "quiet": ["Partenariat rémunéré avec NutriVital : les compléments sont disponibles avec mon code DRSOPHIE.",
                         "Where can patients order a glucometer? Ask your pharmacist."]}},
 {"id": "coi-company-tour",
  "description": "Speaking on a company's tour or roadshow ('speaking on the Novartis tour') in a post that praises a product, without disclosure.",
  "category": "conflict_of_interest",
  "patterns": [r"\b(" + TOUR + r")"],
  "group": 1,
  "context": PUSH,
  "unless": UNLESS,
  "message": {"fr": "Conférence pour un laboratoire sans déclaration", "en": "Speaking for a company without disclosure"},
  "examples": {"fire": [{"text": "Great week speaking on the Novartis tour, this drug is a game changer for my patients."}],
               "quiet": ["Disclosure: I was paid by Novartis for speaking on the Novartis tour this week."]}},
]
STAKE = alt(r"skin in the game", r"(?:i|we) (?:own|co-own|hold|have|got|bought) (?:a |some |small |a small |a little )?(?:stake|shares|equity|share)\b",
             r"(?:shares|equity|a stake|a share) in (?:it|them|the (?:company|clinic|lab|business|brand))", r"(?:a |the )?(?:team|company|clinic|lab|brand|business) i (?:helped )?(?:build|built|found|founded|start|started|co-?found\w*)",
             r"i (?:co-?founded|founded|started|launched|built|created|developed|helped (?:develop|formulate|design|create|build)) (?:it\b|(?:this|the|my|our) (?:company|brand|app|clinic|lab|product|range|line|formula|device|business)|(?-i:[A-Z][A-Za-z]+))", r"helped (?:develop|formulate|design) (?:it|the formula|the product)",
             r"worked on the formula", r"(?:i'm|i am) (?:a (?:bit|little|tad) |slightly |totally |very |a wee bit )?biased",
             r"(?:gave|give|gifted|sent|comped) me (?:a |an |the )?(?:lifetime|free|complimentary|year'?s?|years'?|whole|full)\b[^.!?\n]{0,25}(?:premium|subscription|access|supply|pair|membership|kit)",
             r"(?:kindly|generously) sent me", r"(?:a |on )?(?:demo|trial|evaluation) loan", r"asked me to (?:do|make|record|film|shoot) (?:some |a few )?(?:training |promo |promotional |demo )?videos? for them",
             r"j'ai (?:quelques |des |un peu de |de )?(?:parts|actions) (?:dedans|dans)", r"je suis (?:aussi |moi-meme )?(?:actionnaire|cofondat(?:eur|rice)|co-fondat(?:eur|rice)) (?:de|du|d')",
             r"ma (?:propre )?(?:marque|societe|start-?up|gamme)\b", r"j'ai (?:travaille|participe|contribue|collabore) (?:sur|a) (?:la )?(?:formule|formulation|conception|mise au point)",
             r"j'ai (?:co-?)?(?:fonde|cree|lance|developpe|mis au point) (?:cette|ce|la|le|l')", r"(?:la|ma|notre) (?:clinique|pharmacie|cabinet) (?:vend|propose|distribue) (?:aussi )?(?:les |des |leurs )?(?:abonnements|produits|flacons|boites)",
             r"pas (?:commandite|sponsorise|paye|payee|remunere|remuneree),? promis", r"(?:un peu|legerement|totalement) (?:biaise|biaisee)")
rules += [
 {"id": "coi-own-stake",
  "description": "The author owns, founded, helped develop or got perks from what the post pushes, said in passing ('skin in the game', 'a team I helped build', 'I co-founded it', 'they gave me lifetime premium', 'j'ai quelques parts dedans', 'j'ai travaillé sur la formule', 'la clinique vend les abonnements') with no disclosure: a commercial link to declare, not a disclosure.",
  "category": "conflict_of_interest",
  "patterns": [r"\b(" + STAKE + r")"],
  "group": 1,
  "context": {"lists": PUSH["lists"], "terms": PUSH["terms"] + ["all my", "tous mes", "toutes mes", "i send", "we send", "send all", "refer", "i refer", "j'adresse", "j'envoie", "recommend", "recommande", "conseille", "i tell them", "je leur dis", "book", "reservez", "stocked", "disponible", "available", "grab", "link", "lien", "app", "appli", "plug", "hand out", "every ed", "every clinic", "changed the life", "a change la vie"], "window": 0},
  "unless": UNLESS,
  "message": {"fr": "Intérêt personnel dans le produit recommandé, non déclaré", "en": "A personal stake in what you recommend, not disclosed"},
  "why": {"fr": "Posséder des parts, avoir fondé ou conçu un produit, ou en recevoir des avantages est un lien d'intérêt : le glisser en passant n'est pas une déclaration, et le recommander aux patients sans la faire est une promotion déguisée.",
          "en": "Owning shares, having founded or designed a product, or getting perks from it is a link of interest: a wink in passing is not a disclosure, and recommending it to patients without one is disguised promotion."},
  "examples": {"fire": [{"text": "I send all my hormone panels to Vireo Labs, turnaround is brilliant. (ok yes I'm a bit biased, I've got skin in the game there)", "match": "skin in the game"},
                        {"text": "J'adresse tous mes bilans au labo BioVal de Lyon 7e, rapides et fiables. (bon, j'ai quelques parts dedans 😅)", "match": "j'ai quelques parts dedans"},
                        {"text": "The FocusMetric app has halved my assessment time, every clinic should get it. They gave me lifetime premium 🙃", "match": "gave me lifetime premium"}],
               "quiet": ["Disclosure: I co-founded SleepWell and hold shares in it. Happy to answer questions about the trial data.",
                         "Je suis associée du cabinet depuis 2019 : nouvelles horaires le samedi matin.",
                         "I'm biased toward early mobilisation after hip surgery: the evidence is strong."]}},
]
rulegen.write(HERE, "conflict_of_interest", "indirect.json", "Sponsorship shown by the benefits received (TAXONOMY: conflict_of_interest).", rules)
