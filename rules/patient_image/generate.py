#!/usr/bin/env python3
"""Generates images.json and contexts.json in this directory (the "patient_image" rule family).

The JSON patterns are built from the readable word lists below: edit the lists here, run
`python3 rules/patient_image/generate.py`, then `build/bin/secretum test-rules --rules rules` and
`python3 tests/corpus/evaluate.py --rules rules --only patient_image`. Patterns run on the normalized post
(accents removed, case kept, quotes normalized): write words without accents. RE2 syntax: no
look-around, no backreferences. This file is not read by the engine (only *.json and *.tsv are).
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Per-rule messages (FR, EN) where the category default is too general.
MSG = {
}
# Extra examples (fire, quiet) per rule.
EXTRA = {
 "patient-photo-shared": (["Je vous mets la photo en commentaire, la plaie de mon patient ne cicatrise pas depuis 2 mois"], ["Voici la vidéo de notre atelier d'éducation thérapeutique pour les patients diabétiques"]),
 "patient-filmed": (["J'ai filmé la crise de mon patient pour le neurologue de garde"], ["We filmed the sim scenario with a mannequin for the residents"]),
 "patient-body-shown": (["My patient's leg ulcer after 6 weeks of compression 👇 what a change"], ["My patient's leg ulcer healed after 6 weeks of compression, so happy for him"]),
 "lesion-shown": (["Jetez un œil à cette escarre sacrée 😬"], ["Surveillez cette plaie tous les jours et consultez si elle rougit."]),
 "imaging-described-as-shown": ([], ["Ce protocole d'IRM montre une réduction du temps d'examen de 30 %."]),
 "audio-shared": (["Listen to my patient's stridor, recorded at the bedside this morning"], ["Listen to this podcast on heart murmurs in children"]),
 "patient-photographed-pronoun": (["Je l'ai filmée pendant sa crise, la patiente était d'accord oralement"], ["My daughter let me photograph her with her diploma 🎓"]),
 "before-after-photos": (["Avant/après de ma patiente en blépharoplastie, résultat à 1 mois"], ["Before and after the reform, waiting times did not change."]),
}


sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
from rulegen import W, alt  # noqa: E402
import rulegen  # noqa: E402


def write(cat, name, description, rules, contexts=None):
    rulegen.write(HERE, cat, name, description, rules, contexts, msg=MSG, extra=EXTRA)


# --- vocabulary (normalized text: no accents) ---
IMG_PHOTO = [r"photos?", r"photographies?", r"fotos?", r"pics?", r"pictures?", r"pix", r"snaps?", r"snapshots?",
             r"selfies?", r"videos?", r"vids?", r"clips?", r"footage", r"recordings?", r"enregistrements?",
             r"audios?", r"films?", r"snapchats?", r"reels?", r"tiktoks?", r"polaroids?", r"photographs?",
             r"screenshots?", r"screen ?caps?", r"screengrabs?", r"captures? d'ecran", r"carousel"]
IMG_CLIN = [r"radios?", r"radiographies?", r"radiographs?", r"x-?rays?", r"scanners?", r"scans?", r"tdm",
            r"ct(?: ?scans?)?", r"cat scans?", r"irm", r"mris?", r"echos?", r"echographies?", r"ultrasounds?",
            r"pocus(?: clips?)?", r"ecgs?", r"ekgs?", r"eegs?", r"(?:ecg|ekg|rhythm|tele) strips?",
            r"dermoscop(?:y|ie|ies)(?: images?)?", r"angiographies?", r"angiograms?", r"coronarographies?",
            r"coros?", r"fonds? d'oeil", r"retinographies?", r"fundus photos?", r"cliches?", r"imageries?",
            r"(?:chest|plain|abdominal|abdo|skull|pelvic|ap|pa|lateral) films?", r"angioscanners?", r"uroscanners?", r"coroscanners?", r"lames? (?:d'anapath|d'anatomopathologie|histologiques?|de biopsie)",
            r"(?:path(?:ology)?|histology|biopsy|blood) (?:slides?|smears?)", r"frottis(?: sanguins?)?", r"gram stains?",
            r"colorations? de gram", r"cxrs?", r"axrs?", r"kubs?", r"ctpas?", r"cta", r"mras?", r"mrcps?", r"pet[- ]?(?:ct|scans?)",
            r"tep(?:[- ]?scans?)?", r"scintigraphies?", r"bone scans?", r"echocardiogra(?:ms?|phies?)", r"ett", r"eto", r"tte", r"tee",
            r"dexa", r"oct", r"endoscop(?:y|ie|ies) (?:images?|photos?|pictures?|videos?)", r"colonoscop(?:y|ie) (?:images?|photos?|pictures?)"]
IMG_A1 = IMG_PHOTO + IMG_CLIN + [r"images"]
IMG_ANY = IMG_A1 + [r"image"]
DET = alt(r"(?:le|la|les|un|une|des|ce|cet|cette|ces|mon|ma|mes|son|sa|ses|notre|nos|votre|vos|leur|leurs|the|a|an|this|that|these|those|my|our|your|his|her|their|its|today's|tonight's)\s+", r"l'\s*")
DET_NOTMINE = alt(r"(?:le|la|les|un|une|des|ce|cet|cette|ces|son|sa|ses|leur|leurs|vos|votre|the|a|an|this|that|these|those|his|her|their|your|today's|tonight's)\s+", r"l'\s*")
DET_CLOSE = r"(?:mon|ma|mes|notre|nos|votre|vos|ce|cet|cette|ces|my|our|your|this|these|that|those)\s+"
CONN = r"(?:de|du|des|chez|sur|avec|of|from|on|showing|with)\s+"
CONN_ANY = alt(CONN, r"d'\s*")
EVENT = r"(?:talks?|conferences?|webinars?|webinaires?|sessions?|cours|courses?|ateliers?|workshops?|formations?|trainings?|presentations?|journees?|days?|symposiums?|congres|congress|seminars?|seminaires?|lectures?|podcasts?|interviews?|reportages?|documentaires?|documentar(?:y|ies)|campagnes?|campaigns?|emissions?|programmes?|series|panels?|keynotes?|colloques?|forums?|meetings?|reunions?|rencontres?|fetes?|party|parties|galas?|soirees?|associations?|collectifs?|groupes?|clubs?|comites?|committees?|weeks?|semaines?|mois|months?|sensibilisation|awareness|ecoles?|schools?|expos?|expositions?|exhibitions?|concours|contests?|marathons?|runs?|walks?|marches?|spectacles?|shows?|concerts?|education|fundraisers?|tombola|kermesse)"
# one free noun and a connector ("du dos de", "the hand of the"); an event noun there ("la vidéo de la conférence sur le patient...") is captured as group 1 and drops the match
NEST = r"(?:(?:(" + EVENT + r")|" + W + r")(?:\s+" + W + r")?\s+" + CONN_ANY + r"(?:" + DET + r")?)"
QUAL = r"(?:pris|prise|prises|realisee?s?|faite?s?|taken|done|obtained|obtenue?s?|ce matin|hier|hier soir|cette nuit|aujourd'hui|today|this morning|last night|tonight|du jour|de garde|recente?s?|cerebrales?|thoraciques?|abdominales?|pelviennes?|cervicales?|lombaires?|dentaires?|panoramiques?|cardiaques?|pulmonaires?|chest|brain|head|abdominal|pelvic|spine|knee|hip|hand|foot|ankle|wrist|dental|cardiac|du thorax|de thorax|du genou|de la main|du pied|de la hanche|du crane|du bassin|de face|de profil|injectee?s?|sans injection|with contrast|non-contrast)"
MOD = r"(?:\s*(?:avant|apres|before|after|and|et|[/&-]))*(?:\s+" + QUAL + r"){0,3}\s+"
PAT_ANCHOR = [r"patients?", r"patientes?", r"pts?", r"pte", r"malades?", r"dame", r"monsieur", r"mamie", r"papi",
              r"papy", r"bebe", r"nourrisson", r"usagers?", r"usageres?", r"operee?s?", r"accouchee",
              r"clientes?", r"lady", r"gentleman"]
PAT_ADJ = r"(?:(?:vraie?s?|real|actual|true|petite?|jeune|vieille?|vieil|old|young|little|elderly|latest|derniere?s?|nouvelle?|nouveau|new|former|ancienne?|same|meme|first|premiere?)\s+)"
LESION = [r"plaies?", r"lesions?", r"ulceres?", r"ulcerations?", r"escarres?", r"eruptions?", r"erythemes?",
          r"eczemas?", r"psoriasis", r"zonas?", r"varicelle", r"gales?", r"melanomes?", r"naevus", r"naevi",
          r"tumeurs?", r"abces", r"brulures?", r"cicatrices?", r"tatouages?", r"hematomes?", r"ecchymoses?",
          r"morsures?", r"gangrenes?", r"necroses?", r"fractures?", r"luxations?", r"deformations?",
          r"malformations?", r"convulsions?", r"tremblements?", r"demarche", r"corps etrangers?", r"pustules?",
          r"verrues?", r"kystes?", r"hernies?", r"prolapsus", r"oedemes?", r"phlegmons?", r"panaris",
          r"fistules?", r"stomies?", r"moignons?", r"furoncles?", r"dermatoses?", r"purpura", r"urticaire",
          r"angiomes?", r"entorses?", r"sprains?", r"gonflements?", r"swelling", r"pieds? diabetiques?", r"tracheo(?:stomie)?s?", r"gastrostomies?", r"sondes?", r"drains?",
          r"catheters?", r"picc(?: line)?", r"fixateurs? externes?", r"external fixators?", r"pansements?",
          r"dressings?", r"sutures?", r"points de suture", r"stitches", r"amputations?", r"plaies? operatoires?", r"mal perforant", r"greffes? de peau",
          r"crises? (?:convulsives?|d'epilepsie|epileptiques?|comitiales?|tonico-cloniques?|fonctionnelles?|d'angoisse|de panique)",
          r"accouchements?", r"cesariennes?", r"c-sections?", r"intubations?", r"reductions? (?:de (?:l'epaule|la luxation)|of (?:the|a|his|her) (?:shoulder|dislocation))",
          r"shoulder reductions?", r"seizures?", r"panic attacks?",
          r"wounds?", r"rash(?:es)?", r"ulcers?", r"bedsores?", r"pressure (?:sores?|injur(?:y|ies)|ulcers?)",
          r"burns?", r"scars?", r"tattoos?", r"bruis(?:e|es|ing)", r"bites?", r"abscess(?:es)?", r"cellulitis",
          r"gangrene", r"necrosis", r"melanomas?", r"moles?", r"tumou?rs?", r"shingles", r"scabies",
          r"dislocations?", r"deformit(?:y|ies)", r"seizures?", r"gait", r"tremors?", r"foreign bod(?:y|ies)",
          r"hernias?", r"prolapse", r"stomas?", r"stumps?", r"boils?", r"cysts?", r"warts?", r"blisters?",
          r"hives", r"diabetic (?:foot|feet)", r"lacerations?", r"cuts?", r"gashes", r"gash", r"coupures?", r"(?:burn|skin) grafts?", r"frostbite", r"felon", r"injur(?:y|ies)",
          r"erythema(?: migrans)?", r"(?:necroti[sz]ing )?fasciitis", r"fasciites?(?: necrosantes?)?", r"hematomas?", r"sores?", r"nodules?", r"papules?", r"vesicles?"]
SHARE_BEFORE = [r"voici", r"voila", r"je vous (?:mets?|poste|partage|montre|joins|envoie|glisse|laisse|balance)",
                r"je (?:mets?|poste|partage|publie|montre|joins|balance)", r"regardez(?:-moi)?", r"regarde(?:-moi)?",
                r"admirez", r"matez", r"jetez un (?:oeil|coup d'oeil) (?:a|sur)", r"ci-joint", r"en pj ?:?",
                r"here'?s", r"here (?:is|are)", r"check (?:out|this)", r"look at", r"posting", r"sharing",
                r"uploading", r"attaching", r"attached", r"swipe (?:for|to see)", r"dropping", r"(?:have|take) a look at",
                r"get a load of", r"behold", r"i'?ll (?:post|share|drop)", r"let me (?:post|share|show you)",
                r"(?:had to|have to|got to|gotta|want to|wanted to|need to|must|going to|gonna) (?:share|post|show you)",
                r"(?:je dois|je voulais|je veux|il fallait que je|je tenais a) (?:vous )?(?:partager|poster|montrer|publier)",
                r"qui veut voir", r"quelqu'un veut voir", r"ca vous dit de voir", r"want to see", r"who wants to see", r"can i share", r"may i share", r"is it ok to (?:share|post)",
                r"je peux (?:partager|poster|publier)", r"puis-je (?:partager|poster|publier)", r"anyone want to see", r"wanna see", r"vous voulez voir",
                r"je vous fais voir", r"je vous transfere", r"reposting", r"je repartage", r"je republie", r"je (?:la|le|les) transfere", r"i'?m forwarding", r"forwarding"]
SHARE_AFTER = [r"dans les comm(?:entaire)?s?", r"dans le fil", r"dans le thread", r"in (?:the )?thread", r"sous le post",
               r"en reponse", r"in (?:the )?replies", r"en bio", r"in (?:my )?bio", r"du jour", r"of the day", r"ci-dessous", r"ci-joint", r"ci-contre", r"en pj", r"en piece jointe", r"en commentaires?",
               r"en comms?", r"en stor(?:y|ies|ie)", r"juste en dessous", r"plus bas", r"below", r"attached",
               r"in (?:the )?comments?", r"in (?:my )?stor(?:y|ies)", r"in the thread", r"👇", r"⬇️",
               r"\[(?:image|photo|video|img|pic|picture|x-ray|scan|ct)\]"]
NEG_BEFORE = ["aucune", "aucun", "pas de", "pas d'", "jamais", "sans", "ni", "no", "never", "without", "not",
              "don't", "do not", "n'", "ne", "interdit de", "evitez de", "avoid"]

NOT_ORAL = r"(?:[^\w ]|$| (?:[a-np-uw-z0-9]|v[^e]|o[^r]))"  # not followed by " verbal" or " oral"

contexts = {
  "_description": "Word lists for patient_image rules.",
  "patient_image_subject": {
    "description": "A person in care, or a lesion/wound/body finding, near a generic photo or video.",
    "terms": ["patient", "patiente", "pt", "pte", "malade", "dame", "la dame",
              "monsieur", "ce monsieur", "mamie", "papi", "papy", "bebe", "nourrisson", "lady", "old man",
              "old lady", "guy", "gars", "mec", "opere", "operee", "cas", "case",
              "plaie", "plaies", "lesion", "lesions", "ulcere", "ulcer", "ulcers", "escarre", "eruption",
              "erytheme", "rash", "wound", "wounds", "zona", "shingles", "gale", "scabies", "melanome",
              "melanoma", "tumeur", "tumor", "tumour", "abces", "abscess", "brulure", "burn", "cicatrice",
              "scar", "tatouage", "tattoo", "hematome", "bruise", "morsure", "bite", "gangrene", "necrose",
              "necrosis", "fracture", "luxation", "dislocation", "crise", "seizure", "convulsion",
              "corps etranger", "foreign body", "pied diabetique", "diabetic foot", "kyste", "cyst", "hernie",
              "hernia", "stomie", "stoma", "moignon", "stump", "greffe", "graft", "felon", "panaris",
              "pneumothorax", "avc", "stroke", "embolie", "infarctus", "stemi", "hemorragie", "bleed",
              "massacre", "regardez-moi", "post-op", "postop", "cicatrise", "cicatrisee",
              "healed", "healing", "laceration", "lacerations", "lacération", "sutured", "suture", "stitches", "points de suture", "pansement", "dressing", "tracheo", "stomie", "sonde", "drain", "look at that", "came in", "arrive", "arrivee", "debarque"],
    "patterns": [r"\b(?:box|lit|bed|bay|chambre|room)\s*\d+"]
  },
  "patient_image_not_patient": {
    "description": "The image is the author's own, a team/event picture, equipment, a drawing, a stock or teaching image, a simulation.",
    "patterns": [r"(?:^|[^\w\s]\s*|\b(?:[a-np-z0-9]\w*|o|o[a-mo-z]\w*|on\w+)\s+)my own\b",
                 r"\b(?:videos?|films?|clips?|capsules?|animations?|outils?|supports?|images?|photos?|schemas?|cas|cases?|illustrations?|fiches?)\s+(?:\w+\s+)?pedagogiques?\b",
                 r"\b(?:photos?|pics?|pictures?|images?|videos?|selfies?)\s+(?:de|of|with|avec)\s+(?:la|the|our|notre|cette|this|une?|an?|ma|my)\s+(?:nouvelle\s+|new\s+)?machine",
                 r"\bmachine\s+(?:toute\s+)?(?:neuve|new|flambant)",
                 r"\b(?:photos?|pics?|pictures?|selfies?|videos?)\s+(?:de\s+(?:toute\s+)?l'\s*|d'|of\s+(?:the|our|my)\s+|with\s+(?:the|our|my)\s+|avec\s+(?:l'|les|mes|nos)\s*)(?:equipe|team|collegues|colleagues|staff|residents|internes|co-?internes|externes|students|etudiants|promo)",
                 r"\b(?:team|group|staff|equipe|groupe|class)\s+(?:photos?|pics?|pictures?|selfies?)"],
    "terms": ["ma propre", "mon propre", "mes propres", "moi-meme", "myself", "c'est moi",
              "ma femme", "my wife", "ma conjointe", "my partner", "mon bebe", "my baby", "notre bebe", "our baby",
              "photo de groupe", "group photo", "congres", "congress", "conference", "symposium",
              "gala", "soiree", "party", "graduation", "remise des diplomes", "inauguration",
              "schema", "schemas", "dessin", "dessine", "dessinee", "diagram", "diagramme", "drawing", "drew",
              "illustration", "infographie", "infographic", "atlas", "banque d'images", "stock", "libre de droits",
              "royalty-free", "radiopaedia", "wikimedia", "creative commons", "d'un manuel", "dans un manuel", "from a textbook", "in a textbook",
              "for patients", "pour les patients", "pour vos patients", "for your patients", "to patients", "aux patients",
              "patient education", "education therapeutique", "how to", "explique", "explains", "explainer", "tuto",
              "tutorial", "webinar", "webinaire", "podcast", "interview", "educational video", "comment examiner",
              "how to examine",
              "genere par ia", "ai-generated", "mannequin", "pig foot", "pig's foot", "pig feet", "pigs feet", "pied de porc", "pied de cochon", "suture pad", "practice pad", "simulateur", "simulation", "sim lab", "fantome",
              "phantom", "modele anatomique", "anatomical model", "nouveau scanner", "nouvel appareil",
              "new scanner", "new machine", "nouvelle machine", "plateau d'imagerie", "appareil", "new cart", "wound care cart", "new trolley", "nouveau chariot", "nouveau chariot de soins", "drawers", "tiroirs", "new equipment", "nouveau materiel",
              "echographe", "mon fils", "ma fille", "mon enfant", "mes enfants", "mon mari", "ma femme", "mon conjoint",
              "ma conjointe", "my son", "my daughter", "my kid", "my kids", "my husband", "my wife", "my partner",
              "pas un patient", "not a patient", "pas une patiente", "no patients", "pas de patients", "sans patients", "aucun patient n'", "fleurs", "flowers", "bouquet", "gateau", "cake",
              "chocolats", "chocolates", "carte", "card", "cadeau", "gift", "thank-you note", "mot de remerciement"]
  },
  "patient_image_consent": {
    "description": "The patient's consent to the publication is stated (written, or not qualified); consent said to be verbal or oral does not count (TAXONOMY: written consent).",
    "terms": ["accord ecrit", "consentement ecrit", "autorisation ecrite", "consentement obtenu", "consentement signe",
              "written consent", "signed consent", "with permission", "with her permission", "with his permission",
              "with their permission", "consent obtained", "consent on file", "gave me permission",
              "gave permission", "permission to share", "permission to post"],
    # consent not qualified, unless the next word is "verbal"/"oral" ("avec son accord oral" does not count)
    "patterns": [r"\b(?:avec (?:son|leur|l'|le|la) ?(?:accord|consentement|autorisation)(?: (?:de la |du |des )?(?:patiente?s?|famille|parents?|mere|pere))?|(?:m'|nous )?(?:a|ont) donne (?:son|leur) (?:accord|consentement))" + NOT_ORAL,
                 r"\b(?:with (?:the |her |his |their |the patient's |the family's |the parents' |full )?consent|gave (?:me )?(?:their |her |his )?consent|(?:has|have|had) consented(?: to)?)" + NOT_ORAL,
                 r"\b(?:she|he|they|patient|parents|family|mum|mom|dad) consented\b"]
  },
  "patient_image_media": {
    "description": "An image is being shown: photo/video words, camera emojis, 'regardez', 'check out'.",
    "terms": ["photo", "photos", "pic", "pics", "picture", "pictures", "video", "videos", "vid", "snap", "snapchat", "polaroid",
              "photograph", "with image", "avec image", "image ci-dessous", "en images",
              "story", "stories", "reel", "image", "images", "cliche", "regardez", "regardez-moi", "admirez", "look at",
              "check out", "voici", "here's", "here is", "en pj", "ci-dessous", "ci-joint", "attached", "below", "swipe",
              "en story", "en comm", "en commentaire", "in the comments", "filme", "filmed", "photographie", "photographed"],
    "patterns": ["📷|📸|🎥|🤳|📹|👇|⬇️", "\\[(?:image|photo|video|img|pic)\\]"]
  },
  "patient_image_meta": {
    "description": "The post is about the rule itself (never post patient images), or about a secure clinical channel.",
    "terms": ["ne postez jamais", "ne publiez jamais", "ne partagez jamais", "ne jamais publier", "ne jamais poster",
              "ne jamais partager", "never post", "never share", "don't post", "do not post", "don't share",
              "do not share", "stop posting", "arretez de poster", "arretez de publier", "stop sending", "don't send", "do not send", "arretez de m'envoyer", "arretez de nous envoyer", "ne m'envoyez pas", "n'envoyez pas", "evitez de m'envoyer", "isn't an exam", "is not an exam", "n'est pas un examen", "ne remplace pas un examen", "interdit", "illegal",
              "violation du secret", "hipaa violation", "breach", "pose probleme", "posent probleme", "problematic",
              "sont problematiques", "are a problem", "violation", "confidentiality", "confidentialite",
              "secret professionnel", "secret medical", "use the secure", "utilisez l'appli", "appli securisee", "secure app", "rgpd", "gdpr", "dossier patient", "dans le dossier",
              "au dossier", "dossier medical", "tracabilite", "in the chart", "medical record", "ehr", "emr",
              "messagerie securisee", "secure messaging", "teleexpertise", "tele-expertise", "teledermatologie",
              "teledermatology", "not without written consent", "not without consent", "not without their consent", "not without her consent", "not without his consent",
              "pas sans consentement", "pas sans son accord", "pas sans l'accord", "pas sans autorisation", "told her no", "told him no", "i said no"]
  }
}

UNLESS = [
  {"terms": ["safety", "partenaire", "partenaires", "expert", "experts", "education", "experience", "experiences", "care",
             "centered", "centred", "portal", "advocacy", "advocate", "advocates", "association", "associations", "journey",
             "engagement", "voice", "voices", "rights", "droits", "day", "forum", "council", "representative",
             "representatives", "satisfaction", "information", "securite", "parcours", "temoignage", "temoignages",
             "testimonials", "resource", "resources", "ressources", "guide", "leaflet", "brochure"],
   "window": 20, "side": "after"},
  {"terms": ["stories", "story"], "window": 3, "side": "after"},
  {"lists": ["patient_image_not_patient"], "window": 80},
  {"lists": ["fiction"]},
  {"lists": ["patient_image_consent"]},
  {"lists": ["patient_image_meta"]},
  {"terms": NEG_BEFORE, "window": 20, "side": "before"},
]
UNLESS_NOCONSENT = [u for u in UNLESS if u.get("lists") != ["patient_image_consent"]]

A1 = alt(IMG_A1) + MOD + CONN_ANY + r"(?:" + DET + r")?(?:" + NEST + r"){0,2}" + alt(DET_CLOSE + r"(?:" + W + r"\s+){0,2}", PAT_ADJ) + r"?" + alt(PAT_ANCHOR) + r"\b"
A1b = alt(IMG_A1) + MOD + CONN_ANY + alt(PAT_ANCHOR) + r"\b"
A1d = alt(IMG_A1) + r"\s+" + W + r"\s+" + CONN_ANY + DET_CLOSE + alt(PAT_ANCHOR) + r"\b"
A1c = alt(IMG_A1) + MOD + alt(r"(?:de|of|from|on)\s+(?:la|le|cette|ce|l'|the|this|that)\s*", r"du\s+") + r"(?:" + W + r"\s+" + CONN_ANY + r"(?:la|le|cette|ce|l'|the|this|that)\s*)?" + r"(?:petite?|gamine?|bambin|bebe|nourrisson|little (?:one|guy|girl|boy|man)|kiddo|baby|toddler|infant|newborn|nouveau-ne)\b"
A2 = alt(IMG_ANY) + MOD + CONN_ANY + DET_NOTMINE + r"(?:" + NEST + r")?(?:" + W + r"\s+){0,2}?" + alt(LESION) + r"\b"
A2b = alt(IMG_ANY) + MOD + CONN_ANY + r"(?:" + NEST + r")?" + alt(LESION) + r"\b"
A3 = r"\b(?:pt|patient|patiente)'s\s+(?:" + W + r"\s+){0,2}" + alt(IMG_ANY) + r"\b"
# a body part or lesion OF a patient ("l'orteil de mon patient", "my patient's leg"), with an image word anywhere
BODY = [r"pieds?", r"orteils?", r"mains?", r"doigts?", r"bras", r"jambes?", r"genoux?", r"chevilles?", r"dos", r"ventre",
        r"visage", r"tetes?", r"yeux", r"oeil", r"peau", r"torse", r"poitrine", r"seins?", r"fesses?", r"nez", r"bouche",
        r"langue", r"dents?", r"oreilles?", r"cou", r"crane", r"cuir chevelu", r"ongles?", r"sexe", r"penis", r"vulve",
        r"abdomen", r"cicatrices?", r"feet", r"foot", r"toes?", r"hands?", r"fingers?", r"arms?", r"legs?", r"knees?",
        r"ankles?", r"back", r"belly", r"face", r"heads?", r"eyes?", r"skin", r"chest", r"breasts?", r"butt", r"nose",
        r"mouth", r"tongue", r"teeth", r"tooth", r"ears?", r"neck", r"scalp", r"nails?", r"genitals", r"abdomen", r"scars?"] + LESION
BODY_OF = r"\b" + alt(BODY) + r"\s+" + alt(r"(?:de|d'|du|des|of|on)\s*") + r"(?:" + DET + r")?" + r"(?:" + PAT_ADJ + r")?" + alt(PAT_ANCHOR) + r"\b"
CHILD = r"(?:petite?|gamine?|bambin|bebe|nourrisson|enfant|ado|adolescente?|kid|child|baby|toddler|infant|newborn|boy|girl)"
BODY_OF2 = r"\b" + alt(BODY) + r"\s+(?:de la|du|de l'|de ce|de cette|of the|of this|of that)\s*" + CHILD + r"\b"
KIN = r"(?:dad|mum|mom|mother|father|son|daughter|wife|husband|grandma|grandpa|grandmother|grandfather|brother|sister|baby|child|kid|uncle|aunt)"
BODY_KIN = r"\b(?:their|his|her|the|a)\s+" + KIN + r"'s\s+(?:" + W + r"\s+)?" + alt(LESION) + r"\b|\b" + alt(LESION) + r"\s+(?:de|du)\s+(?:son|sa|leur)\s+(?:pere|mere|fils|fille|mari|femme|epouse|epoux|grand-mere|grand-pere|bebe|enfant|frere|soeur|oncle|tante)\b"
BODY_POSS = r"\b(?:pt|patient|patiente|pts|patients)'s?\s+(?:" + W + r"\s+)?" + alt(BODY) + r"\b"
PERSON = r"(?:enfant|homme|femme|patiente?|nourrisson|adolescente?|jeune (?:homme|femme|fille|garcon)|bebe|garcon|fillette|fille|monsieur|dame|child|man|woman|boy|girl|patient|toddler|infant|teen(?:ager)?|baby|newborn|\d{1,2}[- ]?(?:year|yr|y)[- ]?old|\d{1,2} ?(?:yo|y/o|ans|mois|months?))"
A4 = alt(IMG_A1) + r"(?:\s+[^\s.!?]+){0,6}?\s+(?:chez (?:un|une|ce|cette|mon|ma|notre)|(?:in|on|from|of) (?:an?|my|this|our))\s+(?:" + W + r"\s+){0,2}?" + PERSON + r"\b"
A6 = alt(IMG_A1) + MOD + CONN_ANY + DET + r"(?:" + NEST + r")?" + W + r"\s+(?:(?:i|we)\s+(?:just\s+)?(?:saw|treated|examined|admitted|operated on|intubated|sutured|reviewed|looked after)|que (?:j'ai|nous avons|on a)\s+(?:vue?s?|soignee?s?|examinee?s?|operee?s?|recue?s?|suturee?s?|intubee?s?))\b"
ANCHORED = [r"\b" + A6, r"\b" + A4, r"\b" + A1d, r"\b" + A1, r"\b" + A1b, r"\b" + A1c, r"\b" + A2, r"\b" + A2b, A3]
# an image of "a patient's hip", "the pt's chest"
PAT_PART = [r"hip", r"knee", r"chest", r"skull", r"spine", r"hand", r"foot", r"leg", r"arm", r"abdomen", r"belly", r"lung",
            r"lungs", r"heart", r"brain", r"face", r"back", r"wrist", r"ankle", r"shoulder", r"pelvis", r"rectum", r"colon",
            r"bowel", r"wound", r"ulcer", r"rash", r"lesion", r"fracture", r"tumou?r", r"mass"]
A7 = alt(IMG_ANY) + r"[^.!?\n]{0,25}?\b(?:a|the|my|our|this|that|un|une) (?:patient|pt|patiente|patient's|pt's)(?:'s)?\s+(?:[a-z]+\s+){0,1}" + alt(PAT_PART)
# a birth or delivery filmed or photographed, a procedure filmed
BIRTH = r"\b(?:birth|delivery|labou?r|water birth|c-section|accouchement|naissance|cesarienne)\s+(?:videos?|vids?|footage|photos?|pics?|clips?)\b|\b(?:videos?|vids?|footage|clips?|photos?)\s+(?:de l'accouchement|de la naissance|de la cesarienne|of the (?:birth|delivery|c-section))\b"
FILMED = r"\b(?:filmed|recorded|videoed)\s+(?:that|the|this|a|his|her|their)\s+(?:[^\s.!?]+\s+){0,3}?(?:cannulation|intubation|reduction|resus|resuscitation|code|delivery|birth|procedure|surgery|operation|seizure|arrest|crash|debridement|amputation|reanimation|intervention|accouchement|crise|convulsion)\b"
# a patient named with a civil title ("Mrs. Patel's ulcer", "la main de M. Garnier")
TITLED = r"(?-i:(?:Mr|Mrs|Ms|Miss|Mx|M|Mme|Mlle|Madame|Monsieur)\.?\s+[A-Z](?:[a-z]+|\.))"
NAMED_PART = [r"main", r"jambe", r"pied", r"plaie", r"dos", r"visage", r"bras", r"genou", r"hanche", r"thorax", r"ventre",
              r"peau", r"cicatrice", r"oeil", r"bouche", r"dents", r"cheville", r"poignet", r"epaule", r"ulcere", r"escarre",
              r"lesion", r"eruption", r"tumeur", r"fracture", r"wound", r"ulcer", r"hand", r"foot", r"leg", r"back", r"face",
              r"arm", r"knee", r"hip", r"chest", r"skin", r"scar", r"rash", r"lesion", r"eye", r"mouth", r"teeth", r"ankle",
              r"wrist", r"shoulder", r"pressure sore", r"bedsore", r"burns?", r"tumou?r", r"fracture", r"x-?ray", r"scan",
              r"mri", r"ct", r"crise", r"seizure", r"convulsions?", r"irm", r"scanner", r"radio", r"echo", r"ultrasound", r"escarre"]
NAMED = alt(IMG_ANY) + r"(?:\s+[^\s.!?]+){0,3}?\s+(?:(?:of|from|de|du|d')\s*(?:(?:la|le|les|l'|the)\s*)?" + alt(NAMED_PART) + r"\s+(?:of|de|du|d')\s*" + TITLED + r"|(?:of|from)\s+" + TITLED + r"'s\s+(?:[a-z]+\s+)?" + alt(NAMED_PART) + r"\b)"

ADV = r"(?:\s+(?:ici|la|here|en dessous|rapidement|vite|again|now|quickly|juste|just|encore|aussi|also))?"
B1 = [r"\b" + alt(SHARE_BEFORE) + ADV + r"\s+(?:" + DET_NOTMINE + r")?(?:(?:petite?|little|quick|short|belle|beau|superbe|magnifique|joli|jolie|nice|great|classic|classique|typical|typique|" + QUAL + r")\s+){0,2}" + alt(IMG_CLIN) + r"\b",
      r"\b" + alt(IMG_CLIN) + r"\b(?:\s+" + W + r"){0,3}?\s*" + alt(SHARE_AFTER)]
B2 = [r"\b" + alt(SHARE_BEFORE) + ADV + r"\s+(?:" + DET_NOTMINE + r")?(?:(?:petite?|little|quick|short|belle|beau|superbe|magnifique|joli|jolie|nice|great)\s+)?" + alt(IMG_PHOTO, "images?") + r"\b",
      r"\b" + alt(IMG_PHOTO, "images?") + r"\b(?:\s+" + W + r"){0,3}?\s*" + alt(SHARE_AFTER)]
VERB = [r"film", r"photograph", r"record", r"video", r"snap", r"shoot", r"filmee?s?", r"photographiee?s?", r"enregistree?s?", r"prise? en photo", r"filmed", r"photographed",
        r"recorded", r"snapped", r"videoed", r"taped", r"filmer", r"photographier", r"filming", r"recording",
        r"snapping"]
EVENTS = [r"resuscitations?", r"reanimations?", r"codes?", r"intubations?", r"deliver(?:y|ies)", r"births?", r"accouchements?",
          r"naissances?", r"massages? cardiaques?", r"cpr", r"surger(?:y|ies)", r"operations?", r"interventions?",
          r"procedures?", r"consultations?", r"examens?", r"exams?", r"crises?", r"episodes?", r"malaises?", r"chutes?", r"falls?"]
D = [r"\b(?:filmed|filme|filmee|filmer|film|recorded|record|enregistre|enregistree|enregistrer|photographier|photograph|videoed|video|taped|livestreamed|streamed)\s+(?:the |la |le |l'|his |her |their |sa |son |ses |this |cette |ce )(?:whole |entire |toute la |tout le |entiere |complete )?" + alt(EVENTS) + r"\b",
     r"\b(?:pris|prise|prendre|prends|prenez|prenait|j'ai pris|took|take|taking|snapped|grabbed)\s+(?:" + DET + r")?(?:" + W + r"\s+){0,2}?" + alt(PAT_ANCHOR, LESION, BODY) + r"\s+(?:" + W + r"\s+){0,2}?(?:en (?:photo|video)|a (?:photo|pic|picture|video|snap)|on (?:video|camera))\b",
     r"\b" + alt(VERB) + r"\s+(?:" + DET + r")?" + alt(PAT_ANCHOR) + r"\b",
     r"\b" + alt(VERB) + r"\s+(?:" + DET + r")?" + W + r"\s+" + CONN_ANY + r"(?:" + DET + r")?" + alt(PAT_ANCHOR) + r"\b",
     r"\b" + alt(VERB) + r"\s+(?:" + DET_NOTMINE + r")?(?:" + W + r"\s+){0,2}" + alt(LESION) + r"\b"]
PROC = [r"rhinoplast(?:ie|y)", r"rhinos?", r"septo(?:plast(?:ie|y))?", r"blephs?", r"lipofilling", r"mommy makeover", r"lipo\w*", r"liposuccions?", r"liposuctions?", r"blepharoplast(?:ie|y)",
        r"abdominoplast(?:ie|y)", r"augmentation mammaire", r"breast (?:augmentation|lift|reduction)",
        r"lifting", r"facelift", r"tummy tuck", r"bbl", r"botox", r"injections?", r"fillers?",
        r"acide hyaluronique", r"greffe de cheveux", r"hair transplant", r"chirurgie", r"surgery", r"operations?",
        r"interventions?", r"traitement", r"treatment", r"laser", r"otoplast(?:ie|y)", r"genioplast(?:ie|y)",
        r"nose job", r"implants?", r"veneers?", r"facettes?", r"crowns?", r"couronnes?", r"aligners?", r"invisalign", r"braces",
        r"orthodont\w*", r"smile makeover", r"lip flip", r"patientes?", r"patients?"]
PROC_ONLY = [p for p in PROC if not p.startswith("patient")]
E2 = [r"\b(?:avant|before)\s*(?:/|-|&|vs\.?|➡️|➡|→|->|>|\|)\s*(?:apres|after)\b\s*[^\w\s]{0,6}\s*:?\s*\(?(?:[A-Za-z0-9'-]+[,.!)]?\s+\(?){0,10}?(?:" + alt(PROC_ONLY) + r"|(?:she|he|elle|il) (?:lost|a perdu|dropped|perdu)|(?:my|ma|mon|notre|our|this|cette|ce) (?:latest |derniere |dernier |new |nouvelle |nouveau )?(?:patient|patiente|client|cliente)s?|\d+\s?(?:kg|lbs?|pounds|kilos)\b)"]
E = [r"\b(?:avant ?(?:/|-|et)? ?apres|before ?(?:/|-|and|&)? ?after)\s*(?:" + alt(IMG_PHOTO, "images?", "resultats?", "results?", "shots?", "transformations?") + r"\s*)?(?::\s*)?(?:" + CONN_ANY + r")(?:" + DET + r")?(?:" + W + r"\s+){0,2}" + alt(PROC) + r"\b"]

# a wound, lesion or body part shown to the readers ('regardez-moi cette plaie', 'je vous montre l'escarre', 'sharing the burn on the hand')
LESION_SHOWN = [r"\b(?:regardez(?:-moi)?|regarde(?:-moi)?|jetez un (?:oeil|coup d'oeil) a|admirez|matez|voyez(?:-moi)?|look at|check out|get a load of|behold|feast your eyes on|(?:have|take) a look at)\s+(?:(?:la tronche|la taille|l'etat|l'aspect|la gueule|the size|the state|the look) (?:de|d'|of)\s*)?(?:ce|cet|cette|ces|this|these|that|those)\s+(?:" + W + r"\s+){0,2}?" + alt(LESION) + r"\b",
               r"\b(?:je vous (?:fais voir|montre|presente)|let me show you|i'?ll show you)\s+(?:" + DET_NOTMINE + r")(?:" + W + r"\s+){0,2}?" + alt(LESION) + r"\b",
               r"\b(?:here'?s|here is|this is|voici|voila|c'est) (?:what|a quoi|ce a quoi) (?:" + W + r"\s+){0,5}?" + alt(LESION) + r"\b(?:\s+" + W + r"){0,4}?\s+(?:looks like|ressemble)",
    r"\b(?:voici|voila|here'?s|here is|here are|sharing|posting|je vous (?:mets|poste|partage)|je (?:partage|poste|publie)|swipe (?:for|to see))\s+(?:" + DET_NOTMINE + r")(?:" + W + r"\s+){0,2}?" + alt(LESION) + r"\b(?:\s+" + W + r")?\s+(?:du|des|(?:de|d'|on|of|from)\s*" + DET + r")",
    # 'l'état de la main sur la photo', 'the rash in the pic'
    r"\b" + DET_NOTMINE + alt(BODY) + r"(?:\s+" + W + r"){0,2}?\s+(?:sur|dans|on|in)\s+(?:la|le|l'|cette|ce|the|this|that)\s*(?:photos?|pics?|pictures?|images?|videos?|clips?|cliches?|radios?|x-?rays?|scans?|scanners?|irm|mri)\b"]
# swipe to see a result ('Swipe to see the lip filler migration I corrected today')
SWIPE = r"\bswipe\s+(?:for|to see|pour voir)\s+(?:the|my|her|his|this|these|l'|le|la|les|ce|cette)\s*(?:" + W + r"\s+){0,3}?" + alt(PROC, LESION, r"results?", r"resultats?", r"transformations?", r"corrections?") + r"\b"
# a very old resident's birthday pictured ('our resident blowing out the candles on her 103rd birthday', '102 ans ... souffle ses bougies')
CENTENARIAN = [r"\b(?:9\d|1[01]\d)\s?(?:ans|years? old|yo|y/o)\b[^.!?\n]{0,60}?\b(?:souffle|soufflait|blowing out|blew out|blows out|bougies|candles|anniversaire|birthday)",
               r"\b(?:9\d|1[01]\d)(?:e|eme|th|rd|nd|st)\s+(?:anniversaire|birthday)"]

def ex(fire, quiet):
    return {"fire": fire, "quiet": quiet}

rules = [
 {"id": "image-of-patient",
  "description": "A photo, video, recording or imaging study OF a patient or of a patient's wound, lesion, rash, tattoo, seizure... ('photo de la plaie', 'video of the seizure', 'scanner de mon patient', 'photos of your worst ulcers').",
  "category": "patient_image",
  "patterns": ANCHORED + [A7, BIRTH, FILMED],
  "priority": 2, "unless_group": 1,
  "unless": UNLESS,
  "message": {"fr": "Photo ou imagerie d'un patient", "en": "Photo or scan of a patient"},
  "examples": ex([
     "Petite vidéo de l'accouchement de cette nuit, regardez-moi ça 😉",
     "Got a video of the shoulder reduction in bay 4, sending it to the group chat",
     {"text": "Avis des collègues : photo de sa plaie en PJ, le pied se dégrade", "match": "photo de sa plaie"},
     {"text": "Je vous mets la vidéo de la crise de ma patiente filmée par le mari", "match": "vidéo de la crise de ma patiente"},
     "Pour mon mémoire, envoyez-moi des photos de vos plus beaux zonas ophtalmiques en MP 🙏",
     "Look at this photo of the eruption on my patient's back from rounds, any ideas?",
     "Could anyone forward me the clip of the seizure the porter recorded in bay 3?",
     "Posting the MRI of a patient I admitted on Sunday, huge pontine bleed",
     "Posting photos of my patients' scars for the residents",
     "Radio du bassin de la dame arrivée hier soir, fracture du cotyle",
     "The photo of my pt's leg wound is in the comments, thoughts?",
     {"text": "Sharing the birth video from last night's water birth 💙 mum was a legend", "match": "birth video"},
     {"text": "If any of you filmed that crazy ECMO cannulation last month on your phone, send it my way pls", "match": "filmed that crazy ECMO cannulation"}],
    ["Atelier dermatoscopie : atlas d'images de l'éditeur, aucune photo de patient.",
     "Mon propre scanner de cheville après une glissade au ski, bimalléolaire 🙈",
     "Selfie de notre service aux journées de la SFMU 🎉",
     "Schéma récap des plaies chroniques que j'ai dessiné pour mes étudiants",
     "Érythème migrant, photo publiée avec l'accord écrit de la patiente",
     "Pensez à photographier la plaie à chaque pansement, dans le dossier patient",
     "Improving the image of the profession among patients starts with listening",
     "Je dois scanner les ordonnances des patients ce soir",
     "Photo de mon tatouage tout neuf 😍",
     "Video of the talk on patient safety is online now",
     "Vidéo de la conférence sur le patient expert en ligne 👇",
     "Photos de la journée des patients partenaires, merci à tous",
     "Birth video education: our midwives made a cartoon explaining each stage of labour."])},
 {"id": "image-of-named-patient",
  "description": "An image of a patient named with a civil title: \"the wound pic from Mrs. Patel's ulcer\", \"photo de la main de M. Garnier\" (a talk or a congress nearby stays quiet: that is a speaker).",
  "category": "patient_image",
  "pattern": NAMED,
  "unless": [{"lists": ["event"], "window": 60}, {"lists": ["patient_image_consent"]}, {"lists": ["fiction"]}],
  "examples": ex([
     {"text": "Uploading the wound pic from Mrs. Patel's sacral ulcer for anyone on the tissue viability team who missed rounds.", "match": "pic from Mrs. Patel's sacral ulcer"},
     {"text": "Photo de la main de M. Garnier à J10 de la réimplantation du pouce, cicatrisation superbe", "match": "Photo de la main de M. Garnier"}],
    ["Photo de la conférence de M. Garnier sur la main traumatique, amphi plein !",
     "Photos from Mr. Smith's retirement party at the clinic, 40 years of service!"]),
  "message": {"fr": "Photo ou imagerie d'un patient", "en": "Photo or scan of a patient"}},
 {"id": "clinical-image-shared",
  "description": "Says it shares an X-ray, CT, MRI, ultrasound, ECG... ('voici son scanner', 'here's his CT', 'photo de la radio ci-dessous'): such an image is a patient's unless it is the author's own, a teaching atlas or equipment.",
  "category": "patient_image",
  "patterns": B1,
  "priority": 1,
  "unless": UNLESS + [{"terms": ["machine", "appareil", "protocole", "protocol", "room", "salle", "suite", "unit", "unite", "service", "department", "waitlist", "liste d'attente", "delai", "delais", "appointment", "rendez-vous", "creneaux", "tech", "techs", "course", "formation", "quiz", "hopital", "chu", "hospital", "clinique", "du service",
                                "renovation", "renove", "renovee", "travaux", "nouveau", "nouvel", "new"], "window": 30, "side": "after"}],
  "message": {"fr": "Imagerie d'un patient publiée", "en": "A patient's imaging posted"},
  "examples": ex([
     {"text": "Regardez-moi ce pneumothorax 😱 voici son scanner, le pt est arrivé en marchant", "match": "voici son scanner"},
     "Corps étranger du jour 🙈 photo de la radio ci-dessous, je vous laisse deviner",
     "Check out this X-ray 😳 guy swallowed 14 magnets on a dare",
     "Here's his CT from this morning: massive saddle PE, thrombolysed",
     "Magnifique radio de thorax ci-dessous, pneumothorax complet !"],
    ["My own X-ray after falling off my bike 🙈 scaphoid fracture",
     "Voici le scanner du nouveau plateau d'imagerie, inauguration demain",
     "Here's the MRI protocol we use for suspected cauda equina",
     "Radio de thorax tirée d'un atlas libre de droits pour illustrer le signe de la silhouette"])},
 {"id": "patient-photo-shared",
  "description": "Says it shares (or asks for) a photo or video, with a patient, a lesion or a care scene nearby ('je mets la photo en commentaire', 'photos en comm', 'posting a short video').",
  "category": "patient_image",
  "patterns": B2,
  "context": {"lists": ["patient_image_subject"], "window": 120},
  "unless": UNLESS,
  "message": {"fr": "Photo ou vidéo d'un patient", "en": "Photo or video of a patient"},
  "examples": ex([
     {"text": "Jetez un œil à cette escarre sacrée 😬 je mets la photo en commentaire. Hydrofibre ?", "match": "photo en commentaire"},
     "Ptdr le piercing du monsieur vu en ORL 😂 photos en comm",
     "Posting a short video from clinic today: the patient's tremor is classic"],
    ["Photo de groupe avec l'équipe des urgences 🎉 merci à tous",
     "Check out this video on how vaccines work, great for patients",
     "Voici la photo de notre nouvel échographe, enfin arrivé au service 📸"])},
 {"id": "patient-filmed",
  "description": "Says the author (or someone) filmed, photographed or recorded a patient or a patient's lesion.",
  "category": "patient_image",
  "patterns": D,
  "unless": UNLESS,
  "message": {"fr": "Patient filmé ou photographié", "en": "Patient filmed or photographed"},
  "examples": ex([
     {"text": "J'ai filmé la marche de mon patient en consult, ataxie cérébelleuse pure", "match": "filmé la marche de mon patient"},
     "Recorded my pt's heart sounds on my phone, listen to that click 🔊",
     "Snapped the rash before it faded, textbook urticaria"],
    ["Le consentement écrit est indispensable avant de filmer un patient, c'est la loi (interdit sinon).",
     "We filmed a short video for patients about inhaler technique"])},
 {"id": "patient-body-shown",
  "description": "A body part or lesion of a patient ('l'orteil de mon patient', 'my patient's leg') in a post that shows an image (photo word, camera emoji, 'regardez').",
  "category": "patient_image",
  "patterns": [BODY_OF, BODY_OF2, BODY_POSS, BODY_KIN],
  "context": {"lists": ["patient_image_media"], "window": 150},
  "unless": UNLESS,
  "message": {"fr": "Photo du corps d'un patient", "en": "Photo of a patient's body"},
  "examples": ex([
     {"text": "Snapchat du jour : l'orteil de mon patient diabétique, noir jusqu'à la 2e phalange 😬", "match": "orteil de mon patient"},
     "Trop fière de la cicatrice de mon opérée, regardez comme c'est propre ! 📸"],
    ["La cicatrice de ma patiente a bien guéri, elle est ravie.",
     "Yes, that's my foot on the X-ray: Jones fracture, I'm aware of the irony.",
     "Vidéo pédagogique : comment examiner le genou du patient en 5 minutes"])},
 {"id": "image-speaks-for-itself",
  "description": "An image of a case shown implicitly: 'la radio parle d'elle-même', 'the scan says it all', 'r'gardez-moi ça' with an imaging word.",
  "category": "patient_image",
  "patterns": [r"\b(?:la|le|les|sa|son|ses|cette|ce|ces|mon|ma|the|this|his|her|that)\s+(?:" + alt(IMG_CLIN, IMG_PHOTO) + r")\s+(?:parle d'elle-meme|parlent d'elles-memes|parle d'lui-meme|parle de lui-meme|dit tout|says it all|speaks for itself|speak for themselves|tells the whole story)\b"],
  "unless": UNLESS,
  "context": {"terms": ["😂", "🤣", "😱", "😳", "🤯", "🙈", "lol", "lmao", "mdr", "ptdr", "regardez", "r'gardez", "look", "check", "voici", "here", "guess", "devinez", "swears", "jure", "claims", "pretend"], "window": 0},
  "message": {"fr": "Imagerie de patient montrée", "en": "A patient's imaging shown"},
  "examples": ex(["Le monsieur jure qu'il a avalé ça par accident 😂 le scanner parle de lui-même #urgences",
                  "He swears he 'slipped'. The X-ray speaks for itself 😂"],
                 ["Les chiffres parlent d'eux-mêmes : 30 % de passages en moins cet été.",
                  "Le scanner parle de lui-même : pas de saignement, on rassure la famille.",
                  "This CT protocol speaks for itself in the audit: fewer repeat scans."])},
 {"id": "lesion-shown",
  "description": "Shows a wound, lesion or finding to the readers ('regardez-moi cette plaie', 'je vous fais voir la plaie', 'look at this rash').",
  "category": "patient_image",
  "patterns": LESION_SHOWN,
  "unless": UNLESS + [{"terms": ["si", "if", "consultez", "consult", "see your", "voyez votre", "surveillez", "chaque jour", "tous les jours", "every day", "daily", "signes", "signs", "symptomes", "symptoms", "apprenez", "learn"], "window": 60}],
  "message": {"fr": "Lésion de patient montrée", "en": "A patient's lesion shown"},
  "examples": ex([
     {"text": "Je vous fais voir la plaie de mon patient après 3 semaines de VAC, ça bourgeonne enfin !", "match": "Je vous fais voir la plaie"},
     "Look at this rash, never seen anything like it 👀"],
    ["Regardez la cicatrice chaque jour : si elle rougit ou coule, consultez.",
     "Voici l'escarre de stade 3 telle que décrite dans la classification NPUAP.",
     "Sharing the burn care protocol of our unit, feedback welcome.",
     "Look at the rash before prescribing antibiotics: is it really cellulitis?"])},
 {"id": "imaging-described-as-shown",
  "description": "'This 45M's chest X-ray shows...', 'cette radio montre...': an imaging study presented to the readers.",
  "category": "patient_image",
  "patterns": [r"\b(?:this|ce|cette|cet)\s+(?:" + W + r"\s+){0,2}?(" + alt(IMG_CLIN) + r")\s+(?:" + W + r"\s+){0,4}?(?:shows?|showing|montre|demonstrates?|reveals?|with a|avec une?)\b",
               r"\b\d{1,3}\s?(?:yo|y/o|yr|y)?\s?(?:[MFmf]|male|female|man|woman|h|f)'s\s+(?:" + W + r"\s+){0,2}?(" + alt(IMG_ANY) + r")\b"],
  "group": 1,
  "unless": UNLESS + [{"terms": ["protocol", "protocole", "technique", "study", "etude", "trial", "essai", "machine", "scanner", "appareil", "guideline", "recommandation"], "window": 30, "side": "after"}],
  "message": {"fr": "Imagerie d'un patient publiée", "en": "A patient's imaging posted"},
  "examples": ex(["Teaching point with image: this 45M's chest X-ray from my ED shift shows a classic Hampton's hump.",
                  "Cette radio de thorax montre un pneumothorax complet, patient de 20 ans."],
                 ["This CT protocol shows a 30% dose reduction in our audit."])},
 {"id": "audio-shared",
  "description": "Plays a patient's sounds to the readers ('je vous fais écouter le souffle de mon patient', 'listen to my patient's stridor').",
  "category": "patient_image",
  "patterns": [r"\b(?:je vous fais (?:ecouter|entendre)|ecoutez(?:-moi)?|listen to|have a listen to|take a listen to)\s+(?:" + DET + r")?(?:" + W + r"\s+){0,3}?(souffles?|bruits?|murmurs?|stridor|wheez\w*|sibilants|crepitants|crackles|toux|cough(?:ing)?|respiration|breathing|breath sounds|heart sounds|bruits du coeur|voix|voice|cris?|cry(?:ing)?|hallucinations|delire|rales?|gasping|gasps)\b"],
  "group": 1,
  "context": {"lists": ["patient_image_subject"], "window": 100},
  "unless": UNLESS,
  "message": {"fr": "Enregistrement d'un patient", "en": "Recording of a patient"},
  "examples": ex(["Je vous fais écouter le souffle de mon patient (enregistrement au stétho connecté), RA serré ?"],
                 ["Écoutez ce podcast sur les souffles cardiaques chez l'enfant, très pédagogique."])},
 {"id": "patient-photographed-pronoun",
  "description": "'Il m'a laissé le prendre en photo', 'je l'ai filmée': a person filmed or photographed, with a patient mentioned nearby.",
  "category": "patient_image",
  "patterns": [r"\b(?:le|la|les|l')\s*(?:prendre en (?:photo|video)|filmer|photographier|enregistrer|pris en photo|prise en photo|ai filmee?s?|ai photographiee?s?|ai enregistree?s?|avons filmee?s?)\b",
               r"\b(?:let me|allowed me to|i|we)\s+(?:film|filmed|photograph|photographed|record|recorded|video|videoed|snap|snapped)\s+(?:him|her|them)\b"],
  "context": {"lists": ["patient_image_subject"], "window": 80},
  "unless": UNLESS,
  "message": {"fr": "Patient filmé ou photographié", "en": "Patient filmed or photographed"},
  "examples": ex(["Mon patient m'a laissé le prendre en photo pendant sa crise d'urticaire géante, je vous montre 😳",
                  "My patient let me film her during the episode, posting it for the neuro crowd"],
                 ["Ma fille m'a laissé la prendre en photo avec son diplôme 🎓"])},
 {"id": "before-after-photos",
  "description": "Before/after pictures of a procedure or of patients ('avant/après d'une rhinoplastie').",
  "category": "patient_image",
  "patterns": E + E2 + [SWIPE],
  "unless": UNLESS,
  "message": {"fr": "Photos avant/après d'un patient", "en": "Before/after photos of a patient"},
  "examples": ex([
     {"text": "Avant/après d'une blépharoplastie faite dans mon cabinet 👁️✨", "match": "Avant/après d'une blépharoplastie"},
     "Before and after results of my latest facelift 😍",
     "Avant ➡️ après 😍 lifting cervical réalisé la semaine dernière",
     "Before → After: 10 weeks into my program, she lost 15 kg! DM to book.",
     "Avant / après de samedi dernier (rhino ultrasonique), je vous laisse juger"],
    ["Lavez-vous les mains avant et après chaque soin",
     "Before and after the procedure, check the pulses",
     "Avant/après de la réforme : le nombre de passages n'a pas changé",
     "Before → after the new triage protocol: median wait down 40 minutes.",
     "Avant et après chaque injection, désinfectez la peau."])},
 {"id": "centenarian-birthday-pictured",
  "description": "A very old resident's birthday in a post that shows a picture ('our resident blowing out the candles on her 103rd birthday 🎂 pic', '102 ans, qui souffle ses bougies, photo ci-dessous'): a care-home resident pictured is a patient image, party or not.",
  "category": "patient_image",
  "patterns": CENTENARIAN,
  "context": {"terms": ["photo", "photos", "pic", "pics", "picture", "pictures", "pictured", "video", "videos", "snap", "snapped", "selfie", "photographie", "photographiee", "filme", "filmee", "filmed", "photographed"], "window": 0},
  "unless": [{"lists": ["fiction"]}, {"lists": ["patient_image_consent"]}, {"lists": ["patient_image_meta"]},
             {"terms": ["staff only", "pas de patients", "pas de residents", "no patients", "no residents", "personnel seulement", "sans patients", "without patients",
                        "ma grand-mere", "mon grand-pere", "ma mamie", "mon papi", "my grandma", "my grandmother", "my grandpa", "my grandfather", "my nan", "ma mere", "mon pere", "my mom", "my mum", "my mother", "my dad", "my father"], "window": 0},
             {"terms": ["hospital", "hopital", "clinic", "clinique", "service", "unit", "unite", "department", "association", "foundation", "fondation", "school", "ecole", "faculte", "faculty", "society", "societe", "journal", "revue",
                        "founder", "fondateur", "fondatrice", "dr", "docteur", "doctor", "pr", "professeur", "professor", "colleague", "collegue", "mentor", "retired", "retraite"], "window": 40}],
  "message": {"fr": "Photo d'un résident ou d'un patient", "en": "Photo of a resident or patient"},
  "examples": ex([
     {"text": "Snapped a pic of our resident blowing out the candles on her 103rd birthday cake 🎂 going up on the home's page!", "match": "103rd birthday"},
     "Notre doyenne, 101 ans, a soufflé ses bougies ce matin 🎂 photo ci-dessous !"],
    ["Happy 100th birthday to our hospital! Photos of the staff celebration below 🎉",
     "Ma grand-mère fête ses 95 ans aujourd'hui, photo de famille 📸"])},
 {"id": "image-sent-somewhere",
  "description": "A clinical picture or video posted or about to be posted somewhere others see it: 'I'll drop the images in the group chat', 'pic in the comments', 'check my close friends story', 'scanner de X en PJ', 'video from resus last night', 'swipe for the before'.",
  "category": "patient_image",
  "patterns": [
    r"\b(" + alt(IMG_A1) + r"\s+(?:(?:are|is|will be|goes|go|sont|est|sera|seront|up|now)\s+){0,2}(?:in|on|to|into|dans|sur|en)\s+(?:the\s+|our\s+|my\s+|le\s+|la\s+|les\s+|notre\s+|mon\s+|ma\s+)?(?:group ?chat|whatsapp|teams|slack|discord|close friends(?: story)?|stor(?:y|ies)|insta(?:gram)?|snap(?:chat)?|comments?|replies|commentaires?|groupe whatsapp|conversation|thread|fil))\b",
    r"\b((?:drop|post|put|share|send|upload|dump|mettre|poster|partager|envoyer|balancer)\w*\s+(?:the\s+|his\s+|her\s+|their\s+|les\s+|ses\s+|des\s+)?" + alt(IMG_A1) + r")\s+(?:in|on|to|into|dans|sur|en)\s+(?:the\s+|our\s+|my\s+|le\s+|la\s+|les\s+|notre\s+|mon\s+)?(?:group ?chat|whatsapp|teams|slack|discord|close friends|stor(?:y|ies)|insta|snap|comments?|groupe)",
    r"\b(" + alt(IMG_A1) + r"(?:\s+[^\s.!?]+){0,7}?\s+(?:en pj|en piece jointe|ci-joint|ci-jointe?s))\b",
    r"\b((?:videos?|vids?|clips?|footage|photos?|pics?)\s+(?:from|of|du|de la|des)\s+(?:the\s+)?(?:resus|trauma bay|cath lab|theatre|theater|icu|deliv(?:ery)? suite|labou?r ward|bloc|dechoc|deshoc|reanimation|rea|salle de naissance|salle d'accouchement))\b",
    r"\b(swipe\s+(?:for|to see|pour voir|pour)\s+(?:the\s+|l'|le\s+|les\s+)?(?:before|after|results?|avant|apres|resultats?))\b",
    r"\b((?:envoyez|envoie|envoyer|send|dm|text|whatsapp)\w*[- ]?(?:moi|me|nous|us)?\s+(?:par\s+\w+\s+|on\s+\w+\s+|via\s+\w+\s+)?(?:les\s+|vos\s+|des\s+|tes\s+|a\s+|your\s+|some\s+)?(?:photos?|pics?|pictures?|images?|videos?)\s+(?:de\s+(?:vos|votre|tes|ton|ta)|of\s+(?:your|the))\s+(?:grains? de beaute|boutons?|plaies?|lesions?|taches?|eruptions?|moles?|rash(?:es)?|wounds?|spots?|lumps?|skin|peau|dents|teeth|seins?|breasts?|parties|genitals?))\b",
  ],
  "group": 1,
  "unless": UNLESS + [{"lists": ["event"], "window": 60}, {"terms": ["charity", "fun run", "fundraiser", "party", "soiree", "fete", "gala", "team photo", "photo d'equipe", "conference", "congres", "congress", "meeting", "programme", "program", "agenda", "affiche", "poster", "flyer"], "window": 60}],
  "message": {"fr": "Image de patient partagée", "en": "Patient image shared"},
  "examples": ex([
     {"text": "CT from tonight's trauma call is wild — fully transected spleen, I'll drop the images in the group chat for reg teaching.", "match": "images in the group chat"},
     {"text": "Video from resus last night: watch the moment we got ROSC on the 60-year-old 🎥", "match": "Video from resus"},
     {"text": "Scanner cérébral du patient du box 4 en PJ, AVC ou tumeur ?", "match": "Scanner cérébral du patient du box 4 en PJ"},
     {"text": "Lip flip + filler results on my lovely client 🥰 Swipe for the before.", "match": "Swipe for the before"},
     {"text": "Envoyez-moi par WhatsApp les photos de vos grains de beauté et je vous dirai s'il faut s'inquiéter 😉", "match": "Envoyez-moi par WhatsApp les photos de vos grains de beauté"}],
    ["Photos from the conference in the group chat, thanks everyone for coming!",
     "Le programme du congrès est en PJ, inscriptions ouvertes.",
     "Video from the ICU nurses' charity run is on our story 🏃",
     "Please don't send me photos of your moles: book an appointment with a dermatologist."])},
 {"id": "patient-image-consented",
  "description": "A patient image posted with the patient's written consent stated: a low-severity reminder (de-identify fully, check the consent covers social media).",
  "category": "patient_image",
  "severity": "low", "unless_group": 1,
  "patterns": ANCHORED + B1 + E + E2 + [SWIPE, NAMED, BIRTH] + LESION_SHOWN + CENTENARIAN + [r"\b" + alt(IMG_PHOTO, IMG_CLIN, "images?") + r"\b(?:\s+" + W + r"){0,3}\s+(?:publiee?s?|partagee?s?|postee?s?|diffusee?s?|posted|shared|published)\b"],
  "context": {"lists": ["patient_image_consent"]},
  "unless": UNLESS_NOCONSENT,
  "message": {"fr": "Image de patient (consentement indiqué)", "en": "Patient image (consent stated)"},
  "why": {"fr": "Le consentement écrit est nécessaire mais ne suffit pas toujours : l'image doit être entièrement anonymisée (visage, tatouages, décor, métadonnées) et le consentement doit couvrir une publication sur les réseaux.",
          "en": "Written consent is necessary but not always enough: the image must be fully de-identified (face, tattoos, background, metadata) and the consent must cover posting on social media."},
  "suggestion": {"fr": "Vérifiez que le consentement couvre cette publication et que rien ne permet de reconnaître le patient.",
                 "en": "Check that the consent covers this post and that nothing in the image can identify the patient."},
  "examples": ex([
     {"text": "Érythème migrant typique, photo publiée avec l'accord écrit de la patiente.", "match": "photo publiée"},
     "Before and after photos of my patient's burn grafts, 6 weeks apart. Shared with her written consent."],
    ["Photo de la plaie de ma patiente, vos avis ?",
     "Aucune photo de patient sans consentement écrit, c'est la règle."])},
]
write("patient_image", "images.json", "Photos, videos, recordings and imaging of patients (TAXONOMY: patient_image).", rules, contexts)
