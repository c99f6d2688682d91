#!/usr/bin/env python3
"""Generates indirect.json: absolute claims framed as the author's experience ('in 20 years I have
never seen it fail', 'je n'ai jamais eu un seul échec', 'works every single time'), and harms of a
vaccine stated with a word or two in between ('le vaccin HPV rend stérile'). Run
`python3 rules/health_claim/indirect.py` after editing."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import rulegen  # noqa: E402
from rulegen import alt  # noqa: E402

EXPERIENCE = alt(
    r"(?:je n'ai|j'ai) jamais vu (?:\S+ ){1,6}?(?:echouer|rater|foirer|ne pas (?:marcher|fonctionner|agir))",
    r"(?:i have|i'?ve|i) never (?:once )?(?:seen|watched|had) (?:\S+ ){1,6}?(?:fail|not work|miss)",
    r"(?:je n'ai|j'ai) jamais (?:eu|connu|constate) (?:un seul |d'|le moindre |aucun )?(?:echec|rechute|patient (?:qui|chez qui) (?:\S+ ){0,3}(?:n'a pas|ca n'a pas)|cas ou (?:ca|il|elle) (?:n'a pas|a echoue))",
    r"(?:i have|i'?ve) never (?:once )?had (?:a single |one |any )?(?:failures?|relapses?|patients? (?:it|this|that) (?:didn'?t|did not|failed))",
    r"(?:works|worked|marche|fonctionne|a marche|a fonctionne) (?:\S+ )?(?:every (?:single )?time|a (?:tous les|chaque) coups?|a chaque fois|sur (?:tous|toutes|chacun|chacune) (?:mes|de mes))",
    r"(?:not|pas) (?:un|une|one) (?:seule? )?(?:patiente?|patient|echec|failure|relapse|rechute) (?:en|in) \d+ (?:ans|years)",
    r"pas (?:un|une) seule? (?:\S+ ){1,3}?(?:qui (?:ait|a|n'ait) (?:resiste|echappe|rechute)|n'a (?:resiste|rechute))",
    r"(?:not|never) (?:a single|one) (?:\S+ ){1,3}?(?:has |have )?(?:resisted|failed|relapsed|survived|come back)",
    r"aucune? (?:\S+ ){1,2}?n'a (?:jamais )?(?:resiste|echappe|survecu|tenu)",
    r"(?:has|have|had) never (?:once )?failed to (?:clear|cure|heal|fix|resolve|work|help)", r"n'a jamais (?:echoue|manque) a (?:guerir|soigner|faire disparaitre|resoudre)",
    r"every (?:single )?one of (?:them|my patients|those patients) (?:\S+ ){0,3}?(?:cured|healed|recovered|symptom-free|in remission|got better)",
    r"(?:not once|never once|pas une (?:seule )?fois|jamais une (?:seule )?fois) (?:in|during|en|de|dans) (?:my|mes|ma|\d+|toute ma|all my|\w+) [^.!?\n]{0,80}?(?:needed|required|relapsed|came back|failed|had to|eu besoin|rechute|echoue|recidive)",
    r"(?:have |has )?yet to (?:meet|see|find|encounter) (?:an?|one|the) (?:\S+ ){1,4}?(?:that |which )?(?:my|this|our|the) (?:\S+ ){0,3}?(?:couldn'?t|can'?t|didn'?t|failed to|could not|did not|won'?t)",
    r"(?:aucun|aucune|none) (?:de|of) (?:mes|my) (?:patients?|patientes?|clients?) (?:\S+ ){0,3}?(?:n'a|n'ont|has|have) (?:plus |jamais |ever )?(?:eu besoin|rechute|recidive|du|eu de|eu une?|refait|fait de|developpe|needed|relapsed|had|developed|required|come back|returned)",
    r"\bno (?:child|kid|patient|woman|man|one|adult|baby|client) (?:\S+ ){0,5}?(?:has|have) ever (?:had|needed|required|relapsed|developed|come back|returned|gotten|got)",
    r"(?:je n'ai|j'ai|on n'a) (?:jamais )?vu aucun(?:e)? (?:\S+ ){1,3}?(?:resister|echapper|rechuter|revenir|echouer)",
    r"(?:i'?ve|i have) (?:never )?seen (?:no|not one|not a single) (?:\S+ ){1,3}?(?:resist|survive|come back|fail)",
    r"(?:tous|toutes|all|every one of|chacun de|chacune de) (?:mes|my) (?:patients?|patientes?) (?:\S+ ){0,2}?(?:ont (?:ete )?gueri|sont gueri|have (?:been )?cured|got better|recovered|s'en sont sortis)")
TREATMENT = {"lists": [], "terms": ["homeopathie", "homeopathy", "homeopathique", "vitamine", "vitamin", "iv", "perfusion", "detox", "jeune", "fasting", "huile", "oil", "plante", "plantes", "herbs",
             "naturopathie", "naturopathy", "acupuncture", "osteopathie", "chiropractic", "protocole", "protocol", "traitement", "treatment", "remede", "remedy", "cure", "complement", "supplement",
             "cancer", "otite", "otitis", "diabete", "diabetes", "autisme", "autism", "sclerose", "lupus", "arthrose", "infection", "ozone", "chelation", "cbd", "ivermectine", "ivermectin", "hydroxychloroquine",
             "probiotique", "probiotic", "canneberge", "cranberry", "jus", "juice", "maison", "homemade", "ozone", "medecine", "medicine", "psoriasis", "b12", "fatigue chronique", "chronic fatigue", "injections", "elimination diet", "regime d'eviction", "phytotherapie", "phytotherapy", "asthma", "asthme", "in my practice", "dans ma pratique", "curcuma", "turmeric", "gingembre", "ginger", "in practice", "years in practice", "ans d'exercice", "de pratique", "career", "carriere", "de cabinet", "years", "ans", "eczema", "oatmeal", "avoine", "hypertendus", "hypertension", "medicaments", "medication", "medications", "huiles essentielles", "essential oils", "herbal", "plantes", "lyme", "sinusite", "sinusitis", "insulin", "insuline", "fasting", "jeune", "diabetes", "regime", "diet", "keto", "magnesium", "zinc", "argent colloidal", "colloidal silver", "aimant", "magnet", "ventouses", "cupping", "reiki", "produit", "product", "methode", "method"], "window": 0}
UNLESS = [{"lists": ["health_claim_debunk", "health_claim_rebuttal"], "window": 80}, {"lists": ["health_claim_evidence"], "window": 0}, {"lists": ["fiction"]},
          {"terms": ["mefiez-vous", "beware", "quand on vous dit", "when someone tells you", "ceux qui disent", "those who say", "promettent", "promise", "pretendent", "claim", "claims", "?"], "window": 60}]
rules = [
 {"id": "claim-experiential-absolute",
  "description": "An absolute claim framed as the author's experience ('en 25 ans je n'ai jamais vu l'homéopathie échouer', 'I have never seen IV vitamin C fail against a cancer', 'never had a single relapse', 'works every single time') about a treatment or a disease: experience stated as proof of a treatment that never fails.",
  "category": "health_claim",
  "patterns": [r"\b(" + EXPERIENCE + r")"],
  "group": 1,
  "context": TREATMENT,
  "unless": UNLESS,
  "message": {"fr": "Efficacité absolue présentée comme une expérience", "en": "Absolute efficacy presented as experience"},
  "examples": {"fire": [{"text": "En 25 ans d'exercice, je n'ai jamais vu l'homéopathie échouer sur une otite de l'enfant. Jamais."},
                        {"text": "In 20 years of practice I have never seen IV vitamin C fail against a cancer. Not once."}],
               "quiet": ["Patients often tell me 'I've never seen homeopathy fail'. Beware: the trials say otherwise.",
                         "In 20 years I have never seen a ward run this smoothly, thank you team."]}},
 {"id": "claim-vaccine-harm-loose",
  "description": "A vaccine said to cause sterility, autism or death with a word or two in between ('le vaccin HPV rend stérile', 'the HPV shot makes girls infertile').",
  "category": "health_claim",
  "patterns": [r"\b((?:vaccins?|vaccines?|shots?|jabs?|vaccinations?) (?:\S+ ){0,3}?(ne |n'|doesn'?t |does not |don'?t |do not |won'?t |will not |never |jamais |cannot |can'?t )?(?:rend(?:ent)?|rendrait|makes?|made|cause(?:s|nt|rait)?|provoque(?:nt|rait)?|donne(?:nt)?|gives?) (?:\S+ ){0,2}?(?:steriles?|sterilite|infertiles?|infertilit[ey]|autistes?|autisme|autism|autistic|la sep|sclerose|paralys\w+|cancers?|morts? subites?|sudden deaths?))"],
  "group": 1,
  "unless_group": 2,
  "unless": UNLESS + [{"terms": ["non", "no", "faux", "false", "wrong"], "window": 12, "side": "before"},
                      {"terms": ["rumeur", "rumour", "rumor", "mythe", "myth", "fake", "faux", "false", "hoax", "intox", "infox", "contrairement", "contrary", "debunk", "pretend", "on entend", "you hear", "entendu", "heard", "croient", "believe", "peur", "fear", "worried", "inquiete", "crainte"], "window": 80}],
  "message": {"fr": "Fausse information sur un vaccin", "en": "Vaccine misinformation"},
  "examples": {"fire": [{"text": "Ce qu'on ne vous dira pas : le vaccin HPV rend stérile. Je l'ai constaté chez plusieurs jeunes filles."}],
               "quiet": ["Non, le vaccin HPV ne rend pas stérile : des millions de doses le montrent.",
                         "Beaucoup de parents ont peur que le vaccin HPV rende stérile : c'est un mythe."]}},
]

# A disease word: a short list of common conditions plus the suffixes most disease names carry
# (-itis/-ite, -osis/-ose, -emia/-emie, -oma/-ome, -pathy/-pathie), so any disease word fits.
DISEASE = alt(r"cancers?", r"tumeurs?", r"tumou?rs?", r"diabete(?: de type [12])?", r"(?:type [12] )?diabetes", r"autisme?", r"autism", r"alzheimer", r"parkinson", r"asthme", r"asthma",
              r"covid(?:-19)?", r"sepsis", r"septicemie", r"lupus", r"psoriasis", r"eczema", r"acne", r"migraines?", r"fibromyalgi[ae]", r"endometrios[ei]s?", r"depression", r"anxiete", r"anxiety",
              r"hypertension", r"obesite", r"obesity", r"infections?", r"lyme", r"crohn", r"sclerose en plaques", r"multiple sclerosis", r"epilepsie", r"epilepsy", r"insomni[ae]", r"arthrose",
              r"[a-z]{3,}(?:itis|ites?|osis|oses?|emia|emie|omas?|omes?|pathy|pathie)", r"[a-z]+ (?:disease|disorder)", r"maladie (?:de |d')?\w+")
CURE_PAST = alt(r"cured", r"reversed", r"healed", r"got rid of", r"wiped out", r"cleared up", r"a gueri", r"ont gueri", r"a fait disparaitre", r"ont fait disparaitre", r"a soigne", r"a fait regresser", r"a eu raison de")
WHOSE = alt(r"(?:my|his|her|our|a|one of my) (?:patient|client|son|daughter|wife|husband|mother|father|mom|dad)(?:'s|s')?(?: \w+)?", r"(?:l'|le |la )?(?:\S+ )?(?:de|d') (?:ma|mon|mes|une|un) (?:patiente?s?|cliente?s?|fils|fille|femme|mari|mere|pere)")
CURE_NOW = alt(r"cures?", r"reverses?", r"heals?", r"guerit", r"guerissent", r"soigne", r"soignent", r"fait disparaitre", r"font disparaitre", r"inverse")
ABSOLUTE = alt(r"\. ?full stop", r"\. ?period\.", r"\. ?point (?:final|barre)", r"in (?:the )?(?:vast )?majority of (?:patients|cases)", r"dans (?:la )?(?:grande )?majorite des (?:patients|cas)", r"in (?:almost )?(?:all|every) (?:patients|cases)",
               r"dans (?:tous les|presque tous les|100 ?% des) cas", r"chez (?:tous|toutes|100 ?%)", r"every (?:single )?time", r"a chaque fois", r"for good", r"definitivement", r"pour de bon", r"permanently", r"sans rechute")
COVERUP = alt(r"the (?:data|studies|evidence|results?|trials?) (?:was|were|has been|have been|got) (?:buried|hidden|suppressed|censored|covered up)",
              r"(?:les )?(?:donnees|etudes|resultats|preuves) (?:ont ete|sont|a ete) (?:enterre\w*|cache\w*|etouffe\w*|censure\w*)",
              r"(?:\w+ologists|\w+ologues|doctors|les medecins|pharma|big pharma|les labos|la medecine officielle|official medicine|mainstream medicine|la medecine conventionnelle) (?:(?:don'?t|do not|won'?t|will not) (?:want you to know|tell you|want you to find out)|ne (?:veulent|veut) pas (?:que vous le sachiez|que vous sachiez|que tu le saches|vous le dire)|vous le cache\w*|vous cache\w*|hide|hides|is hiding|are hiding|keep\w* (?:it|this) (?:from you|quiet|secret))",
              r"(?:ce qu'on|what they) (?:ne vous dit pas|won'?t tell you|don'?t tell you|hide from you|vous cache)")
GUARANTEE = alt(r"(?:-|lose |perdez |perdre )\d+ ?(?:kg|kilos?|lbs?|pounds|livres) (?:garantis?|guaranteed|en \d+ (?:jours|semaines)|in \d+ (?:days|weeks))",
                r"\d+ ?(?:kg|kilos?|lbs?|pounds) (?:garantis?|guaranteed)")
FRESH_UNLESS = [{"lists": ["health_claim_negation"], "window": 15, "side": "before"}, {"lists": ["health_claim_debunk"], "window": 60, "side": "before"},
                {"lists": ["health_claim_rebuttal"], "window": 40, "side": "after"}, {"lists": ["fiction"]},
                {"terms": ["?", "mefiez-vous", "beware", "red flag", "arnaque", "scam", "mefiance", "si quelqu'un", "if someone", "if anyone", "whoever", "quiconque", "fuyez", "run from", "stop believing", "arretez de croire"], "window": 60}]
rules += [
 {"id": "claim-cure-anecdote",
  "description": "A cure told as a personal anecdote ('Ivermectin cured my patient's asthma', 'le lait cru a guéri l'eczéma de ma patiente'): any treatment word, any disease word (disease suffixes), a past-tense cure of a named person's disease.",
  "category": "health_claim",
  "patterns": [r"\b(" + CURE_PAST + r" (?:\S+ ){0,1}?" + WHOSE + r" ?" + DISEASE + r")\b",
               r"\b(" + CURE_PAST + r" (?:the |l'|le |la )?" + DISEASE + r" (?:of|in|de|chez) (?:my|a|one of my|ma|mon|une?|mes) (?:patients?|patientes?|clients?))"],
  "group": 1,
  "unless": FRESH_UNLESS + [{"lists": ["health_claim_evidence"], "window": 60}],
  "message": {"fr": "Guérison présentée par une anecdote", "en": "Cure presented through an anecdote"},
  "examples": {"fire": [{"text": "Ivermectin cured my patient's asthma in two weeks, nothing else had worked."},
                        {"text": "Le lait cru a guéri l'eczéma de ma patiente en un mois."}],
               "quiet": ["No, ivermectin has not cured my patient's asthma, and it never will.",
                         "Did raw milk really cure your son's eczema? I doubt it."]}},
 {"id": "claim-cure-absolute",
  "description": "A present-tense cure stated with an absolute ('X reverses diabetes. Full stop.', 'guérit le cancer dans la majorité des patients', 'heals sepsis every time'), any disease word.",
  "category": "health_claim",
  "patterns": [r"\b(" + CURE_NOW + r" (?:\S+ ){0,2}?(?:l'|d')?" + DISEASE + r"(?: \S+){0,4}? ?" + ABSOLUTE + r")"],
  "group": 1,
  "unless": FRESH_UNLESS,
  "message": {"fr": "Guérison affirmée de façon absolue", "en": "Cure stated as absolute"},
  "examples": {"fire": [{"text": "L'alimentation alcaline guérit le cancer dans la majorité des patients."},
                        {"text": "Raw milk reverses psoriasis. Full stop."}],
               "quiet": ["L'alimentation alcaline ne guérit pas le cancer, dans la majorité des cas elle retarde le traitement.",
                         "Does the keto diet reverse diabetes in the majority of patients? Not in the trials."]}},
 {"id": "claim-coverup",
  "description": "Cover-up framing of a treatment ('the data was buried', 'oncologists don't want you to know', 'la médecine officielle vous le cache').",
  "category": "health_claim",
  "patterns": [r"\b(" + COVERUP + r")"],
  "group": 1,
  "unless": [{"lists": ["health_claim_debunk"], "window": 60, "side": "before"}, {"lists": ["fiction"]},
             {"terms": ["complot", "conspiracy", "conspiracies", "complotiste", "complotistes", "?", "ils disent", "they say", "on lit", "you read", "mefiez-vous", "beware", "quand on vous dit", "when someone tells you", "le classique", "the classic", "the old", "le vieux", "refrain", "trope", "sketchy", "red flag"], "window": 80}],
  "message": {"fr": "Théorie du complot sur un traitement", "en": "Cover-up framing of a treatment"},
  "examples": {"fire": [{"text": "IV vitamin C heals sepsis, but the data was buried."},
                        {"text": "La médecine officielle vous le cache : le jeûne fait fondre les tumeurs."}],
               "quiet": ["Red flag: anyone telling you 'the data was buried' is selling something.",
                         "The results were published in full in NEJM and the data are open.",
                         "Some patients won't say no to a fourth opioid refill, and some doctors won't either."]}},
 {"id": "claim-guaranteed-result",
  "description": "A guaranteed health result ('-8 kg garantis ou remboursé', 'lose 30 lbs in 30 days', 'résultats garantis').",
  "category": "health_claim",
  "patterns": [r"(?:^|[^0-9A-Za-z])(" + GUARANTEE + r")"],
  "group": 1,
  "unless": [{"lists": ["health_claim_debunk"], "window": 60, "side": "before"}, {"lists": ["fiction"]},
             {"terms": ["?", "mefiez-vous", "beware", "arnaque", "scam", "scams", "red flag", "promettent", "promise", "promises", "fuyez", "run from", "jamais", "never", "no one can", "personne ne peut", "impossible", "unrealistic", "irrealiste"], "window": 60}],
  "message": {"fr": "Résultat de santé garanti", "en": "Guaranteed health result"},
  "examples": {"fire": [{"text": "Mon programme minceur : -8 kg garantis ou remboursé !"},
                        {"text": "Lose 30 lbs in 30 days with my protocol."}],
               "quiet": ["Méfiez-vous des annonces '-8 kg garantis' : c'est une arnaque.",
                         "Can anyone lose 30 lbs in 30 days safely? No."]}},
]

# FRESH_UNLESS without its '?': claims that follow a question ("Sprain? Tendinitis? Full recovery
# guaranteed", "Honestly? Skip it.") are asserted all the same; warnings still excuse them.
ASSERTIVE_UNLESS = [u for u in FRESH_UNLESS if "?" not in u.get("terms", [])] + [
    {"terms": ["mefiez-vous", "beware", "red flag", "arnaque", "scam", "fuyez", "run from"], "window": 60}]

# An alternative remedy said to beat, or equal, a standard treatment ('stop a seizure faster than
# midazolam', 'plus efficace que les antibiotiques'), and a specific health outcome guaranteed
# ('full recovery guaranteed', 'we guarantee you'll be pain-free', 'guérison assurée'). A plain
# 'résultats garantis' stays advertising's (TAXONOMY: guaranteed results are advertising).
REMEDY = alt(r"homeopathi\w*", r"homeopathy", r"granules?", r"\d+ ?ch", r"arnica", r"huiles? essentielles?", r"essential oils?", r"cbd", r"argent colloidal", r"colloidal silver",
             r"bicarbonate", r"vinaigre de cidre", r"(?:apple )?cider vinegar", r"curcuma", r"turmeric", r"gingembre", r"ginger", r"miel", r"honey", r"garlic", r"ail", r"propolis",
             r"echinacea", r"sureau", r"elderberry", r"oscillococcinum", r"acupuncture", r"reiki", r"magnetiseur", r"ventouses", r"cupping", r"ozone", r"chelation", r"detox",
             r"jeune", r"fasting", r"kombucha", r"tisanes?", r"herbal tea", r"plantes", r"herbs", r"collier d'ambre", r"amber necklace", r"ivermectin\w*", r"hydroxychloroquine",
             r"vitamin(?:e|es|s)? c", r"megadoses?", r"raw milk", r"lait cru", r"naturopath\w*", r"cure (?:de )?\w+", r"juice cleanse", r"jus",
             r"vin rouge", r"red wine", r"resveratrol", r"ail noir", r"black garlic", r"gui", r"mistletoe", r"huile de coco", r"coconut oil", r"oil pulling",
             r"kinesio ?tap\w*", r"strapping")
STANDARD = alt(r"(?:les |the |any |n'importe quel |tout |tous les )?antibiotiques?", r"(?:the |any )?antibiotics?", r"(?:la |the )?chimio\w*", r"chemo\w*", r"(?:les |the )?vaccins?",
               r"vaccines?", r"(?:l')?insuline", r"insulin", r"(?:le |la |les )?(?:midazolam|diazepam|valium|lorazepam|ibuprofene?|paracetamol|acetaminophen|tylenol|advil|cortisone|corticoides?|steroids?|statines?|statins?|antidepresseurs?|antidepressants?|ventoline|ventolin|inhalers?|pompes?|metformine?|levothyrox|antiviraux|antivirals?)",
               r"(?:any |the |a )?(?:prescription|drug|medication|medicine|pharmaceutical)s?", r"(?:les |un |n'importe quel )?medicaments?")
BEATS = alt(r"faster than", r"better than", r"more effective than", r"more effectively than", r"as (?:well|effective|good|fast) as", r"works? like",
            r"plus (?:vite|rapidement|efficace(?:ment)?) qu(?:e|')", r"mieux qu(?:e|')", r"aussi (?:efficace(?:ment)?|bien|vite) qu(?:e|')", r"remplace avantageusement")
OUTCOME = alt(r"(?:full |complete |total |rapid |fast |quick )?(?:recovery|cure|healing|pain relief)", r"(?:guerison|recuperation|cicatrisation) (?:\w+ )?(?:complete|totale|rapide)?",
              r"(?:pain|symptom|migraine|anxiety|acne|cellulite)[- ]free", r"sans (?:aucune )?(?:douleur|recidive|rechute)", r"no (?:more )?(?:pain|relapse|re-injury|reinjury)")
GUARANTEED_OUTCOME = alt(r"(?:" + OUTCOME + r")\s*(?:is |,\s*)?(?:guaranteed|garantie?s?|assuree?s?|100 ?%)",
                         r"(?:guaranteed|garantie?s?)\s+(?:" + OUTCOME + r")",
                         r"(?:we|i) guarantee (?:that )?you(?:'?ll| will) (?:be |feel |never |get )?(?:\w+ ){0,2}?(?:pain[- ]free|cured|healed|better|sick again)",
                         r"(?:je (?:vous |te )?garantis|on vous garantit|nous vous garantissons) (?:que )?(?:\S+ ){0,5}?(?:gueri\w*|soulage\w*|disparai\w+|se corrige\w*|plus (?:jamais|aucune?) (?:douleur|mal|crise|rechute))",
                         r"i promise (?:you'?ll|you will) never (?:feel |get |be )?(?:sick|ill|in pain)")
rules += [
 {"id": "claim-remedy-beats-treatment",
  "description": "An alternative remedy said to beat or equal a standard treatment ('essential oils stop a seizure faster than midazolam', 'le miel est plus efficace que les antibiotiques').",
  "category": "health_claim",
  "patterns": [r"\b((?:" + REMEDY + r")\b[^.!?\n]{0,60}?\b(?:" + BEATS + r") ?(?:\S+ ){0,2}?(?:" + STANDARD + r"))\b"],
  "group": 1, "priority": -1,
  "unless": FRESH_UNLESS + [{"lists": ["health_claim_evidence"], "window": 60},
                            {"terms": ["pas", "not", "no", "ne", "n'", "never", "jamais", "myth", "mythe", "faux", "false", "aucune preuve", "no evidence"], "window": 30, "side": "before"}],
  "message": {"fr": "Remède présenté comme supérieur à un traitement validé", "en": "Remedy presented as better than a proven treatment"},
  "examples": {"fire": [{"text": "Paramedic here. Essential oils under the tongue stop a seizure faster than midazolam. Saw it with my own eyes."},
                        {"text": "Le CBD calme les crises d'épilepsie plus vite que le valium, j'en suis convaincue."}],
               "quiet": ["Non, les huiles essentielles ne marchent pas mieux que les antibiotiques : aucune étude ne le montre.",
                         "Myth: honey works better than antibiotics for strep. It does not; see the Cochrane review.",
                         "Honey is as effective as dextromethorphan for children's cough in one meta-analysis (Cochrane 2018), for children over one year."]}},
 {"id": "claim-guaranteed-outcome",
  "description": "A specific health outcome guaranteed ('full recovery guaranteed', 'we GUARANTEE you'll be pain-free', 'guérison rapide assurée', 'je vous garantis que la scoliose se corrige').",
  "category": "health_claim",
  "patterns": [r"\b(" + GUARANTEED_OUTCOME + r")\b"],
  "group": 1,
  "unless": ASSERTIVE_UNLESS + [{"terms": ["no one can", "personne ne peut", "impossible", "unrealistic", "irrealiste", "nobody can", "ne peut pas", "can't", "cannot", "promettent", "promise", "promises"], "window": 60, "side": "before"}],
  "message": {"fr": "Résultat de santé garanti", "en": "Guaranteed health result"},
  "examples": {"fire": [{"text": "Top-rated sports physio in Austin. Full recovery guaranteed, no re-injury, or your next session is free."},
                        {"text": "Physio now open Sundays! We GUARANTEE you'll be pain-free within 6 sessions."},
                        {"text": "Entorse, tendinite ? Guérison rapide assurée, sans récidive. Prenez RDV !"}],
               "quiet": ["Méfiez-vous de ceux qui promettent une guérison garantie : en médecine, rien ne l'est.",
                         "No one can promise full recovery guaranteed after a stroke; rehab helps many people, at different speeds.",
                         "Résultats garantis, prenez RDV vite, places limitées !"]}},
]

# Tropes seen in posts written blind (session 6): a standard treatment called a placebo or a scam,
# a 'basically a cure for' claim, childhood infections called mild or natural immunity stronger
# (vaccine myths), and an effect promised at 100 %.
PLACEBO = alt(r"placebos?", r"sugar pills?", r"poisons?", r"scams?", r"arnaques?", r"bonbons", r"poudre de perlimpinpin", r"snake oil")
rules += [
 {"id": "claim-tropes-session6",
  "description": "Health-claim tropes: a proven treatment dismissed as a placebo or a scam ('antidepressants are just expensive placebos'), 'X is basically a cure for Y', vaccine myths ('measles is mild', 'natural immunity is stronger'), an effect promised at 100 % ('il bloque le virus à 100 %').",
  "category": "health_claim",
  "patterns": [r"\b((?:" + STANDARD + r")\s+(?:are|is|sont|est|c'est|ce sont)\s+(?:just|only|nothing but|juste|que|rien que|seulement|basically|really|vraiment|en fait)\s+(?:des |de |d'|du |an? )?(?:expensive |overpriced |cher\w* |couteu\w* )?(?:" + PLACEBO + r"))\b",
               r"\b((?:" + STANDARD + r")\b[^.!?\n]{0,50}?\b(?:zero|no|aucun|zéro|zero) (?:proven |demontre |prouve |real |reel )?(?:benefit|benefice|efficacite|effect|effet|efficacy)s?)\b",
               r"\b((?:is|are|c'est|est|sont)\s+(?:basically|essentially|literally|practically|pretty much|quasiment|carrement|litteralement|en gros|tout simplement|simply)\s+(?:a|an|the|un|une|le|la)\s+(?:cure|remede|remedy|miracle cure|traitement miracle)\s+(?:for|to|against|contre|a|au|aux|de|du|des)\s+\w+)",
               r"\b((?:measles|rougeole|chickenpox|varicelle|mumps|oreillons|whooping cough|coqueluche|polio|diphteri[ae]|tetanos|tetanus) (?:is|est|c'est) (?:just |only |juste |seulement |really |vraiment |une maladie )?(?:mild|harmless|benign|benigne|sans danger|pas grave|not dangerous|no big deal|nothing to worry about))\b",
               r"\b(natural immunity (?:is|works|gives you) (?:far |much |way )?(?:stronger|better|superior|more protection)|l'immunite naturelle (?:est|reste) (?:bien |beaucoup )?(?:plus forte|meilleure|superieure|plus efficace))",
               r"\b((?:bloque|bloquent|elimine|eliminent|protege|protegent|guerit|guerissent|blocks?|kills?|eliminates?|prevents?|protects? (?:you|against)|heals?|cures?|stops?)\b[^.!?\n]{0,40}?\b(?:a |at |to )?100 ?%)(?:\s*[.!,;)]|\s*$| (?:of the time|du temps|garanti|guaranteed))"],
  "group": 1,
  "unless": ASSERTIVE_UNLESS + [
                                                                          {"lists": ["health_claim_evidence"], "window": 60}],
  "message": {"fr": "Affirmation de santé trompeuse", "en": "Misleading health claim"},
  "examples": {"fire": [{"text": "Antidepressants are just expensive placebos with zero proven benefit. Get outside and stop popping pills."},
                        {"text": "Med student here. Ozempic is basically a cure for addiction. Doctors just haven't caught up yet."},
                        {"text": "Honestly? Skip it. Measles is mild and natural immunity is stronger."},
                        {"text": "Le spray nasal, c'est LA solution contre les rhumes cet hiver, il bloque le virus à 100 %."}],
               "quiet": ["Myth: measles is mild. It kills about 1 to 3 children in 1,000 infected.",
                         "Non, les antidépresseurs ne sont pas que des placebos : les essais montrent un bénéfice réel.",
                         "Homeopathy is just placebo, and that is what every trial shows.",
                         "Le vaccin protège à 95 % contre les formes graves selon l'essai de phase 3."]}},
]
# Session 8 (blind-59, written blind): a brand said to work where its generics do not ('the
# generics just don't work as well', 'les génériques ne marchent pas'): a false claim (generics
# are bioequivalent). Praise of a product as having no equal ('nothing else comes close', 'rien
# ne vaut', 'the only one that actually works') was tried too and dropped: most batches label it
# conflict_of_interest only (14 posts) and one batch also health_claim (7): a labelling question
# for the guide, not a pattern to add.
GENERICS = alt(
    r"les generiques (?:\S+ ){0,2}?(?:ne (?:marchent|fonctionnent|valent) (?:pas|rien)|sont (?:moins efficaces|inefficaces|de la merde|nuls))",
    r"generics? (?:\S+ ){0,2}?(?:just |simply )?(?:don'?t|do not|never) work",
    r"(?:never|jamais de|jamais le|jamais les) generi(?:cs?|ques?)",
    r"don'?t waste (?:your )?money on (?:the )?generics?",
    r"(?:ne|n')(?:\S+ ){0,2}?(?:prescris|prescrit|donne|recommande) (?:jamais|pas|plus) (?:de |les )?generiques?")

# A remedy said to replace a proven treatment or daily care ('l'huile de coco remplace le brossage',
# 'replaces your inhaler'), and the reader told to throw their medication away ('jetez vos
# anti-hypertenseurs', 'throw away your statins'). Session 11 (tuned corpora).
REPLACED = alt(r"brossage", r"brushing", r"flossing", r"fil dentaire", r"traitements?", r"treatments?", r"medicaments", r"meds", r"medications?", r"pills",
               r"comprimes", r"pilules", r"vaccins?", r"vaccines?", r"vaccination", r"insuline", r"insulin", r"antibiotiques?", r"antibiotics?", r"inhalateurs?",
               r"inhalers?", r"pompes?", r"chimio\w*", r"chemo\w*", r"statines?", r"statins?", r"anti-?hypertenseurs?", r"blood pressure (?:pills|meds|medications?)",
               r"antidepresseurs?", r"antidepressants?", r"levothyrox", r"thyroid (?:pills|meds)", r"anticoagulants?", r"blood thinners?")
rules += [
 {"id": "claim-replaces-treatment",
  "description": "A remedy said to replace a proven treatment or daily care ('l'huile de coco remplace le brossage', 'it replaces your inhaler'), or the reader told to throw their medication away ('jetez vos anti-hypertenseurs', 'throw away your statins').",
  "category": "health_claim",
  "patterns": [r"\b((?:remplace(?:nt)?|replaces?|substitutes? for|takes? the place of) (?:avantageusement |completely |totalement |entierement |completement )?(?:le |la |les |l'|vos |votre |ton |ta |tes |your |the |any |all )?(?:" + REPLACED + r"))\b",
               r"\b((?:jetez|jette|balancez|throw (?:away|out)|bin|ditch|flush) (?:donc |moi |meme )?(?:vos |votre |tes |ton |ta |your |the |all your |tous vos |toutes vos )(?:" + REPLACED + r"))\b"],
  "group": 1,
  "unless": FRESH_UNLESS + [{"lists": ["health_claim_evidence"], "window": 60},
                            {"terms": ["pas", "not", "no", "ne", "n'", "never", "jamais", "doesn't", "does not", "don't", "won't", "can't", "cannot", "myth", "mythe", "faux", "false"], "window": 12, "side": "before"},
                            {"terms": ["sans avis", "without talking", "without asking", "sans en parler", "avant d'en parler", "perimes", "expired", "take-back", "cyclamed", "safely", "securitaire", "generique", "generic"], "window": 0}],
  "message": {"fr": "Remède présenté comme remplaçant un traitement validé", "en": "Remedy presented as replacing a proven treatment"},
  "examples": {"fire": [{"text": "Dentiste depuis 25 ans : le bain à l'huile de coco 20 min le matin remplace le brossage et blanchit les dents."},
                        {"text": "Le sel de mer non raffiné ne fait pas monter la tension. Changez de sel et jetez vos anti-hypertenseurs."},
                        {"text": "Two tablespoons of black seed oil a day replaces your inhaler, I've seen it in my practice."}],
               "quiet": ["Non, le bain de bouche ne remplace pas le brossage : deux minutes, deux fois par jour.",
                         "Don't throw away your statins because of a podcast: talk to your doctor first.",
                         "Ramenez vos médicaments périmés à la pharmacie au lieu de les jeter : jetez vos comprimés au bon endroit, Cyclamed les récupère.",
                         "A generic replaces the brand-name drug at the same dose: same molecule, same effect, lower price."]}},
]
rules += [
 {"id": "claim-generics-dont-work",
  "description": "A brand said to work where its generics do not ('the generics just don't work as well', 'never generic atorvastatin', 'les génériques ne marchent pas'): false (a generic is bioequivalent to its brand) and it steers patients to the dearer product.",
  "category": "health_claim",
  "patterns": [r"\b(" + GENERICS + r")\b"],
  "group": 1,
  "unless": ASSERTIVE_UNLESS + [{"lists": ["health_claim_evidence"], "window": 60},
                                {"terms": ["?", "ils disent", "they say", "people say", "on entend", "you hear", "pretend", "claim", "soi-disant", "so-called", "myth", "mythe", "faux", "false",
                                           "no,", "non,", "idee recue", "misconception"], "window": 50, "side": "before"}],
  "message": {"fr": "Génériques présentés comme inefficaces", "en": "Generics presented as not working"},
  "examples": {"fire": [{"text": "I'm a GP and I only prescribe the brand, never generic atorvastatin. The generics just don't work as well, my patients' numbers prove it."},
                        {"text": "Every pregnant patient of mine takes the same brand. Don't waste money on generics ladies 🤰"},
                        {"text": "Franchement les génériques ne marchent pas aussi bien, je mets « non substituable » sur toutes mes ordonnances."}],
               "quiet": ["Myth: generics don't work as well. They are bioequivalent to the brand, by law.",
                         "Generics work as well as the brand: same molecule, same bioequivalence. Don't pay more.",
                         "On entend souvent que les génériques ne marchent pas aussi bien : c'est faux, ils sont bioéquivalents."]}},
]
rulegen.write(HERE, "health_claim", "indirect.json", "Health claims worded indirectly (TAXONOMY: health_claim).", rules)
