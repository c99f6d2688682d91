#!/usr/bin/env python3
"""Generates indirect.json: personal advice worded indirectly, to one reader: a verdict drawn from
the reader's own results or photo ('avec ta ferritine à 900, c'est une hémochromatose',
'from your photo that mole looks benign'), a permission to change one's treatment ('oui tu peux
arrêter ton cipralex d'un coup'), 'à votre place je diviserais la dose'. Run
`python3 rules/medical_advice/indirect.py` after editing."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import rulegen  # noqa: E402
from rulegen import alt  # noqa: E402

POSS = r"(?:ta|ton|tes|votre|vos|your)"
DATA = alt(r"photos?", r"pics?", r"pictures?", r"images?", r"description", r"results?", r"resultats?", r"labs?", r"bloodwork", r"bilans?", r"prises? de sang", r"analyses",
           r"radios?", r"x-?rays?", r"scans?", r"scanners?", r"irm", r"mri", r"echos?", r"ecgs?", r"ekgs?", r"symptoms", r"symptomes", r"signes", r"tension", r"blood pressure",
           r"numbers", r"chiffres", r"valeurs", r"taux", r"levels?", r"ferritine", r"tsh", r"hba1c", r"psa", r"crp", r"alat", r"asat", r"glycemie", r"cholesterol", r"ldl", r"creat\w*",
           r"temperature", r"fievre", r"fever", r"douleurs?", r"pain", r"grain de beaute", r"mole", r"rash", r"plaque", r"bouton", r"lesion", r"toux", r"cough")
VERDICT = alt(r"c'est (?:une?|du|de la|des|clairement|surement|certainement|forcement|sans doute|bien)\b", r"ca ressemble a", r"ca sent (?:la|le)", r"tu as (?:une?|du|de la)\b", r"vous avez (?:une?|du|de la)\b",
              r"(?:it|that|this)(?:'s| is) (?:an? |clearly |definitely |obviously |just |probably )", r"you(?:'ve got| have) (?:an? |clearly )", r"(?:looks?|seems?) (?:totally |completely |perfectly |pretty |entirely )?(?:benign|fine|normal|harmless|like|viral|bacterial)",
              r"(?:semble|parait|est) (?:tout a fait |parfaitement |totalement )?(?:benin|benigne|normale?|rassurante?|viral|virale|sans gravite)", r"pas de doute", r"no doubt", r"for sure", r"sans aucun doute", r"c'est sur")
CHANGE = alt(r"arreter", r"stopper", r"stop", r"quit", r"doubler", r"double", r"diminuer", r"baisser", r"augmenter", r"reduire", r"reduce", r"increase", r"cut", r"lower", r"raise",
             r"come off", r"sauter", r"skip", r"ditch", r"drop", r"couper", r"sevrer", r"taper", r"lacher", r"laisser tomber")
ADDRESSED = {"lists": ["medical_advice_handle", "medical_advice_addressee", "medical_advice_relative"],
             "terms": ["ta question", "votre question", "your question", "ton message", "votre message", "your message", "en dm", "en mp", "in dm", "in your dm", "tu m'as demande", "vous m'avez demande",
                       "you asked", "you asked me", "tu me demandes", "vous me demandez", "chere", "cher", "dear"], "window": 0}
UNLESS = [{"lists": ["medical_advice_refusal", "medical_advice_colleague", "medical_advice_caution"], "window": 0}, {"lists": ["fiction"]},
          {"terms": ["si ", "if ", "en general", "in general", "generally", "la plupart", "most people"], "window": 25, "side": "before"}]
rules = [
 {"id": "advice-verdict-from-your-data",
  "description": "A verdict drawn from one reader's own results, photo or symptoms ('avec ta ferritine à 900 c'est une hémochromatose, pas de doute', 'from your photo that mole looks totally benign'), in a post that answers that reader.",
  "category": "medical_advice",
  "patterns": [r"\b((?:avec|vu|d'apres|selon|sur|from|with|given|based on|judging by|looking at)\s+" + POSS + r"\s+(?:\w+\s+){0,1}?" + DATA + r")\b[^.!?\n]{0,90}?" + VERDICT,
               r"\b((?:based on|from|given|going by|d'apres|vu|avec|selon) (?:what|ce que) (?:you|tu|vous) (?:describe|described|wrote|write|say|said|tell me|decris|decrivez|dis|dites|racontes|racontez|ecris|ecrivez))\b[^.!?\n]{0,60}?" + VERDICT,
               r"\b(" + POSS + r"\s+(?:\w+\s+){0,1}?" + DATA + r")\s+(?:are|is|look|looks|est|sont|semble|semblent)\s+(?:\w+\s+)?(?:low|high|too low|too high|bas|basse|elevee?s?|hauts?|fine|normal|normale?s?|nickel|parfaite?s?|perfect)\b[^.!?\n]{0,80}?\b(?:get|take|start|stop|ask for|demande|prends|commence|arrete|no need|pas besoin|don'?t need)\b"],
  "group": 1,
  "context": ADDRESSED,
  "unless": UNLESS,
  "message": {"fr": "Diagnostic personnel tiré des résultats d'un lecteur", "en": "A personal diagnosis drawn from a reader's results"},
  "examples": {"fire": [{"text": "Réponse à @Karim_B : avec ta ferritine à 900 et tes ALAT x3, c'est une hémochromatose, pas de doute."},
                        {"text": "Jenny, from your photo that mole looks totally benign."}],
               "quiet": ["Your cholesterol levels are high, and here is what that means in general for anyone: a diet change comes first.",
                         "Si avec vos résultats la ferritine est élevée, c'est une piste à discuter avec votre médecin traitant.",
                         "From your photo I can't diagnose anything, please see a dermatologist."]}},
 {"id": "advice-permission-to-change",
  "description": "Telling one reader they may stop, skip or change their own treatment ('oui tu peux arrêter ton cipralex d'un coup', 'you can come off your sertraline now').",
  "category": "medical_advice",
  "patterns": [r"\b((?:tu peux|vous pouvez|you can|you could|you may|feel free to|no problem to|pas de souci pour|aucun souci pour|rien ne t'empeche d'|rien ne vous empeche d')\s*(?:tout a fait\s+|totally\s+|safely\s+|sans souci\s+)?" + CHANGE + r"\s+(?:\w+\s+){0,1}?" + POSS + r")\b"],
  "group": 1,
  "context": ADDRESSED,
  "unless": UNLESS,
  "message": {"fr": "Modification de traitement autorisée en ligne", "en": "A treatment change allowed online"},
  "examples": {"fire": [{"text": "Je réponds ici à ta question en DM : oui tu peux arrêter ton cipralex d'un coup si tu te sens mieux."}],
               "quiet": ["Ne pensez jamais que vous pouvez arrêter votre antidépresseur d'un coup : parlez-en à votre médecin."]}},
 {"id": "advice-in-your-place-conditional",
  "description": "'À votre place je diviserais la dose', 'if I were you I'd halve it': any first-person conditional after 'in your place', a treatment choice made for the reader.",
  "category": "medical_advice",
  "patterns": [r"\b((?:a ta place|a votre place|si j'etais (?:toi|vous)|in your shoes|if i were you|in your position|were i you)\s*,?\s+(?:\w+\s+){0,2}?(?:je |j')\w+rais)\b[^.!?\n]{0,60}?\b(?:dose|doses|comprime|comprimes|cachets?|pilule|traitement|medicament|mg|levothyrox|insuline|antibio\w*|anti\w+|\w+ine|\w+ol|\w+pril|\w+artan|\w+statine)\b"],
  "group": 1,
  "priority": -1,
  "unless": UNLESS + [{"terms": ["voir", "consulter", "appeler", "demander", "en parler", "see", "ask", "call"], "window": 20, "side": "after"}],
  "message": {"fr": "Conseil de traitement personnel ('à votre place')", "en": "Personal treatment advice ('in your place')"},
  "examples": {"fire": [{"text": "Chère Nathalie, à votre place je diviserais la dose de levothyrox par deux dès demain."}],
               "quiet": ["À votre place j'irais voir votre médecin pour ajuster la dose."]}},
]
rulegen.write(HERE, "medical_advice", "indirect.json", "Personal advice worded indirectly (TAXONOMY: medical_advice).", rules)
