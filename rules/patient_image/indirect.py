#!/usr/bin/env python3
"""Generates indirect.json: patient images offered through another channel or shown indirectly
("DM me for the pic", "story en ligne", "je le mets en réponse 👇", "uploaded the clip to our group
drive", "the first image is week 1"). A rule fires on an image word and a channel or offer within one
stretch of text, with a patient, a lesion or a care scene in the post. Run
`python3 rules/patient_image/indirect.py` after editing."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "scripts"))
import rulegen  # noqa: E402
from rulegen import alt  # noqa: E402

IMG = alt(r"photos?", r"pics?", r"pictures?", r"pix", r"snaps?", r"videos?", r"vids?", r"clips?", r"footage",
          r"recordings?", r"enregistrements?", r"films?", r"images?", r"cliches?", r"radios?", r"rx", r"x-?rays?",
          r"scanners?", r"scans?", r"ct", r"irm", r"mri", r"echos?", r"ecgs?", r"ekgs?", r"selfies?", r"stor(?:y|ies)",
          r"carrousel", r"carousel", r"reels?",
          r"(?:progression|serial|follow-up|suivi|before|after|avant|apres|progress|healing|wound|clinical|cliniques?|evolution) (?:shots?|photos?|pics?|images?)",
          r"(?:got|took|grabbed|snapped|a few|some|couple of|quelques) (?:good |great |quick )?shots",
          r"(?:i|we|j'ai|on a|je l'ai|je les ai) (?:\w+ )?(?:filmed|filme|filmee?s?|photographed|photographiee?s?|recorded|enregistree?s?)")
# a channel other than the post itself, or an offer to pass the image on
CHANNEL = alt(r"dm (?:me|moi)", r"dms?\b", r"in (?:the |my |your )?dms?", r"en (?:mp|dm|prive)", r"par (?:mp|dm|message prive)",
              r"(?:un|en|a|par) mp\b", r"message prive", r"private message", r"privately", r"in private", r"en inbox", r"inbox (?:me|moi)",
              r"story en ligne", r"en story", r"(?:on|in|to) (?:my |our )?(?:close friends?|private|priv|secret) stor(?:y|ies)", r"(?:sur|dans) (?:ma|mes) stor(?:y|ies)(?: privee?s?| amis proches)?",
              r"close friends", r"amis proches", r"air-?drop\w*", r"(?:into|in|dans) (?:my|mes|mon|ma) (?:teaching |talk |lecture )?(?:deck|slides|diapos?|diaporama|powerpoint|ppt|presentation|cours)", r"(?:tourne|circule|circulates|going around|doing the rounds)", r"text me", r"texte-moi", r"textez-moi", r"message me", r"hit me up", r"ping me", r"ecris-moi", r"ecrivez-moi", r"envoie-moi un (?:texto|sms|message)",
              r"envoyez-moi un (?:texto|sms|message)", r"si (?:ca )?(?:vous )?interesse", r"if (?:you'?re |anyone'?s )?interested", r"ask (?:me )?if you want", r"demandez-(?:la|le|les)-moi", r"en prive", r"dans (?:ma|mes) stor(?:y|ies)", r"in (?:my |our )?stor(?:y|ies)", r"stor(?:y|ies) (?:en ligne|is up|up now)",
              r"(?:groupe|group) (?:whatsapp|messenger|telegram|signal|snap|chat|drive)", r"whatsapp", r"telegram",
              r"group ?chat", r"(?:group|shared|team|our|the) drive", r"google drive", r"dropbox", r"wetransfer",
              r"en reponse", r"in (?:the )?replies", r"in (?:the )?comments", r"en comm(?:entaire)?s?", r"dans les comm(?:entaire)?s?",
              r"carrousel", r"carousel", r"swipe", r"ci-dessous", r"below",
              r"(?:sending|send|sent|texting|text|forward|forwarding) (?:it|them|this|that) (?:to you|over|your way)",
              r"(?:je vous|je te|i'?ll|i can|i will|happy to|glad to) (?:le |la |les |l')?(?:passe|envoie|transfere|mets|send|forward|share|dm)",
              r"je vous (?:le|la|les) mets", r"je (?:le|la|les) mets",
              r"je (?:vous |te )?(?:les?|la) (?:montre|montrerai|passe|balance|envoie)", r"(?:i'?ll|i can|i will|happy to|gonna|going to) (?:show|throw|drop|post|send|put|stick|pop|share|upload|forward)\b",
              r"(?:is|are|was|were) (?:saved|stored|uploaded|up|posted|pinned|kept)\b", r"je (?:la|le|les) garde", r"pour (?:le|la) (?:prochain |prochaine )?(?:staff|rmm|reunion|visite)", r"will (?:post|send|share|drop|put|upload|forward|show)\b", r"(?:j'ai|on a) (?:garde|sauvegarde|enregistre|mis de cote)", r"i (?:kept|saved|stored|grabbed)",
              r"sur (?:mon|le) (?:tel|telephone|portable|phone)", r"on my (?:phone|camera roll|cell)", r"dans (?:ma|la) pellicule", r"sur demande", r"on request", r"a qui veut", r"pour qui veut",
              r"(?:for|to) (?:whoever|anyone|anybody) (?:who|wants|is)", r"pour ceux qui (?:veulent|voudraient|le souhaitent)", r"for those who (?:want|asked)", r"dispo (?:pour|sur|en)",
              r"(?:in|on|to|into|sur|dans) (?:our|the|my|le|la|mon|ma|notre|nos) (?:[\w'-]+ ){0,2}?(?:discord|slack|teams|folder|dossier partage|repertoire|server|serveur|cloud|channel|canal|chat|groupe|group|staff|m&m|rmm)\b", r"uploaded", r"j'ai (?:mis|depose|charge|upload)e?",
              r"for the (?:pic|photo|vid|video|clip|image)s?", r"pour (?:la|les) (?:photo|video|image|radio)s?",
              r"password", r"mot de passe", r"don'?t forward", r"ne (?:la |le |les )?(?:transferez|partagez) pas", r"pas ici",
              r"not (?:posting|putting) (?:it|them) here", r"elle disparait", r"disappears")
# A channel word starts a word ("retourne" is not "tourne"); the arrows need no boundary.
CHANNEL_AT = r"(?:\b" + CHANNEL + r"|👇|⬇️|➡️)"
SEP = r"[^\n]{0,130}?"
# a series of images of one patient over time ("the first image is week 1", "photo 1 : J0")
SERIES = [r"\b(?:first|last|second|third|next|final|1st|2nd|3rd|premiere|derniere|deuxieme|seconde)\s+(?:image|photo|pic|picture|slide|cliche)s?\s+(?:is|was|shows|est|montre|:|=|-)\s*(?:(?:at|from|a|au|en|of)\s+)?(?:day|week|month|jour|semaine|mois|j|d|s|w|m)\s?\d",
          r"\b(?:image|photo|pic|picture|cliche)s?\s+(?:avant|apres|before|after)\s*/\s*(?:avant|apres|before|after)\s+(?:parlent|speak|say|disent|montrent|show)"]

NOT_PATIENT = {"lists": ["patient_image_not_patient"], "window": 80}
UNLESS = [NOT_PATIENT, {"lists": ["fiction"]}, {"lists": ["patient_image_consent"]}, {"lists": ["patient_image_meta"]},
          {"terms": ["aucune photo", "aucun cliche", "pas de photo", "no photo", "no photos", "no pics", "no images", "never post", "jamais de photo",
                     "no patient images", "no patient photos", "no patient pictures", "aucune photo de patient", "aucune image de patient", "pas de photo de patient",
                     "can't diagnose", "cannot diagnose", "can not diagnose", "won't diagnose", "ne peux pas diagnostiquer", "je ne diagnostique pas",
                     "pas besoin d'irm", "pas besoin de radio", "pas besoin de scanner", "pas besoin d'imagerie", "no need for an mri", "no need for imaging", "no need for an x-ray", "no need for a scan",
                     "lien en bio", "link in bio", "webinaire", "webinar", "replay", "podcast", "conference", "live", "inscription", "register",
                     "recette", "recipe", "vacances", "vacation", "holiday", "mon chat", "my cat", "my dog", "mon chien",
                     "video of how", "video on how", "explainer", "tutorial", "tutoriel", "animation", "infographic", "infographie",
                     "video explicative"], "window": 0}]
SUBJECT = {"lists": ["patient_image_subject"], "terms": ["finding", "trouvaille", "consult", "derm", "garde", "shift", "urgences", "er", "ed", "bloc", "or", "theatre", "degloving", "reduction", "fracture ouverte", "open fracture", "ulcere", "pigmentee", "pigmented", "relève", "releve", "zoster", "herpes", "debridement", "fasciitis", "fasciite", "pneumothorax", "drain", "surgery", "chirurgie", "foreign body", "luxation", "genou", "knee", "sacral", "sacrum", "granulation", "patientes", "patients", "my pt", "mon pt", "sa plaie", "son ulcere"], "window": 250}

rules = [
 {"id": "image-offered-elsewhere",
  "description": "An image word and another channel or an offer to pass it on ('DM me for the pic', 'story en ligne', 'je vous passe le cliché en MP', 'uploaded the clip to our group drive', 'je le mets en réponse 👇'), with a patient, a lesion or a care scene in the post: the image is still a patient's, whatever the channel.",
  "category": "patient_image",
  "patterns": [r"\b" + IMG + r"\b" + SEP + "(" + CHANNEL_AT + ")", "(" + CHANNEL_AT + ")" + SEP + r"\b" + IMG + r"\b",
               r"\b(stor(?:y|ies) en ligne|en story|in (?:my |our )?stor(?:y|ies)|stor(?:y|ies) (?:is |are )?up(?: now)?)\b"],
  "group": 1,
  "context": SUBJECT,
  "unless": UNLESS,
  "message": {"fr": "Image de patient proposée par un autre canal", "en": "A patient's image offered through another channel"},
  "why": {"fr": "Une photo, une vidéo ou une imagerie de patient reste couverte par le secret, qu'elle soit publiée, envoyée en message privé, mise en story ou déposée sur un groupe : seul un canal clinique sécurisé, avec consentement, convient.",
          "en": "A patient's photo, video or imaging stays confidential whether it is posted, sent by DM, put in a story or dropped in a group drive: only a secure clinical channel, with consent, will do."},
  "examples": {"fire": [{"text": "wildest derm finding of my career today. not posting it here obvs but DM me for the pic 👀"},
                        {"text": "Lésion pigmentée vue en consult tout à l'heure. Story en ligne pour les internes 👀"},
                        {"text": "Pour ceux qui voulaient voir la fracture ouverte : envoyez-moi un MP, je vous passe le cliché"},
                        {"text": "The degloving injury from the weekend: I've uploaded the clip to our group drive, don't forward."},
                        {"text": "Le rx pulmonaire de mon patient de cet aprèm, un vrai manuel. Je le mets en réponse 👇"}],
               "quiet": ["Le replay du webinaire sur les plaies chroniques est en ligne, lien en bio 👇",
                         "@DrMaxSante retourne à tes vidéos de danse au lieu de commenter les urgences",
                         "Short explainer video on how we plan a knee replacement, references in the comments",
                         "DM me for the slides of my talk on wound care, happy to share",
                         "Photos du congrès dans ma story 📸 merci à tous les participants",
                         "Never post a patient's photo, not even in a private group or in DMs."]}},
 {"id": "image-series-of-patient",
  "description": "A series of images of one case over time ('the first image is week 1, the last week 12', 'images avant/après parlent d'elles-mêmes').",
  "category": "patient_image",
  "patterns": SERIES,
  "context": SUBJECT,
  "unless": UNLESS,
  "message": {"fr": "Série d'images d'un patient", "en": "A series of images of a patient"},
  "examples": {"fire": [{"text": "Remarkable healing journey: the first image is week 1, the last is week 12. Our wound care protocol works."},
                        {"text": "Ulcère du pied diabétique : les images avant/après parlent d'elles-mêmes, la patiente était ravie."}],
               "quiet": ["Our protocol in slides: the first image is week 1 of the curriculum, the last week 12 of the residency program."]}},
]
rulegen.write(HERE, "patient_image", "indirect.json", "Patient images offered through another channel or shown indirectly (TAXONOMY: patient_image).", rules)
