#!/usr/bin/env python3
"""Generates indirect.json: defamation by insinuation ("tout le monde sait que...", "lost his licence
for a reason, draw your own conclusions", "not naming names but...") and wrongdoing stated as a habit
("routinely bills for scans it never performs"). A rule fires on an insinuation frame and a damaging
charge within one stretch of text, with an identifiable person or organisation in the post. Run
`python3 rules/defamation/indirect.py` after editing."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import rulegen  # noqa: E402
from rulegen import alt  # noqa: E402

# the author vouches for a charge without stating it openly
FRAME = alt(r"tout le monde (?:a [A-Za-z-]+ |ici |au village |dans le coin |en ville )?(?:le )?sait", r"tout le monde (?:le )?sait(?: ici)?",
            r"personne n'ignore", r"on sait tous", r"on le sait tous", r"chacun sait", r"tout le (?:monde|village|quartier|service) est au courant",
            r"every(?:one|body) (?:[\w.']+ ){0,3}?knows", r"tout le monde (?:[\w.']+ ){0,3}?sait", r"funny how", r"strange how", r"interesting that", r"interesting how", r"make of (?:that|it) what you will", r"faites-en ce que vous voulez", r"a vous de juger", r"je vous laisse juger", r"je vous laisse (?:conclure|deviner|reflechir)", r"nobody'?s (?:saying|denying)", r"no one'?s (?:saying|denying)", r"personne ne (?:dit|le nie|nie)", r"i'?m not saying", r"je ne dis pas que", r"bizarre que", r"etrange que", r"curieux que", r"drole que", r"weird how", r"odd how", r"curious how", r"etrange comme", r"drole comme", r"follow the money", r"suivez l'argent", r"demandez a (?:ses|leurs) (?:anciens? )?(?:patients?|patientes?|clients?)", r"ask (?:his|her|their) (?:former |old )?patients", r"curieux comme", r"curieusement", r"bizarrement", r"strangely", r"oddly enough", r"interestingly", r"not saying anything,? but", r"je dis rien,? mais", r"je ne dis rien,? mais",
            r"ask yourselves? why", r"demandez-vous pourquoi", r"posez-vous la question", r"word (?:around|in) (?:the |town |here )?(?:\w+ )?is", r"la rumeur (?:dit|court)", r"il parait que", r"on raconte que", r"they say",
            r"(?:everybody|everyone|tout le monde) (?:here |ici |around here )?(?:knows|sait|le sait) (?:it|ca)?", r"comme par hasard", r"as if by chance",
            r"on se demande (?:bien )?pourquoi", r"allez savoir pourquoi", r"i wonder why", r"wonder why", r"guess why", r"devinez pourquoi", r"je vous laisse deviner", r"i'?ll let you guess",
            r"sait (?:tres )?bien pourquoi", r"knows (?:exactly |very well )?why", r"(?:ses|his|her|their) (?:anciens? )?patient\w* (?:eux,? )?(?:savent|know)", r"we all know", r"it'?s no secret", r"c'est un secret de polichinelle",
            r"open secret", r"draw your own conclusions?", r"tirez-en vos (?:propres )?conclusions", r"tirez vos (?:propres )?conclusions",
            r"je dis ca,? je dis rien", r"je dis ca comme ca", r"just saying", r"for a reason", r"pour une (?:bonne )?raison", r"pas pour rien",
            r"not for nothing", r"(?:c'est )?(?:juste |seulement )?une question de temps", r"(?:only |just )?a matter of time",
            r"(?:that'?s |it'?s |this is )?not a rumou?r", r"ce n'est pas une rumeur", r"c'est pas une rumeur", r"check the (?:lawsuits|court records|reviews)",
            r"regardez (?:les|ses) (?:proces|plaintes|avis)", r"vous voyez (?:de )?qui", r"you know who", r"suivez mon regard",
            r"pas de noms?,? mais", r"sans (?:citer|donner) de noms?", r"je ne citerai (?:pas de nom|personne)", r"not naming names", r"no names,? but",
            r"i won'?t name (?:names|him|her)", r"if you know,? you know", r"on se comprend", r"who shall remain nameless", r"que je ne nommerai pas")
# the damaging charge
CHARGE = alt(r"radiee?s?", r"struck off", r"lost (?:his|her|their) licen[cs]e", r"perdu son droit d'exercer", r"(?:licen[cs]e|droit d'exercer) (?:revoked|suspended|suspendu|retire)",
             r"ivres?", r"saoule?", r"[\"']\s?(?:board[- ]certified|certified|certifiee?s?|diplomee?s?|specialistes?|experts?|qualified|qualifiee?s?)\s?[\"']", r"can'?t (?:seem to )?produce", r"(?:certificate|diplome|licence|license)s? (?:introuvable|missing|nowhere)",
             r"\"\s?[a-z]+\s?\" (?:ses|leurs|its|their|his|her|les) (?:resultats|chiffres|results|numbers|factures|bills|dossiers|records|stats|bilans)", r"pour que (?:les|ses) (?:patients|patientes|clients) reviennent", r"(?:so|to keep) (?:patients|people) (?:come|coming) back", r"mix(?:es|ed|ing)? up", r"melange\w*", r"inverse\w* (?:les|des) (?:embryons|dossiers|prelevements|resultats)", r"to hit (?:its|their|his|her) (?:numbers|targets|quotas?)", r"pour faire du chiffre", r"(?:son|sa|his|her|their) (?:associe|associee|partner|associate|business partner|frere|beau-frere)", r"(?:les |des |the |some )?bleus", r"bruises", r"bruised", r"ecchymoses", r"maltrait\w+", r"mistreat\w*", r"abuse[sd]?", r"neglect\w*", r"hands? out (?:oxy\w*|opioids|pills|scripts)", r"(?:oxy\w*|opiaces|opioids) (?:a|to) (?:qui|anyone|whoever)", r"the dea", r"la police", r"l'ordre (?:va|finira)", r"(?:ne )?declare\w* jamais", r"never (?:reports?|declares?|discloses?)", r"cache\w* (?:ses|leurs|les) (?:chiffres|infections|complications|deces|erreurs)", r"hides? (?:its|their|his|her|the) (?:numbers|infections|complications|deaths|errors)",
             r"dissimul\w+", r"conceal\w*", r"sedat\w+", r"sedat\w+", r"attache\w* (?:ses|les) (?:residents|patients)", r"ties? (?:residents|patients|them) down", r"(?:to|pour) (?:cut|save on|economiser|reduire|faire des economies sur) (?:staff|costs|money|le personnel|les couts)",
             r"complaints? (?:don'?t|ne se)", r"quit within", r"ont (?:tous|toutes) demissionne", r"(?:chiffres|numbers|stats) (?:sont |are )?(?:parfaits|perfect|trop beaux|too good)", r"hungover", r"gueule de bois", r"sous l'emprise", r"under the influence", r"(?:someone|somebody|quelqu'un) (?:will|va|finira par) (?:die|mourir)",
             r"brules?", r"brulees?", r"burn(?:ed|t|s)", r"scarred", r"mutile\w*", r"disfigur\w+", r"defigur\w+", r"enquete", r"investigation", r"inspections?",
             r"(?:keeps?|always|somehow|toujours) [\"'][a-z]+(?:ing|er|e)[\"']", r"[\"'](?:losing|lost|perd\w*|egare\w*|oubli\w*)[\"']", r"records? (?:disappear|vanish|go missing)", r"cover(?:s|ed|ing)? (?:it |things |them )?up", r"etouff\w+",
             r"(?:a|has|have) [\"][^\"\n]{3,30}[\"] (?:bien vite|quickly|right after|juste apres|apres|after)", r"bourree?", r"drunk", r"(?:il|elle) boit", r"drinks on (?:the )?(?:job|shift)", r"high on",
             r"n'en (?:ont|avait|avaient) pas besoin", r"don'?t need (?:it|them|surgery)", r"unnecessary (?:surgery|surgeries|operations?|procedures?)",
             r"(?:operations?|chirurgies?|interventions?) inutiles?", r"remplir son (?:planning|agenda|tiroir-caisse|compte)", r"pour le fric", r"for the money",
             r"lawsuits?", r"proces", r"plaintes", r"sponges?", r"compresses? oubliee?s?", r"leaves? (?:\w+ )?inside", r"oublie (?:des|ses) compresses",
             r"kills?", r"killed", r"tue", r"a tue", r"botch(?:es|ed)?", r"massacre", r"charlatan", r"escroc", r"frauds?", r"fraude", r"arnaque", r"scam",
             r"falsifi\w*", r"faked?", r"bidon", r"overbill\w*", r"surfactur\w*", r"(?:bills?|billing|factur\w*|charges? for) (?:for )?(?:\S+ ){0,5}?(?:never|jamais|pas)", r"(?:refers?|referring|adresse\w*|envoie\w*|sends?) (?:\S+ ){0,5}?(?:to|a|au|chez) (?:his|her|their|son|sa|ses|leur) (?:own|propre|brother'?s?|sister'?s?|wife'?s?|husband'?s?|cousin'?s?|frere|soeur|femme|mari|beau-frere|belle-soeur|epouse)",
             r"ce qu'(?:il|elle) prescrit", r"what (?:he|she) prescribes", r"prescrit n'importe quoi", r"malpractice", r"negligen\w+",
             r"dangereu(?:x|se)", r"dangerous", r"incompetent\w*", r"harcel\w+", r"harass\w*", r"kickbacks?", r"pots?-de-vin", r"dessous de table",
             r"deals? (?:oxy|opioids|pills)", r"vend (?:des|ses) ordonnances", r"sells? (?:prescriptions|scripts)", r"dangereusement", r"touche (?:ses|les) patientes",
             r"abuse (?:de )?(?:ses|les) patient\w*")
SEP = r"[^\n]{0,160}?"
TARGET = {"lists": ["defamation_target"], "terms": ["confrere", "consoeur", "colleague", "d'en face", "du village", "du coin", "surgeon", "chirurgien", "chirurgienne",
          "specialiste", "specialist", "dermato", "dermatologue", "dermatologist", "cardio", "cardiologue", "gyneco", "gynecologue", "pediatre", "pediatrician", "kine", "physio", "ophtalmo", "radiologue", "radiologist", "anesthesiste", "psychiatre", "psychiatrist", "chir", "plasticien", "dentist", "orthodontiste", "centre", "center", "centre medical", "clinique", "clinic", "hospital", "hopital", "cabinet", "labo", "laboratoire", "pharmacie", "pharmacy", "pharmacien",
          "dentiste", "dentist", "gyneco", "ostéo", "osteo", "medecin", "doctor", "dr", "expert", "rue", "avenue", "ave", "boulevard", "street"], "window": 0}
UNLESS = [{"terms": ["je ne dirais jamais", "je n'ai jamais dit", "i would never say", "faux de dire", "wrong to say", "selon la presse", "according to", "reportedly",
                     "jugement", "tribunal", "court ruled", "convicted", "condamne par", "mis en examen", "charged with", "diffamation", "defamation", "diffamatoire",
                     "defamatory", "calomnie", "slander", "libel", "fake news", "blanchi", "cleared", "acquitted", "relaxe", "innocent", "c'est faux", "that's false",
                     "raconte que je", "says i", "accuse de", "accused me", "m'accuse", "on m'accuse"], "window": 60, "side": "before"},
          {"terms": ["tabac", "tobacco", "smoking", "alcool tue", "sucre", "sugar", "virus", "covid", "cancer", "sepsis", "la grippe", "flu"], "window": 40},
          {"lists": ["fiction"]}]
LABEL = alt(r"fraud", r"liar", r"quack", r"charlatan", r"scammer", r"crook", r"con (?:artist|man|woman)", r"snake oil salesm[ae]n", r"escroc", r"menteu(?:r|se)", r"imposteur", r"impostor", r"arnaqueu(?:r|se)", r"gourou", r"vendeu(?:r|se) de poudre de perlimpinpin")
rules = [
 {"id": "label-addressed",
  "description": "A defamatory label thrown at an identifiable person in the second person ('@x you're a fraud and a liar', 'Dr Y, t'es un escroc'): an insult that is also an accusation.",
  "category": "defamation",
  "patterns": [r"\b((?:you'?re|you are|ur|t'es|tu es|vous etes|tu n'es qu'une?|vous n'etes qu'une?)\s+(?:a |an |un |une |just a |juste un |juste une |nothing but a |qu'un |qu'une )?(?:\w+ )?" + LABEL + r")\b"],
  "group": 1,
  "context": {"lists": ["defamation_target"], "window": 0},
  "unless": UNLESS + [{"terms": ["if", "si", "would be", "serait", "as if", "comme si", "not", "pas", "never", "jamais", "called me", "m'a traite", "m'a traitee"], "window": 20, "side": "before"}],
  "message": {"fr": "Accusation lancée à une personne identifiable", "en": "An accusation thrown at an identifiable person"},
  "examples": {"fire": [{"text": "@wellness_guru_k you're a fraud and a liar and I hope your followers sue you."}],
               "quiet": ["@wellness_guru_k you're not a fraud, you're just wrong about the evidence on fasting."]}},
 {"id": "insinuation-stated-as-fact",
  "description": "An insinuation frame ('tout le monde sait', 'everyone in X knows which...', 'for a reason, draw your own conclusions', 'c'est une question de temps', 'not naming names but') next to a damaging charge (struck off, drunk, unnecessary operations, lawsuits, fraud...), with an identifiable person or organisation in the post: a hint vouched for is an accusation.",
  "category": "defamation",
  "patterns": ["(" + FRAME + ")" + SEP + r"\b" + CHARGE + r"\b", r"\b" + CHARGE + r"\b" + SEP + "(" + FRAME + ")"],
  "group": 1,
  "context": TARGET,
  "unless": UNLESS,
  "message": {"fr": "Insinuation présentée comme un fait", "en": "Insinuation presented as fact"},
  "why": {"fr": "« Tout le monde sait », « vous voyez qui », « pour une raison » : une insinuation sur une personne ou un établissement reconnaissable porte la même accusation qu'une affirmation, et engage l'auteur de la même façon.",
          "en": "'Everyone knows', 'you know who', 'for a reason': an insinuation about a recognisable person or organisation carries the same accusation as a plain statement, and binds the author the same way."},
  "examples": {"fire": [{"text": "Dr. Alan Pritchard, the 'longevity expert' all over your feed, lost his licence in Ohio for a reason. draw your own conclusions"},
                        {"text": "Mon confrère d'en face est ivre dès 16h, tout le monde le sait ici."},
                        {"text": "Not naming names but everyone in Tulsa knows which plastic surgeon on Yale Ave leaves sponges inside people."}],
               "quiet": ["Tout le monde sait que le tabac tue, et pourtant 1 Français sur 4 fume encore.",
                         "Everyone knows Dr Chen is the best teacher on the ward, a matter of time before she gets the award.",
                         "Mon confrère raconte que je bois, tout le monde le sait : c'est faux, et j'ai porté plainte pour diffamation."]}},
 {"id": "wrongdoing-as-habit",
  "description": "An identifiable organisation or person said to commit a fraud or harm as a routine ('routinely bills for scans it never performs', 'systématiquement surfacture').",
  "category": "defamation",
  "patterns": [r"\b(routinely|systematically|regularly|habitually|always|constantly|systematiquement|regulierement|toujours|couramment|habituellement)\s+(?:\w+\s+){0,2}?(?:bills?|charges?|overcharges?|invoices?|operates?|prescribes?|falsif\w+|fakes?|lies|doctors|fiddles|pads|upcodes?|facture|surfacture|opere|prescrit|falsifie|ment|truque|gonfle)\b[^\n]{0,60}?\b(?:never|not|jamais|pas|inutiles?|unnecessary|fake|bidon|fictifs?|fictives?|for money|pour l'argent)\b"],
  "group": 1,
  "context": {"lists": ["defamation_target"], "window": 0},
  "unless": UNLESS,
  "message": {"fr": "Fraude ou faute présentée comme une habitude", "en": "Fraud or misconduct presented as a habit"},
  "examples": {"fire": [{"text": "Kingsmere Private Hospital in Leeds routinely bills for scans it never performs."}],
               "quiet": ["Kingsmere Private Hospital in Leeds always answers the phone, never a wait."]}},
]
rulegen.write(HERE, "defamation", "indirect.json", "Defamation by insinuation and wrongdoing stated as a habit (TAXONOMY: defamation).", rules)
