#!/usr/bin/env python3
"""Generates accusations.json and contexts.json in this directory (the "defamation" rule family).

The JSON patterns are built from the readable word lists below: edit the lists here, run
`python3 rules/defamation/generate.py`, then `build/bin/secretum test-rules --rules rules` and
`python3 tests/corpus/evaluate.py --rules rules --only defamation`. Patterns run on the normalized post
(accents removed, case kept, quotes normalized): write words without accents. RE2 syntax: no
look-around, no backreferences. This file is not read by the engine (only *.json and *.tsv are).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Per-rule messages (FR, EN) where the category default is too general.
MSG = {
 "named-accusation": ("Accusation grave contre une personne ou un établissement identifiable", "Serious accusation against an identifiable person or organization"),
 "named-misconduct-asserted": ("Reproche présenté comme un fait avéré", "Reproach stated as established fact"),
 "named-label": ("Qualificatif diffamant envers une personne identifiable", "Defamatory label for an identifiable person"),
}
# Extra examples (fire, quiet) per rule.
EXTRA = {
 "named-misconduct-asserted": (["La clinique des Pins à Lyon, négligence totale, tout le monde le sait."], ["La clinique des Pins a publié ses taux d'infections nosocomiales, un exemple de transparence."]),
 "named-label": (["La clinique Belle Vue à Nice, c'est une escroquerie organisée."], ["Dr Chen is a great teacher, I respectfully disagree with her on screening."]),
}


sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
from rulegen import W, alt  # noqa: E402
import rulegen  # noqa: E402


def write(cat, name, description, rules, contexts=None):
    rulegen.write(HERE, cat, name, description, rules, contexts, msg=MSG, extra=EXTRA)


T = r"(?:[^\s.!?]+\s+)"  # one free word
contexts = {
 "_description": "Word lists for defamation rules.",
 "defamation_target": {
   "description": "An identifiable person or organization: a title and a name (Dr Martin, Pr Rambert), a named clinic, lab, pharmacy, care home or hospital, an @handle.",
   "patterns": [
     r"(?-i:\b(?:Dr|Dre|Drs|Doctor|Docteur|Docteure|Pr|Pre|Prof|Professeur|Professeure|Professor|Me|Maitre|Mr|Mrs|Ms)\.?\s+(?:[A-Z]\.\s*)?(?:[A-Z]['][A-Z])?[A-Z][a-z'-]+)",
     r"(?-i:\b(?:[Cc]linique|[Pp]olyclinique|[Hh]opital|[Cc]entre [Hh]ospitalier|CHU|CHR|CHRU|CH|CISSS|CIUSSS|CLSC|GMF|EHPAD|Ehpad|CHSLD|RPA|[Rr]esidence|[Mm]aison de retraite|[Ll]aboratoire|[Ll]abo|[Pp]harmacie|[Cc]abinet|[Cc]entre|[Mm]aternite|[Gg]roupe|[Ii]nstitut|[Uu]rgence|[Uu]rgences|[Cc]linic|[Hh]ospital|[Pp]harmacy)(?:\s+(?:de la|du|des|de l'|d'|de|Les|La|Le|l'|of|at|on))?\s*[A-Z][A-Za-z'-]+)",
     r"(?-i:\b[A-Z][A-Za-z'-]+(?:\s+[A-Z][A-Za-z'-]+){0,3}\s+(?:Clinic|Hospital|General|Medical Cent(?:er|re)|Health(?:care)?|Care Home|Nursing Home|Care Cent(?:er|re)|Pharmacy|Labs?|Laboratories|Diagnostics|Ortho(?:paedics|pedics)?|Surgery|Surgical|Practice|Medical Group|Imaging|Dental|Rehab|Hospice|Urgent Care|[Ww]alk-in|Fertility|Cosmetics?|Cosmetic Surgery|Plastic Surgery|Plastics|Eye Cent(?:er|re)|Vision|Dermatology|Cardiology|Pediatrics|Paediatrics|Women'?s Health|Family Medicine|Medicine|Emergency|Physiotherapy|Physio|Chiropractic|Dentistry|Orthodontics|Radiology|Oncology|Wellness Cent(?:er|re)|Med ?Spa|Health System|Medical|Memorial|Infirmary|Pharma|Biotech|Analyses|Biologie|Sante|Living|Senior Living|Retirement(?: Home| Village)?|Residence|Manor|Lodge|Gardens|Care|Homes?|House|Cent(?:er|re)s?|Clinics|Hospitals|Institute|Partners|Associates|Wellness|Spa|Aesthetics|Esthetique))",
     r"(?-i:\b(?:St\.?|Saint|Sainte|Mount|Mt\.?)[ -][A-Z][a-z]+)",
     r"(?-i:\b(?:[Cc]entre|[Cc]abinet|[Ii]nstitut|[Pp]ole|[Mm]aison de sante|[Ll]aboratoire|[Ll]abo|[Ss]ervice|[Cc]linique) (?:de |d'|du |des )?[a-z]+(?: [a-z]+)? [A-Z][A-Za-z'-]+)",
     r"(?-i:\b(?:chirurgien|chirurgienne|pharmacien|pharmacienne|cardiologue|radiologue|anesthesiste|gynecologue|psychiatre|dentiste|generaliste|urgentiste|medecin|confrere|consoeur|surgeon|pharmacist|dentist|GP|physician|nurse|infirmiere|infirmier|directeur|directrice|manager)\s+[A-Z][a-z]+)",
     r"(?-i:\b(?:chirurgien|chirurgienne|pharmacien|pharmacienne|cardiologue|radiologue|anesthesiste|gynecologue|psychiatre|dentiste|generaliste|urgentiste|medecin|infirmiere|infirmier|surgeon|pharmacist|dentist|physician|nurse|kine|kinesitherapeute|sage-femme|osteopathe|orthodontiste|dermatologue|pediatre|ophtalmologue|ophtalmo|psychologue|chiropraticien(?:ne)?|podologue|orthophoniste|neurologue|rhumatologue|urologue|dermatologist|orthopod|orthopaedic surgeon|orthopedic surgeon|midwife|physio|physiotherapist|chiropractor|psychologist|pediatrician|optometrist|podiatrist|neurologist|anesthetist|anesthesiologist|gynaecologist|gynecologist|obstetrician|cardiologist|radiologist|psychiatrist|oncologist|urologist|veterinarian|vet)(?:\s+(?:de|du|d'|a|in|at|from)\s*[A-Z][A-Za-z'-]+(?:[ -][A-Z][A-Za-z'-]+)?)?,?\s+(?:(?:Dr|Dre|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z]+(?:\s+(?:Le |La |De |Van |Von |Mac |Mc )?[A-Z][a-z'-]+)?)",
     r"@[A-Za-z0-9_]{3,}"]
 },
 "defamation_hedge": {
   "description": "The claim is denied, reported from a court or the press, or condemned as defamatory.",
   "terms": ["je ne dirais jamais", "je ne dirai jamais", "je n'ai jamais dit", "i can't comment", "i cannot comment", "can't comment on", "i can't say", "je ne peux pas me prononcer", "je ne peux pas commenter", "impossible de me prononcer", "jamais je ne dirais", "ne dirais pas",
             "n'est pas un", "n'est pas une", "is not a", "isn't a", "never said", "would never say", "would never call",
             "i'd never call", "i would never", "not saying", "je ne dis pas", "je ne pense pas", "i don't think",
             "i don't believe", "faux de dire", "wrong to say", "a tort", "wrongly", "rumeur", "rumeurs", "rumor", "rumors",
             "rumour", "rumours", "allegations", "alleged", "allegedly", "presume", "presumee", "presumed", "soupconne",
             "soupconnee", "suspected", "accuse de", "accusee de", "accused of", "charged with", "mis en examen",
             "mise en examen", "inculpe", "condamne par", "convicted", "jugement", "tribunal", "court", "ruling",
             "selon la presse", "selon le journal", "according to", "reportedly", "diffamation", "diffamatoire",
             "defamation", "defamatory", "calomnie", "slander", "libel", "inacceptable", "unacceptable", "fake news",
             "blanchi", "cleared", "acquitted", "relaxe", "innocente", "innocent"]
 },
}
LABELS = [r"charlatan(?:e|es|s)?", r"escrocs?", r"escroquerie", r"escroqueries", r"arnaqueu(?:r|rs|se|ses)", r"arnaques?",
          r"faussaires?", r"imposteurs?", r"ripoux?", r"mafieux", r"quacks?", r"quackery", r"fraudsters?", r"con ?artists?",
          r"con ?m[ae]n", r"plagiaires?", r"cash cows?", r"pompes? a fric", r"usines? a fric", r"money mills?", r"money-making schemes?", r"fraude pure et simple", r"c'est de la fraude", r"pure fraud", r"outright fraud",
          r"fraud,? plain and simple", r"corruption pure et simple", r"c'est de la corruption", r"pure corruption", r"corruption,? plain and simple", r"escroquerie organisee", r"mafia", r"plagiarists?", r"scammers?", r"scams?", r"crooks?", r"snake[- ]oil", r"pill mills?", r"imposters?", r"impostors?"]
LABELS_IS = [r"vol(?:eur|eurs|euse|euses)", r"fraudeu(?:r|rs|se|ses)", r"bouchers?", r"assassins?", r"criminel(?:le|s|les)?",
             r"meurtri(?:er|ere|ers|eres)", r"predat(?:eur|rice|eurs)", r"pedophiles?", r"pervers(?:e)?", r"alcoolique",
             r"ivrogne", r"drogue(?:e)?", r"corrompu(?:e|s|es)?", r"vendu(?:e|s|es)?", r"danger public",
             r"danger pour (?:ses|les) patient(?:e)?s", r"incompetent(?:e)? notoire", r"psychopathe", r"tueu(?:r|se)",
             r"honte pour la profession", r"fraud", r"total fraud", r"complete fraud", r"thief", r"thieves", r"butcher",
             r"murderer", r"killer", r"predator", r"pervert", r"drunk", r"alcoholic", r"drug addict", r"addict", r"junkie",
             r"liar", r"disgrace to the profession", r"dealers?", r"dealeurs?", r"pushers?", r"drug dealers?",
             r"vendeurs? de (?:drogue|mort)", r"danger to (?:his|her|their) patients", r"menace to (?:his|her|their )?patients"]
IS = r"\b(?:est|c'est|sont|etait|reste|n'est qu'|is|was|are|were|he's|she's|they're|it's|remains)\s*(?:un|une|des|a|an|the|such a|nothing but a|just a)?\s*(?:(?:vrai|vraie|veritable|sacre|sacree|gros|grosse|dangereux|dangereuse|total|complete|real|known|notorious|dangerous|serial|absolute|well-known|fucking|bloody)\s+)?"
VERBS = [
  r"\b(?:truqu|falsifi|trafiqu|maquill|bidonn|invent|fabriqu|gonfl|manipul)\w*\s+" + T + r"{0,3}?(?:l'|d')?(?:donnees|resultats|chiffres|controles?|courbes|dossiers|registres|etudes?|essais?|patients|cohortes?|signatures|ordonnances|comptes|bilans|factures|statistiques|publications?|articles?|analyses|tests|pcr|qc|cas|certifications?|diplomes?|diplomas?|licen[cs]es?|cv|resume|qualifications?|degrees?|credentials|titres?|attestations?)\b",
  r"\b(?:vend|vendent|vendait|vendu|delivre|delivrent|distribue|distribuent|refile|ecoul|fourni|donne|file|sells?|sold|selling|hands? out|gives? out|dispens)\w*\s+" + T + r"{0,4}?(?:sans ordonnances?|without (?:a )?(?:prescription|script))\b",
  r"\b(?:rend|rendent|rendait|donne|donnent|publie|fournit|fournissent|sends?|sent|gives?|issues?|issued|produces?)\w*\s+(?:des |les |de |the )?(?:resultats|comptes? rendus|rapports|bilans|results|reports|readings)\s+(?:bidons|faux|fausses|falsifie\w*|truque\w*|invente\w*|fake|bogus|made-up|fabricated|falsified)\b",
  r"\b(?:a |have |has |had )?(?:deja |already )?(?:cause|caused|provoque)\s+la mort (?:d'un|d'une|de|du|des)\s+(?:\w+\s+)?(?:bebes?|patient\w*|enfants?|nouveau-nes?|residents?|malades?|mere)\b|\b(?:caused|is responsible for) the death of (?:a|an|two|three|several|\d+)\s+(?:\w+\s+)?(?:babies|baby|patients?|children|child|newborns?|residents?|mothers?)\b",
  r"\b(?:botch(?:es|ed|ing)?|bousill\w+|rate\w* (?:la moitie de )?(?:ses|les))\s+(?:\w+\s+){0,5}?(?:hips|knees|surgeries|operations|cases|procedures|patients|deliveries|implants|crowns|hanches|genoux|operations|interventions|accouchements|protheses|implants|couronnes)\b",
  r"\b(?:vend|vendent|vendait|sells?|sold|selling)\s+(?:des |les |de |the )?(?:rendez-vous|rdv|places?|appointments?|spots?|slots?)\s+(?:pour (?:passer|doubler|sauter)|to (?:skip|jump|bypass))\b",
  r"\b(?:is|are|was|n'est)\s+(?:not|pas)\s+(?:actually |even |really |vraiment |meme )?(?:board[- ]certified|licensed|a licensed \w+|qualified|certified|diplomee?|inscrite? a l'ordre|certifiee?)\b",
  r"\bforg(?:es|ed|ing|e)\s+(?:\w+\s+){0,3}?(?:letters?|references?|diplomas?|degrees?|credentials|certificates?|licen[cs]es?|signatures?|prescriptions?|documents?|records?)\b|\b(?:falsifi|fabriqu|invent)\w*\s+(?:ses |leurs |de |des )?(?:fausses )?(?:lettres de recommandation|references|diplomes?|attestations?)\b",
  r"\b(?:dilu\w+|coup\w+ (?:les|leurs|ses)|trafiqu\w+|waters? down|watered down|watering down|dilut\w+)\s+" + T + r"{0,3}?(?:chemo\w*|chimio\w*|drugs|medications|medicaments|meds|vaccins?|vaccines?|doses|perfusions|infusions|produits|antibiotiques|antibiotics|insulin|insuline)\b",
  r"\b(?:cach|dissimul|maquill|falsifi|truqu)\w*\s+(?:ses|leurs|les|its|their)\s+(?:vrais |reels |real |true |actual )?(?:chiffres|taux|statistiques|resultats|donnees|figures|numbers|rates|stats|infection rates)\b",
  r"\bgestes? (?:deplace|inappropri|douteu)\w*\s+(?:sur|envers|avec)\s+(?:ses|des|les|leurs)\s+(?:patient\w*|internes|etudiant\w*|infirmier\w*|employee?s|residente?s)\b|\binappropriately touch\w*\s+(?:his|her|their)\s+(?:patients|students|residents|nurses)\b",
  r"\bprescri\w*\s+" + T + r"{0,5}?(?:contre|pour)\s+(?:des billets|de l'argent|du cash|paiement|un pot-de-vin|des pots-de-vin|une enveloppe|des enveloppes)",
  r"\b(?:arrets? de travail|certificats?|ordonnances?) de complaisance\b",
  r"\b(?:cach|dissimul|etouff|maquill)\w*\s+" + T + r"{0,3}?(?:deces|morts|erreurs|complications|accidents|infections|plaintes|signalements|maltraitances?)\b",
  r"\b(?:tue|tuent|a tue|ont tue|tuait|laisse mourir|a laisse mourir|laissent mourir|ont laisse mourir|fait mourir)\s+(?:ses|des|leurs|les|une|un|\d+|trois|deux|plusieurs|nos|vos)?\s*(?:patient(?:e)?s?|residents?|residentes?|malades|bebes|enfants|nouveau-nes|personnes)\b",
  r"\bmaltrait(?:e|ent|ait|aient|ance|ances)\b",
  r"\b(?:vole|volent|volait|a vole|ont vole|detourne|detournent|a detourne|detournement|escroque|escroquent|ruine|ruinent|depouille|depouillent)\w*\s+" + T + r"{0,3}?(?:argent|fonds|patient(?:e)?s|residents?|familles|caisse|budget|economies|retraites|personnes agees|medicaments|morphine|stupefiants)\b",
  r"\bfactur\w*\s+" + T + r"{0,6}?(?:jamais\s+(?:faits?|faites|realisee?s?|effectuee?s?|pratiquee?s?|vus?|vues?)|fictifs?|fictives?|inexistant\w*|non realis\w*)",
  r"\b(?:actes|consultations|visites) fictifs?\b|\b(?:consultations|visites) fictives\b|\bfausses factures\b|\bfraude (?:a la secu|a l'assurance maladie|a la ramq|a la cpam|sociale|aux assurances)\b",
  r"\b(?:touche|touchent|touchait|empoche|empochent|recoit|recoivent)\s+(?:des\s+)?(?:commissions|pots-de-vin|dessous-de-table|retrocommissions|enveloppes)\b",
  r"\bpayee?s? par (?:l'industrie|big pharma|les labos|le labo|les laboratoires|pfizer|moderna|sanofi|astrazeneca|novartis)\b",
  r"\b(?:arrive|arrivent|arrivait|opere|operait|travaille|travaillait|bosse|consulte|consultait|vient|venait|fait ses gardes)\s+" + T + r"{0,3}?(?:soul|soule|saoul|saoule|ivre|bourre|bourree|drogue|droguee|defonce|defoncee|alcoolise|alcoolisee|sous coke|sous cocaine)\b",
  r"\b(?:harcel|agress|tripot|abus)\w*\s+(?:sexuellement\s+)?(?:de\s+)?(?:ses|des|les|leurs)?\s*(?:patientes|patients|internes|infirmieres|etudiantes|externes|residents|residentes|employees|aides-soignantes)\b",
  r"\battouchements\b",
  r"\b(?:a plagie|plagie|plagiat|plagiats)\b",
  r"\bopere\w*\s+" + T + r"{0,4}?qui n'(?:en )?(?:ont|avaient) (?:pas besoin|rien)\b|\boperations? inutiles\b|\bchirurgies? inutiles\b",
  r"\b(?:fait|font|faisait) payer\s+" + T + r"{0,4}?(?:illegal\w*|au noir|en liquide sans facture)\b|\bfrais illegaux\b",
  r"\b(?:pots?-de-vin|dessous-de-table)\b",
  r"\bl'ordre (?:le|la|les) couvre\b",
  r"\bne devrait (?:pas|plus) exercer\b|\bdevrait etre radiee?\b|\bpire (?:chirurgien|chirurgienne|medecin|clinique|hopital|labo|laboratoire|pharmacie|ehpad)\b",
  r"\b(?:fakes?|faked|faking|falsif(?:y|ies|ied|ying)|fabricat(?:es?|ed|ing)|doctor(?:s|ed|ing)|manipulat(?:es|ed|ing)|invent(?:s|ed|ing)|made up|makes up)\s+" + T + r"{0,3}?(?:data|results|records|numbers|figures|qc|tests?|reports?|studies|trials?|signatures|notes|charts|patients|outcomes|statistics|stats|certifications?|diplomas?|licen[cs]es?|cv|resume|qualifications?|degrees?|credentials)\b",
  r"\bcook(?:s|ed|ing)? the (?:books|data|numbers)\b",
  r"\b(?:vend|vendent|vendait|monnaie|monnayent|sells?|sold|selling|trade|delivre\w*|fourni\w*|fait|fabrique\w*|issues?|writes?)\w*\s+(?:des |les |de |the )?(?:faux |fausses |fake |bogus |forged )?(?:arrets?(?: de travail| maladie)?|certificats?(?: medicaux)?|ordonnances|prescriptions|sick notes|doctor'?s notes|scripts|diplomas?|diplomes|vaccine cards|pass sanitaires?|carnets? de vaccination)\b",
  r"\b(?:scripts?|prescriptions?|ordonnances?|arrets?(?: de travail| maladie)?|certificats?|sick notes?|opioids?|opioides?|morphiniques|stupefiants|medicaments|meds|tramadol|codeine|fentanyl|oxy\w*|narcotics|benzos?)\s+" + T + r"{0,5}?(?:for cash|for money|contre (?:du |de l')?(?:cash|liquide|argent|billets)|en liquide|au noir|under the table|sous le manteau)\b",
  r"\b(?:etouff\w+|cach\w+|dissimul\w+) tout\b|\b(?:hides?|hid|hiding) (?:it|this|that|everything|the \w+) from\b|\bcover(?:s|ed)? (?:it|everything) up\b",
  r"\b(?:operated|operates) on the wrong\b|\bwrong-(?:site|side|patient) (?:surgery|procedure)\b|\bopere\w* (?:du|le|la) mauvais(?:e)? (?:cote|genou|patient|oeil|rein|hanche)\b",
  r"\b(?:without (?:a|any) (?:radiologist|doctor|physician|pharmacist|nurse|licensed \w+|qualified \w+)|sans (?:aucun )?(?:medecin|radiologue|pharmacien|infirmiere|diplome))\b",
  r"\b(?:sign(?:s|ed)?|signe\w*) (?:them |it |les |le )?(?:with|avec) (?:a |another |someone else'?s |a dead |le nom d'un |la signature d'un )?(?:\w+'?s? )?(?:name|signature|nom)\b|\b(?:imite\w*|falsifie\w*) la signature\b|\bfausses? signatures?\b|\bforg(?:es|ed|ing) (?:signatures?|prescriptions?|documents?|notes?|records?)\b",
  r"\b(?:est|etait|is|was|always|toujours|souvent|often|constamment)\s+(?:toujours |souvent |always |often |constamment |completely |totally |completement )?(?:bourree?|ivre|saoule?|soule?|droguee?|defoncee?|drunk|wasted|high|hammered|intoxicated|stoned|alcoolise\w*)\b",
  r"\b(?:covered up|covers? up|cover-up|hush(?:ed|es)? up|swept (?:it )?under the (?:rug|carpet)|etouff\w* (?:l'affaire|le scandale|les faits)|passe\w* sous silence|a couvert (?:les faits|l'erreur|l'affaire))\b",
  r"\b(?:fired|sacked|licencie\w*|vire\w*|renvoye\w*|punished|sanctionne\w*)\s+(?:the|la|le|l'|an?|une?)\s*[^\s.!?]+\s+(?:who|qui)\s+(?:had\s+|avait\s+|a\s+)?(?:reported|complained|signale|denonce|blew the whistle|spoke up)",
  r"\b(?:drugs?|drugged|drugging|sedates?|sedated|sedating|ties? up|tied up|restrains?|restrained|locks? up|locked up|beats?|beat|hits?|humiliates?|humiliated|drogu\w+|sedat\w+|attach\w+|enferm\w+|frapp\w+|humili\w+|rudoi\w+|brutalis\w+|brutaliz\w+)\s+(?:its|their|the|his|her|ses|leurs|les)\s+(?:residents?|patient(?:e)?s?|elderly|personnes agees|pensionnaires|kids|enfants)\b",
  r"\bfactur\w*\s+" + T + r"{0,5}?qu'(?:il|elle|ils|elles) (?:ne|n')\s*(?:fait|font|faisait|a|ont|realise|pratique)\w*\s+(?:pas|jamais)\b",
  r"\b(?:sans (?:diplome|qualification|autorisation d'exercer|inscription a l'ordre|permis)|faux (?:diplome|medecin|docteur)|fausse (?:medecin|doctoresse)|usurp\w* (?:le |son )?titre|n'est (?:meme )?pas (?:medecin|diplomee?|chirurgien))\b",
  r"\b(?:without (?:a |any )?(?:licen[cs]e|degree|qualifications?|board certification)|fake (?:degree|diploma|credentials|doctor)|isn'?t (?:even )?a (?:real |licensed )?(?:doctor|physician|surgeon|nurse)|never (?:finished|completed) (?:residency|med school|medical school|training)|lied about (?:his|her|their) (?:credentials|degree|qualifications|training|experience))\b",
  r"\b(?:lies?|lied|lying|ment|mentent|a menti)\s+(?:(?:sciemment|deliberement|ouvertement|systematiquement|knowingly|deliberately|openly|routinely)\s+)?(?:to|a|aux)\s+(?:[^\s.!?]+\s+)?(?:parents|patients|families|familles|public|regulators|board|state|insurers|authorities|autorites|ordre|cpam|ars|ramq|inspecteurs?|inspectors?)\b",
  r"\b(?:sans les avoir|sans l'avoir|without (?:even )?(?:having )?)\s*(?:analyse\w*|examine\w*|lus?|verifie\w*|vus?|controle\w*|analy[sz]\w*|read(?:ing)?|check\w*|examin\w*|running|run|seeing|seen|looking at)\b",
  r"\b(?:a menti|ment|mentent|mentait|lies?|lied|lying)\s+(?:sur|a|aux|about|to)\s+(?:it|this|that|ca|ses|son|sa|leurs|les|la|le|l'|the|his|her|their|its|patients|regulators|the state|the board|l'ordre|l'ars|la cpam|la ramq|insurers|medicare|medicaid|families|familles)\b",
  r"\b(?:affam\w+|starv(?:es|ed|ing)|deshydrat\w+|dehydrat(?:es|ed|ing)|attach\w+ (?:ses|les) residents|drogu\w+ (?:ses|les) residents|sedat\w+ (?:ses|les|its|the) residents|overmedicat\w+|surmedic\w+)\s+(?:ses|les|leurs|its|the|their)?\s*(?:residents?|patient(?:e)?s?|personnes agees|elderly|kids|enfants)\b",
  r"\b(?:cesariennes|operations|chirurgies|examens|actes|scanners|irm|protheses|stents|coloscopies|endoscopies|hysterectomies|surgeries|procedures|c-sections|tests|scans|stents|implants|colonoscopies|hysterectomies)\s+(?:[^\s.!?]+\s+){0,2}?(?:inutiles|injustifie(?:e|s|es)|sans indication|unnecessary|unneeded|not needed)\b",
  r"\b(?:unneeded|unjustified) (?:c-sections|surgeries|procedures|operations|scans|tests)\b",
  r"\b(?:prescri\w*|delivr\w*|donne\w*|file\w*|hands? out|gives? out|sells?|writes?)\s+" + T + r"{0,3}?(?:a|to)\s+(?:n'importe qui|tout le monde|quiconque|anyone|anybody|whoever|everyone)\b(?:\s+" + T + r"{0,4}?(?:paie|paye|pays|cash|liquide|argent|money))?",
  r"\b(?:revend\w*|vend\w*|sells?|sold|selling|dispens\w+|delivr\w+|donne\w*|gives?)\s+" + T + r"{0,3}?(?:medicaments|meds|medications|drugs|vaccins|vaccines|produits|stuff)\s+(?:perimes|expired|contrefaits|counterfeit|falsifies|fake|voles|stolen)\b",
  r"\b(?:turns? away|turned away|refuses? to (?:treat|see|admit)|refuse (?:de soigner|de recevoir|d'admettre|les patients)|refusent (?:de soigner|les patients)|rejects?)\s+" + T + r"{0,2}?(?:medicaid|medicare|uninsured|poor|black|cmu|ame|css|immigrants?|migrants|trans|patients?)\b",
  r"\b(?:discrimin\w+)\s+(?:contre\s+|against\s+)?(?:ses|les|leurs|its|the|their)?\s*(?:patient(?:e)?s?|residents?|employees|employes|staff|noirs|black|muslim|musulmans)\b",
  r"\bbill(?:s|ed|ing)?\s+" + T + r"{0,4}?for\s+" + T + r"{0,5}?(?:never|not)\s+(?:done|did|does|do|performed|happened|provided|given|seen|made|carried out|delivered|attended|visited)\b",
  r"\b(?:procedures|surgeries|operations|visits|tests|services) (?:he|she|they) (?:never|didn't|did not) (?:do|did|does|perform|performed|provide)\b",
  r"\bbill(?:s|ed|ing)? as if (?:he|she|they) (?:were|was|had been) (?:there|present)\b|\bfactur\w+ comme s'(?:il|elle|ils) (?:etait|etaient|avait ete) (?:la|present)",
  r"\b(?:discharg\w+|dumps?|dumped|dumping|put(?:s|ting)?|throws?|kicks? out|kicked out)\s+" + T + r"{0,4}?(?:onto|into|on|out on|out onto) the streets?\b|\b(?:met|mettent|jette\w*|remet\w*)\s+" + T + r"{0,3}?a la rue\b",
  r"\bhid (?:it |them |this |that )?from (?:the |his |her |their )?(?:gmc|college|board|ordre|patients?|famil(?:y|ies)|regulators?|insurers?|cqc|state|authorities|inspectors?)\b|\b(?:cach|dissimul)\w* (?:a|au|aux) (?:l'ordre|la cpam|l'ars|ses patients|la famille|les familles|l'assurance)\b",
  r"\b(?:pulls?|pulled|extracts?|extracted|removes?|removed|arrache\w*|enleve\w*|retire\w*|extrai\w*|opere\w*)\s+(?:des |les |de |the )?(?:healthy|saines?|sains|perfectly good|parfaitement saines?)\s+(?:teeth|dents|organs?|organes|tissues?|tissus|knees?|genoux|appendix|appendices|gallbladders?|uterus|uterus)\b",
  r"\b(?:does|do|performs?|performed|operates?|operated|opere\w*|fait|font|pratique\w*)\s+" + T + r"{0,3}?(?:on|sur|a)\s+(?:everyone|everybody|anyone|tout le monde|n'importe qui)\b",
  r"\b(?:locked|locks|lock|enferme\w*|attache\w*|tied|ties|strapped|restrained|restrains)\s+(?:up\s+)?(?:in|dans|a|to|au|aux)\s+(?:their|leurs?|les|the|its|ses|sa|son)\s+(?:rooms?|chambres?|beds?|lits?|fauteuils?|chairs?)\s+(?:all day|all night|toute la (?:journee|nuit)|for (?:hours|days)|pendant des (?:heures|jours)|des heures|day and night|jour et nuit)",
  r"\b(?:hides?|hid|hiding|conceals?|concealed|concealing)\s+" + T + r"{0,4}?from\s+(?:the\s+)?(?:state|regulators?|board|famil(?:y|ies)|patients?|public|inspectors?|authorities|cqc|gmc|cms|health department|insurers?)\b",
  r"\b(?:cache\w*|dissimule\w*)\s+" + T + r"{0,4}?(?:a|aux|au)\s+(?:l'ars|l'ordre|la has|autorites|familles|patients|patientes|public|inspecteurs|la cpam|la ramq)\b",
  r"\b(?:reuses?|reused|reusing|reutilis\w+|recycl\w+)\s+(?:" + T + r"){0,3}?(?:single-use|disposable|a usage unique|jetables?|needles|aiguilles|seringues|syringes|catheters|sondes)\b",
  r"\b(?:rationn\w+|economis\w+ sur|skimp\w* on|cuts? corners on)\s+(?:les |des |the |their |sur les )?(?:couches|protections|repas|soins|nourriture|eau|medicaments|diapers|meals|food|water|care|staffing|staff)\b",
  r"\b(?:kills?|killing|killed)\s+" + T + r"{0,4}?(?:patients|residents|people|babies|kids|mothers|women)\b",
  r"\bcover(?:s|ed|ing)?[ -]up\s+" + T + r"{0,2}?(?:deaths|errors|mistakes|complications|abuse|infections|incidents)\b|\bcovers? (?:them|it) up\b",
  r"\b(?:steals?|stole|stealing|embezzl\w+|pocket(?:s|ed|ing))\s+" + T + r"{0,3}?(?:money|funds|savings|medications|meds|drugs|opioids|fentanyl|morphine|from)\b",
  r"\b(?:abus(?:es|ed|ing)|neglect(?:s|ed|ing)|mistreat(?:s|ed|ing))\s+(?:its |the |his |her |their )?(?:residents|patients|elderly|staff|kids)\b",
  r"\b(?:leaves?|left|leaving|laisse\w*)\s+(?:its |the |their |ses |les |leurs )?(?:residents?|patient(?:e)?s|pensionnaires|personnes agees|elderly)\s+(?:[^\s.!?]+\s+){0,3}?(?:in|dans|for|pendant|without|sans|baigner dans)\s+(?:[^\s.!?]+\s+){0,2}?(?:urine|excrements|merde|shit|feces|faeces|waste|soiled|dirty|wet|days|hours|jours|heures|food|water|eau|manger|boire|care|soins|surveillance)\b",
  r"\b(?:gives?|giving|sells?|selling|sold|dispens\w+|hands? out|handing out|distribue\w*|donne\w*|delivre\w*|vend\w*|injects?|inject\w+|uses?|using|utilise\w*|prescri\w+)\s+(?:[^\s.!?]+\s+){0,3}?(?:expired|counterfeit|fake|stolen|diluted|contaminated|unapproved|unlicensed|banned|illegal|black-market|perimes|perimees|contrefaits|contrefaites|dilues|diluees|non autorise\w*|non homologue\w*|interdits|interdites|illegaux|illegales)\b",
  r"\b(?:fait|font|pratique\w*|opere\w*|does|do|performs?|performed|operates?|operated|injecte\w*|injects?)\s+(?:[^\s.!?]+\s+){0,4}?(?:sans (?:leur |son |le |aucun )?consentement|without (?:their |her |his |the patient'?s |patient |any )?consent)\b",
  r"\b(?:factur|pay|pai|encaiss|touch|demand|exig|fait payer|prend)\w*\s+(?:[^\s.!?]+\s+){0,6}?(?:au noir|off the books|under the table|sous la table|non declare\w*)\b",
  r"\b(?:is|est|are|sont|was|etait)\s+(?:always |often |toujours |souvent |constamment )?(?:on drugs|on coke|on meth|sous (?:drogue|coke|cocaine|cachets|amphets)|high on)\b",
  r"\bprescri\w*\s+" + T + r"{0,3}?(?:to|a|pour)\s+(?:his|her|their|ses|son|sa|leurs)\s+(?:friends|family|girlfriend|boyfriend|wife|husband|copains|copines|amis|amies|famille|proches|maitresse|amant)\b",
  r"\b(?:parties|partying|sleeps?|slept|sleeping|dates?|dated|dating|has sex|had sex|hooks? up)\s+with\s+(?:his|her|their)?\s*patients?\b|\b(?:couche|couchait|sort|sortait|a couche)\s+avec\s+(?:ses|sa|une de ses)\s+patient(?:e)?s?\b",
  r"\b(?:ne declare rien|fraude fiscale|fraude le fisc|fraudent le fisc|tax evasion|evades? taxes|doesn'?t declare|cheats? on (?:his|her|their) taxes)\b",
  r"\b(?:grop(?:es|ed|ing)|molest\w*|sexually (?:assault|harass|abus)\w*)\b",
  r"\b(?:operates?|operated|operating|works?|worked|working|shows? up|showed up|comes? in|came in|does surgery)\s+" + T + r"{0,2}?(?:drunk|high|intoxicated|wasted|hungover|stoned|under the influence)\b",
  r"\bsous l'emprise (?:de l'alcool|de drogues?|de stupefiants|de l'alcool ou de drogues)\b|\b(?:met|mettent|a mis|endangers?|endangered|endangering)\s+(?:en danger\s+)?(?:ses|les|leurs|its|their|his|her)\s*(?:patient(?:e)?s|residents?|malades)\b|\bputs? (?:its |their |his |her )?patients at risk\b|\bmise en danger de la vie d'autrui\b|\bc'est de la mise en danger\b",
  r"\bsells?\s+" + T + r"{0,3}?(?:without (?:a )?prescriptions?|fake\b|opioids|oxy\w*|prescriptions|scripts)",
  r"\b(?:dilut(?:es|ed|ing)|water(?:s|ed|ing) down)\s+" + T + r"{0,2}?(?:drugs|chemo\w*|vaccines?|meds|medications|doses)\b",
  r"\b(?:kickbacks?|brib(?:es|ed|ing|ery)|bribed|on the take|in the pocket of|paid off by)\b",
  r"\bpaid by (?:big pharma|pharma|the industry|pfizer|moderna)\b",
  r"\bplagiari[sz](?:ed|es|ing|m)\b",
  r"\b(?:fake|bogus|sham) (?:\w+ )?(?:cures?|treatments?|therapies|degrees?|diplomas?|credentials)\b",
  r"\bunnecessary (?:surgeries|procedures|operations)\b",
  r"\b(?:shouldn't|should not) be allowed (?:near|to practi[cs]e|to operate)\b|\bshould lose (?:his|her|their) licen[cs]e\b|\bshould be struck off\b|\bworst (?:surgeon|doctor|physician|gp|hospital|clinic|lab|pharmacy) in\b",
]
WEAK = [r"negligen\w+", r"incompeten\w+", r"erreurs? medicales?", r"medical errors?", r"malpractice", r"faute grave",
        r"deces", r"morts?", r"deaths?", r"died", r"dead", r"tue", r"killed", r"abandon\w*", r"insalubre", r"filthy",
        r"cafards", r"cockroaches", r"rats", r"illegal\w*", r"illegaux", r"fraud\w*", r"fraude", r"faux", r"fausses?",
        r"fake", r"bidon", r"douteu\w+", r"shady", r"dangereu\w+", r"dangerous", r"mauvaises? pratiques", r"botched",
        r"rate(?:e|s|es)?", r"massacre\w*", r"boucherie", r"mutil\w+", r"maltrait\w+", r"abus\w*", r"ivre", r"drunk",
        r"vol(?:e|ent|ait)?", r"racket\w*", r"exploit\w+", r"cach\w+", r"hid(?:es|den)?", r"ment(?:ent)?",
        r"mensonges?", r"lies", r"lied", r"lying", r"arnaqu\w+", r"ripped off", r"rip-?off", r"scam\w*", r"extorqu\w+",
        r"gouge\w*", r"surfactur\w+", r"overbill\w*", r"overcharg\w+", r"depassements? abusifs?", r"corrupt\w*",
        r"harcel\w+", r"harass\w*", r"menac\w+", r"threaten\w*", r"agress\w+", r"assault\w*", r"viol", r"rape\w*",
        r"neglect\w*", r"mistreat\w*", r"infections? nosocomiales?", r"copi\w+", r"plagi\w+",
        r"for cash", r"en liquide", r"au noir", r"off the books", r"under the table", r"envelopes?", r"enveloppes?",
        r"pots?-de-vin", r"dessous-de-table", r"expired", r"perime\w*", r"contamin\w+", r"counterfeit", r"contrefa\w+",
        r"non autorise\w*", r"unapproved", r"unlicensed", r"banned", r"interdit\w*", r"sans consentement", r"without consent",
        r"doesn'?t care", r"s'en fiche\w*", r"s'en fout\w*", r"pour faire du profit", r"pour faire des economies",
        r"for profit", r"to save money", r"to cut costs", r"pour gagner du temps", r"to save time", r"mise en danger", r"pour remplir (?:son|ses|leur|leurs) (?:planning|blocs?|lits|agenda)",
        r"to fill (?:his|her|their) (?:schedule|beds|or|calendar)", r"to bill", r"pour facturer", r"pour toucher",
        r"par (?:un|une|des) (?:infirmiers?|infirmieres?|internes seuls|etudiants?|aides?-soignantes?|secretaires?)",
        r"unqualified", r"non qualifie\w*", r"sans formation", r"untrained", r"without telling", r"sans (?:le dire|prevenir|informer|les prevenir|les informer)",
        r"a leur insu", r"a son insu", r"behind (?:their|her|his) backs?", r"without (?:their|her|his) knowledge"]
BOOST = [r"(?:a|one|two|three|several|une|deux|trois|plusieurs) (?:nurses?|doctors?|colleagues?|employees?|staff members?|infirmieres?|infirmiers?|collegues|medecins|employes?) (?:there |de la-bas |qui y travaill\w+ )?(?:told me|m'(?:en )?ont parle|me l'ont dit|me l'a dit|m'a dit)",
         r"c'est connu", r"it'?s well known", r"well-known fact",
         r"j'en ai vu passer", r"j'en ai vus?", r"i'?ve seen (?:some|several|a few)", r"me l'a (?:dit|confirme)", r"(?:two|three|several|\d+) (?:nurses|colleagues|doctors|patients|families) told me",
         r"(?:my|mon|ma) (?:cousin|cousine|friend|ami|amie|neighbou?r|voisin|voisine|mother|mere|father|pere|aunt|tante|uncle|oncle) (?:is|was|est|a ete) (?:a )?(?:victim|victime)", r"it'?s (?:the )?policy there", r"c'est la politique (?:de la maison|de l'etablissement)",
         r"my friend works there", r"(?:un|une) (?:ami|amie|collegue) (?:y|qui y) travaille", r"i used to work there", r"j'y ai travaille",
         r"de source sure", r"from a reliable source", r"on good authority", r"je le sais", r"i know for (?:a fact|sure)",
         r"tout le monde (?:le sait|sait)", r"est connue? pour", r"is known for", r"bien connue? pour", r"me l'ont (?:dit|confirme)",
         r"m'en ont parle", r"told me so", r"confirmed it to me", r"i'?ve reported (?:them|him|her|it)", r"je (?:l'ai|les ai) signale\w*",
         r"tout (?:le|la) [\w'-]+ (?:le )?sait", r"tous les [\w'-]+ le savent", r"open secret", r"secret de polichinelle",
         r"i'?ve seen (?:it|the|them|him|her)", r"j'ai vu (?:les|des|le|la)", r"de notoriete publique", r"c'est un fait",
         r"c'est prouve", r"j'en ai la preuve", r"j'ai (?:des|les) preuves", r"je l'ai vu", r"de mes (?:propres )?yeux",
         r"personne n'ose", r"fuyez", r"n'y allez (?:pas|jamais)", r"n'y allez surtout pas",
         r"ne (?:vous )?(?:y )?faites (?:jamais|surtout pas) (?:soigner|operer)", r"ne consultez (?:pas|jamais|surtout pas)",
         r"evitez(?:-la|-le)?", r"boycott\w*", r"partagez", r"faites tourner", r"honteu(?:x|se)", r"honte", r"scandale",
         r"scandaleu\w+", r"ecoeurant", r"ferme les yeux", r"(?:l'ordre|la direction|l'ars) (?:le|la|les) couvre",
         r"everyone (?:(?:in|at|on) [\w' ]{1,30})?knows", r"everybody knows",
         r"(?:the board|the college|management|the hospital|l'ordre|la direction|l'hopital|l'ars) (?:knows?|le sait|sait|is aware|est au courant)",
         r"it'?s a fact", r"that'?s (?:just )?a fact", r"facts?\.", r"period\.", r"i have proof", r"i have the data",
         r"i'?ve seen it", r"i saw it", r"nobody (?:dares|will say)", r"stay away", r"avoid (?:them|him|her|it|this)",
         r"avoid \w+ at all costs", r"at all costs", r"never (?:go|let them)", r"don'?t go (?:there|to)", r"spread the word",
         r"share this", r"shameful", r"disgusting", r"turn(?:s|ed)? a blind eye", r"covers? for (?:him|her|them)"]
UNLESS = [{"lists": ["defamation_hedge"], "window": 80, "side": "before"},
          {"terms": ["diffamation", "diffamatoire", "defamation", "defamatory", "calomnie", "slander", "libel", "rumeur", "rumor", "rumour", "tribunal", "court", "convicted", "condamne par"], "window": 0},
          {"lists": ["fiction"]}]

def ex(fire, quiet): return {"fire": fire, "quiet": quiet}
rules = [
 {"id": "named-accusation",
  "description": "A damaging accusation (fraud, falsified data, sells without prescription, hides deaths, kills patients, bills for acts never done, drunk at work...) near an identifiable person or organization (Dr X, Pr Y, clinique Z, X Labs, @handle).",
  "category": "defamation", "patterns": VERBS, "priority": 1,
  "context": {"lists": ["defamation_target"], "window": 160}, "unless": UNLESS,
  "examples": ex([
     {"text": "Pr Rambert, chef de service à Tours, falsifie ses données de recherche depuis des années.", "match": "falsifie ses données"},
     "La clinique des Tilleuls à Annecy tue ses patients, 3 décès en un mois.",
     "La pharmacienne de la Pharmacie du Parc à Sherbrooke écoule de la morphine sans ordonnance, je l'ai constaté.",
     "La maternité des Tilleuls à Vannes a dissimulé deux décès maternels cet hiver, tout le monde le sait.",
     "Le Dr Bergeron de l'urgence de Rimouski arrive soûl à ses gardes, tout le monde le sait.",
     "Dr Marcus Feld in Scottsdale bills Medicare for procedures he never does.",
     "Riverside General kills patients. Three deaths in their ICU last month.",
     "Avoid Oakfield Care Home in Stockport. They leave residents in soiled beds and the manager steals their money.",
     "L'ostéopathe de Vannes Marc Le Bihan a des gestes déplacés sur ses patientes, fuyez.",
     "The radiologist Dr. Kim Walsh in Leeds is not actually board certified, she lies about it everywhere.",
     "Le laboratoire d'analyses Bioval de Rennes rend des résultats bidons pour facturer des contrôles.",
     "The chiropractor Dr. Ben Hale in Austin forged his license and still practices."],
    ["Je ne dirais jamais que le Dr Martin falsifie ses données, même si je conteste ses conclusions.",
     "Certains labos truquent-ils leurs essais ? La question des biais de publication est réelle.",
     "L'étude du Pr Raoult a un biais de sélection majeur : pas de groupe contrôle apparié.",
     "Dr Smith was convicted by the court last year for billing Medicare for procedures never done; the ruling is public."])},
 {"id": "named-misconduct-asserted",
  "description": "A reproach (negligence, deaths, illegal, lies, abuse...) about an identifiable person or organization, asserted with certainty or a call to avoid them ('tout le monde le sait', 'j'en ai la preuve', 'fuyez', 'everyone knows', 'stay away').",
  "category": "defamation",
  "patterns": [r"\b(" + alt(WEAK) + r")\b[^\n]{0,140}?(?:\b|\s)" + alt(BOOST), alt(BOOST) + r"[^\n]{0,140}?\b(" + alt(WEAK) + r")\b"],
  "group": 1,
  "context": {"lists": ["defamation_target"], "window": 160}, "unless": UNLESS,
  "examples": ex(["L'EHPAD Les Jardins de Vichy laisse ses résidents sans eau tout le week-end, négligence totale, tout le monde le sait.",
                  "Dr. Patel at Northside Urgent Care is shady and dangerous. Everyone knows."],
                 ["Le Dr Martin a publié une belle revue sur les erreurs médicales, tout le monde devrait la lire.",
                  "Riverside General had 3 deaths from sepsis last year; their M&M review is public and a model of transparency."])},
 {"id": "named-label",
  "description": "A named person or organization called a charlatan, crook, fraud, quack, butcher, drunk, corrupt... (a bare insult shouted at someone, 'espèce de charlatan', is left to the hostile rules).",
  "category": "defamation",
  "patterns": [r"\b" + alt(LABELS) + r"\b", IS + alt(LABELS_IS) + r"\b"],
  "context": {"lists": ["defamation_target"], "window": 120},
  "unless": UNLESS + [{"terms": ["espece de", "espece d'", "especes de", "sale", "qu'un", "qu'une", "you're a", "you are a", "you're an", "you are an", "you", "t'es un", "t'es une", "tu es un", "tu es une", "vous etes un", "vous etes une", "quel", "quelle", "what a", "such a"], "window": 12, "side": "before"}],
  "examples": ex([
     {"text": "Le Dr Fontaine du centre des Lilas est un charlatan qui pose des prothèses d'épaule.", "match": "charlatan"},
     "Dr. Alan Whitcombe at Northgate Spine is a fraud who bills insurers for operations he never performed.",
     "Le Dr Lambert est payé par l'industrie, c'est un vendu, tout le monde le sait.",
     "Dr Sanjay Mehra from Brampton is a butcher and a drunk.",
     "Northpoint Labs fakes its COVID test results. Total scam."],
    ["Je ne dirais jamais qu'un confrère est un charlatan sur un réseau social.",
     "Les charlatans du web vendent des cures miracles : méfiance.",
     "Avec tout le respect, je ne rejoins pas le Pr Garnier sur la mammographie avant 50 ans."])},
]
write("defamation", "accusations.json", "Damaging accusations stated as facts about identifiable people or organizations (TAXONOMY: defamation).", rules, contexts)
