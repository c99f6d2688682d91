#!/usr/bin/env python3
"""Generates indirect.json: patients mocked through euphemisms ('les habitués du vendredi soir',
'our regulars', 'another "gentle giant"', 'la dame qui « entend les pensées de son chat »'), pseudo
syndromes ('le syndrome du « j'ai lu sur internet »'), patients as entertainment ('notre netflix',
'saison 12'), and pain or behaviour put down to 'some cultures'. Run
`python3 rules/derogatory/indirect.py` after editing."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import rulegen  # noqa: E402
from rulegen import alt  # noqa: E402

EUPH = alt(r"(?:les|nos|mes|ces|des|aux) (?:habitues|fideles|abonnes|clients|pensionnaires|regulars|usual crowd)", r"(?:our|the|my|those|these) (?:regulars|usual crowd|usual customers|loyal customers|frequent visitors|fan club|vips)",
           r"(?:les|nos) (?:petits vieux|papys?|papis|mamies|vieux|vieilles)(?: (?:de l'ehpad|de la maison de retraite|du chsld|du service|de l'etage))?", r"(?:la|une|cette) (?:clientele|faune)(?: du \w+(?: \w+)?)?",
           r"(?:nos|les|mes|ces) (?:[\w'-]+ ){1,3}?(?:preferee?s|favori(?:te)?s|adores?)", r"(?:our|my|the) (?:favou?rite|beloved|dearest) (?:[\w'-]+ ){0,2}?[\w'-]+",
           r"(?:the|our|la|le) (?:[\w'-]+[- ]){0,2}?(?:crew|gang|squad|club|clique|bande|tribu|posse|brigade)\b", r"(?:une|la|cette) (?:mamie|papy|papi|petite vieille|vieille dame|mémé|meme|pepe)",
           r"(?:an?|the|this|that) (?:old|elderly|little old) (?:lady|man|gentleman|dear)",
           r"(?:another|yet another|encore une?|une? enieme|one more|our latest|notre dernier|notre derniere) (?:\"[^\"\n]{3,30}\"|'[^'\n]{3,30}')",
           r"(?:the|a|la|le|une?|cette|ce|this) (?:lady|woman|guy|man|dude|bloke|gentleman|dame|monsieur|mec|gars|type|patient|patiente|madame|meuf|mamie|papy) (?:who|qui|that) (?:\w+ ){0,3}?(?:\"[^\"\n]{3,60}\"|'[^'\n]{3,60}')")
IRONY = {"lists": ["derogatory_laugh"],
         "terms": ["carte de fidelite", "loyalty card", "loyalty points", "points de fidelite", "netflix", "notre serie", "our show", "sitcom", "telenovela", "feuilleton", "saison", "season",
                   "episode", "scenario", "spectacle", "entertainment", "divertissement", "cinema", "theatre de boulevard", "incurable", "pray for our backs", "priez pour nos dos", "rip our backs",
                   "drawing straws", "courte paille", "sanest", "le plus sain", "la plus saine", "de sortie", "out in force", "rond de serviette", "abonnement", "wild", "zoo", "cirque", "circus",
                   "same smell", "meme odeur", "suite vip", "vip", "🍻", "charging rent", "charge rent", "faire payer un loyer", "loyer", "sketch", "vendre des billets", "sell tickets", "popcorn", "🍿", "show", "best show",
                   "natural selection", "selection naturelle", "darwin", "thinning the herd", "tournee", "leur tournee", "their rounds", "toujours aussi nul", "same script", "meme discours", "🙄", "🤡", "🍷", "🍺", "🛏️", "🐋", "🐳", "🐷"], "window": 220}
UNLESS = [{"lists": ["derogatory_condemn"]}, {"lists": ["fiction"]},
          {"terms": ["merci", "thank", "thanks", "bravo", "adorable", "love them", "je les adore", "on les aime", "touching", "touchant", "emouvant", "tendresse", "fete", "party", "cake", "gateau"], "window": 0}]
rules = [
 {"id": "darwin-joke",
  "description": "A patient's misfortune put down to natural selection ('natural selection is doing its best', 'candidat au prix Darwin').",
  "category": "derogatory",
  "patterns": [r"\b(natural selection (?:is |at |doing |in )|selection naturelle (?:fait|a l'oeuvre|en action)|darwin awards?|prix darwin|thinning the herd|eclaircir le troupeau)"],
  "group": 1,
  "context": {"lists": ["derogatory_setting", "derogatory_laugh"], "terms": ["gentleman", "monsieur", "madame", "lady", "guy", "mec", "he", "she", "il", "elle"], "window": 250},
  "unless": UNLESS + [{"terms": ["evolution", "evolutionary", "biologie", "biology", "antibiotic resistance", "resistance aux antibiotiques", "bacteria", "bacteries", "course", "cours"], "window": 80}],
  "message": {"fr": "Moquerie envers un patient (sélection naturelle)", "en": "Mocking a patient (natural selection)"},
  "examples": {"fire": [{"text": "Asked the gentleman why he waited 6 days with chest pain. 'My horoscope said so.' Natural selection is doing its best 🤣"}],
               "quiet": ["Antibiotic resistance is natural selection at work in bacteria: finish the course only when told to."]}},
 {"id": "euphemism-mocked",
  "description": "Patients named by a euphemism ('les habitués', 'our regulars', 'les papys de l'ehpad', another 'gentle giant', the lady who 'hears her cat's thoughts') with irony around it (loyalty card, our Netflix, season 12, pray for our backs, the cat is the sanest one, laughing or animal emojis).",
  "category": "derogatory",
  "patterns": [r"\b(" + EUPH + r")"],
  "group": 1,
  "context": IRONY,
  "unless": UNLESS,
  "message": {"fr": "Moquerie envers des patients (euphémisme)", "en": "Mocking patients (euphemism)"},
  "examples": {"fire": [{"text": "Vendredi soir aux urgences, les habitués sont de sortie. Même odeur, même brancard. On devrait leur faire une carte de fidélité 🍷"},
                        {"text": "Another 'gentle giant' on the list today. Theatre staff drawing straws for who has to log-roll him. Pray for our backs 🙏🐋"},
                        {"text": "les papys de l'ehpad qui sonnent à 3h du mat c'est un peu notre netflix à nous. saison 12, scénario toujours aussi nul"}],
               "quiet": ["Nos habitués du centre de dialyse ont fêté Noël avec l'équipe, merci à tous 🎄",
                         "Our regulars in the heart failure clinic know the nurses by name: that continuity is what keeps them out of hospital."]}},
 {"id": "pseudo-syndrome-mocked",
  "description": "A patient's behaviour named as a mock syndrome in quotes ('le syndrome du « j'ai lu sur internet »', 'a bad case of \"Dr Google\"').",
  "category": "derogatory",
  "patterns": [r"\b((?:syndrome|maladie|syndrome aigu|forme aigue|bad case|acute case|chronic case|terminal case) (?:du|de la|des|de l'|d'|of)\s*(?:\"[^\"\n]{3,40}\"|'[^'\n]{3,40}'))"],
  "group": 1,
  "context": {"lists": ["derogatory_laugh", "derogatory_mock", "derogatory_setting"], "terms": ["incurable", "terminal", "version", "ans et plus", "and over"], "window": 200},
  "unless": UNLESS,
  "message": {"fr": "Patient tourné en dérision (faux syndrome)", "en": "A patient mocked (mock syndrome)"},
  "examples": {"fire": [{"text": "Encore une dame avec trois pages imprimées depuis Doctissimo. Le syndrome du « j'ai lu sur internet », version 60 ans et plus, est incurable 😂"}],
               "quiet": ["Le « syndrome du bébé secoué » est une maltraitance grave : apprenez à en reconnaître les signes."]}},
 {"id": "culture-essentialism-loose",
  "description": "A trait, pain threshold or behaviour attributed to 'some cultures', 'certain ethnic groups', 'these people' as a whole ('some cultures just have a lower pain threshold').",
  "category": "derogatory",
  "patterns": [r"\b((?:some|certain|certaines?|these|those|ces|many|most|la plupart des) (?:cultures|ethnies|ethnic groups|ethnicities|races|origines|communautes|communities|nationalites|nationalities|peoples|peuples|populations)(?:-la|-ci)?\s+(?:\w+\s+){0,2}?(?:have|are|ont|sont|exagerent|exaggerate|overreact|dramatise\w*|dramati[sz]e|complain|se plaignent|crient|scream|wail|hurlent|tolerent|tolerate|feel)\b[^.!?\n]{0,40}?\b(?:pain|douleur|threshold|seuil|dramatic|dramatiques?|loud|bruyante?s?|lazy|paresseu\w+|liars?|menteu\w+|exagerent|exaggerate|wailing|hurl\w+|cri\w*|plaintes?|douillet\w*|soft|weak|faibles?))"],
  "group": 1,
  "unless": UNLESS + [{"terms": ["study", "etude", "research", "recherche", "bias", "biais", "myth", "mythe", "false", "faux", "wrong", "believe that", "croient que", "assume", "supposent"], "window": 80}],
  "message": {"fr": "Stéréotype culturel ou ethnique", "en": "Cultural or ethnic stereotype"},
  "examples": {"fire": [{"text": "Some cultures just have a lower pain threshold. You learn to tune out the wailing in L&D after a while."}],
               "quiet": ["The myth that some cultures have a lower pain threshold leads to undertreated pain: a well-documented bias."]}},
]
rulegen.write(HERE, "derogatory", "indirect.json", "Patients mocked indirectly (TAXONOMY: derogatory).", rules)
