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
rulegen.write(HERE, "health_claim", "indirect.json", "Health claims worded indirectly (TAXONOMY: health_claim).", rules)
