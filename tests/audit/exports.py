#!/usr/bin/env python3
"""Synthetic account exports for `secretum audit`, in the real layouts of the three sites.

Every person, post and number here is invented. The layouts follow the real exports:
  X/Twitter archive   data/tweets.js ("window.YTD.tweets.part0 = [...]"), data/note-tweet.js,
                       data/account.js, media and other files the audit must ignore
  Facebook (JSON)     your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json,
                       comments_and_reactions/comments.json, groups/..., profile_information.json;
                       strings written the way Facebook does it: UTF-8 bytes as \\u00XX escapes
  LinkedIn            Shares.csv, Comments.csv (quoted multi-line fields, "" inside quotes)

Usage (for trying the command by hand or timing it):
  python3 tests/audit/exports.py x|facebook|linkedin DIR        one export, unpacked in DIR
  python3 tests/audit/exports.py big N FILE.zip                  an X archive of N posts
"""
import csv, io, json, os, random, sys, zipfile
from datetime import datetime, timedelta, timezone

# ---- X/Twitter ---------------------------------------------------------------------------------

X_HANDLE = "dr_lemaire"

# (id, created_at, full_text as published, in reply to (screen name) or None)
X_TWEETS = [
    ("1498765432100000001", "Tue Mar 01 21:14:05 +0000 2022",
     "Garde aux urgences de Valence cette nuit. Mme Perrault, chambre 14, enfin stabilisée 🙏", None),
    ("1498765432100000002", "Wed Mar 02 07:02:44 +0000 2022",
     "Belle journée de formation sur l'insuffisance cardiaque avec toute l'équipe 💪", None),
    ("1512345678900000003", "Sat Apr 09 18:30:00 +0000 2022",
     "@jdupont Pour votre fils, doublez la dose de Doliprane ce soir, pas besoin de consulter", "jdupont"),
    ("1512345678900000004", "Sun Apr 10 10:00:00 +0000 2022",
     "RT @HAS_sante: Nouvelles recommandations sur la prise en charge de l'insuffisance cardiaque", None),
    ("1523456789000000005", "Mon May 09 12:12:12 +0000 2022",
     "Congrès SFC & ateliers pratiques <cardio> : venez nombreux !", None),
    ("1534567890100000006", "Thu Jun 09 16:45:00 +0000 2022",
     "-50% sur les séances de médecine esthétique ce mois-ci au cabinet, profitez-en !", None),
    ("1545678901200000007", "Fri Jul 08 22:10:00 +0000 2022",
     "🙏🏽 Merci à M. Durand (lit 3) pour sa patience pendant ces trois semaines", None),
    ("1556789012300000008", "Mon Aug 08 05:55:00 +0000 2022",
     "Proud of our ICU team tonight, long shift but everyone went home safe.", None),
    ("1567890123400000009", "Thu Sep 08 09:00:00 +0000 2022",
     "Encore un patient obèse qui se plaint de ses genoux... faudrait peut-être arrêter les frites", None),
    ("1578901234500000010", "Sat Oct 15 17:20:00 +0000 2022",
     "Mme Castel m'a tricoté une écharpe aux couleurs du cabinet 🧣 15 ans que je la suis, c'est la meilleure",
     None),
]

# A note tweet (long post): X keeps the long text in note-tweet.js and a shortened text in tweets.js.
X_NOTE_ID = "1649000000000000010"
X_NOTE_TEXT = ("Ma patiente de 41 ans, boulangère à Saint-Aubin, atteinte de la maladie de Wilson, est "
               "sortie mardi après six semaines. Toute l'équipe du service est fière d'elle et de son "
               "courage, elle nous a apporté des croissants pour fêter ça. Merci à toutes et à tous pour "
               "ces semaines intenses, c'est pour ça qu'on fait ce métier.")
X_NOTE_CREATED = "Thu Apr 20 08:15:30 +0000 2023"
X_NOTE_CREATED_ISO = "2023-04-20T08:15:30.000Z"
# A note tweet whose tweet is not in the archive (it becomes a post of its own).
X_LONE_NOTE_TEXT = ("Petit rappel pour les internes : on ne parle jamais d'un patient dans l'ascenseur, "
                    "même sans nom. Le secret commence là.")


def _escape_x(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _tweet_record(tid, created, text, reply_to=None):
    t = {
        "edit_info": {"initial": {"editTweetIds": [tid], "editableUntil": "2022-03-01T22:14:05.000Z",
                                  "editsRemaining": "5", "isEditEligible": True}},
        "retweeted": False,
        "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": []},
        "display_text_range": ["0", str(len(text))],
        "favorite_count": "2",
        "id_str": tid,
        "truncated": False,
        "retweet_count": "0",
        "id": tid,
        "created_at": created,
        "favorited": False,
        "full_text": _escape_x(text),
        "lang": "fr",
    }
    if reply_to:
        t["in_reply_to_status_id_str"] = "1498000000000000999"
        t["in_reply_to_status_id"] = "1498000000000000999"
        t["in_reply_to_screen_name"] = reply_to
        t["in_reply_to_user_id_str"] = "12345"
        t["entities"]["user_mentions"] = [{"name": reply_to, "screen_name": reply_to, "indices": ["0", "8"],
                                           "id_str": "12345", "id": "12345"}]
    return {"tweet": t}


def ytd(name, records):
    return "window.YTD.%s.part0 = %s" % (name, json.dumps(records, indent=2, ensure_ascii=False))


def x_files():
    """{path: bytes} of a small X archive."""
    records = [_tweet_record(*t) for t in X_TWEETS]
    short = X_NOTE_TEXT[:250] + "… https://t.co/AbCdEf1234"
    records.append(_tweet_record("1649000000000000011", X_NOTE_CREATED, short))
    notes = [
        {"noteTweet": {"noteTweetId": X_NOTE_ID, "updatedAt": X_NOTE_CREATED_ISO,
                       "lifecycle": {"value": "1", "name": "Published", "originalName": "Published",
                                     "annotations": {}},
                       "createdAt": X_NOTE_CREATED_ISO,
                       "core": {"styletags": [], "urls": [], "text": X_NOTE_TEXT, "mentions": [],
                                "cashtags": [], "hashtags": []}}},
        {"noteTweet": {"noteTweetId": "1650000000000000020", "createdAt": "2023-05-02T10:00:00.000Z",
                       "core": {"text": X_LONE_NOTE_TEXT}}},
    ]
    account = [{"account": {"email": "c.lemaire@example.org", "createdVia": "web", "username": X_HANDLE,
                            "accountId": "987654321", "createdAt": "2011-05-04T10:00:00.000Z",
                            "accountDisplayName": "Dr Claire Lemaire"}}]
    return {
        "data/tweets.js": ytd("tweets", records).encode(),
        "data/note-tweet.js": ytd("note_tweet", notes).encode(),
        "data/account.js": ytd("account", account).encode(),
        "data/direct-messages.js": ytd("direct_message", [{"dmConversation": {"conversationId": "1-2",
                                                                              "messages": []}}]).encode(),
        "data/manifest.js": b"window.__THAR_CONFIG = {}",
        "data/tweets_media/1498765432100000001-AbC.jpg": b"\xff\xd8\xff\xe0fakejpeg",
        "Your archive.html": b"<html><body>Your archive</body></html>",
    }


# ---- Facebook ----------------------------------------------------------------------------------

def fb_mojibake(obj):
    """Facebook's encoding: every string's UTF-8 bytes written as \\u00XX escapes."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [fb_mojibake(x) for x in obj]
    if isinstance(obj, dict):
        return {k: fb_mojibake(v) for k, v in obj.items()}
    return obj


def fb_json(obj):
    return json.dumps(fb_mojibake(obj), indent=2, ensure_ascii=True).encode()


def _ts(s):
    return int(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc).timestamp())


FB_NAME = "Hélène Dubois"
FB_POSTS = [
    {"timestamp": _ts("2021-11-03 19:20"),
     "data": [{"post": "Mme Lefèvre, 88 ans, ma voisine de palier et patiente depuis 10 ans, m'a offert un gâteau 🎂"},
              {"update_timestamp": _ts("2021-11-03 19:20")}],
     "title": "Hélène Dubois a mis à jour son statut."},
    {"timestamp": _ts("2021-12-24 10:00"),
     "data": [{"post": "Vacances en Bretagne ☀️ à bientôt les collègues !"}],
     "title": "Hélène Dubois a mis à jour son statut."},
    {"timestamp": _ts("2022-01-15 08:00"),  # a photo without text: nothing to audit
     "attachments": [{"data": [{"media": {"uri": "your_facebook_activity/posts/media/photo_1.jpg",
                                          "creation_timestamp": _ts("2022-01-15 08:00"), "title": ""}}]}],
     "title": "Hélène Dubois a ajouté une nouvelle photo."},
    {"timestamp": _ts("2022-02-02 21:00"),  # a photo with its caption
     "attachments": [{"data": [{"media": {"uri": "your_facebook_activity/posts/media/photo_2.jpg",
                                          "creation_timestamp": _ts("2022-02-02 21:00"),
                                          "description": "Photo de la plaie de Mme K. avant/après, impressionnant non ?"}}]}],
     "title": "Hélène Dubois a ajouté une nouvelle photo."},
    {"timestamp": _ts("2022-03-10 12:00"),
     "data": [{"post": "Ce complément alimentaire guérit 100 % des cas d'arthrose, sans effets secondaires !"}],
     "title": "Hélène Dubois a mis à jour son statut."},
    {"timestamp": _ts("2022-05-18 17:30"),
     "data": [{"post": "Ma patiente de 41 ans, boulangère à Saint-Aubin, atteinte de la maladie de Wilson, est enfin sortie. Quel courage !"}],
     "title": "Hélène Dubois a mis à jour son statut."},
]
FB_COMMENTS = {"comments_v2": [
    {"timestamp": _ts("2022-06-01 09:15"),
     "data": [{"comment": {"timestamp": _ts("2022-06-01 09:15"),
                           "comment": "Le Dr Martin de la clinique du Parc est un incompétent notoire, fuyez",
                           "author": FB_NAME}}],
     "title": "Hélène Dubois a commenté la publication de Marc Petit."},
    {"timestamp": _ts("2022-06-02 09:15"),
     "data": [{"comment": {"timestamp": _ts("2022-06-02 09:15"), "comment": "Félicitations, très bel été à vous !",
                           "author": FB_NAME}}],
     "title": "Hélène Dubois a commenté la publication de Léa Roux."},
]}
FB_GROUP = {"group_posts_v2": [
    {"timestamp": _ts("2022-09-12 22:40"),
     "data": [{"post": "Qqn sait pourquoi la CPAM rejette ce NIR ? 2 95 10 99 126 111 93, c'est pourtant ce qui est sur la carte vitale de ma patiente 🤔"}],
     "title": "Hélène Dubois a publié dans Médecins généralistes de la Drôme."},
]}
FB_GROUP_COMMENTS = {"group_comments_v2": [
    {"timestamp": _ts("2022-09-13 07:00"),
     "data": [{"comment": {"timestamp": _ts("2022-09-13 07:00"), "comment": "Merci à tous pour vos réponses 🙏",
                           "author": FB_NAME, "group": "Médecins généralistes de la Drôme"}}],
     "title": "Hélène Dubois a commenté dans Médecins généralistes de la Drôme."},
]}


def facebook_files():
    base = "your_facebook_activity/"
    return {
        base + "posts/your_posts__check_ins__photos_and_videos_1.json": fb_json(FB_POSTS),
        base + "posts/media/photo_1.jpg": b"\xff\xd8\xff\xe0fakejpeg",
        base + "comments_and_reactions/comments.json": fb_json(FB_COMMENTS),
        base + "comments_and_reactions/likes_and_reactions_1.json": fb_json([{"timestamp": 1, "title": "x"}]),
        base + "groups/group_posts_and_comments.json": fb_json(FB_GROUP),
        base + "groups/your_comments_in_groups.json": fb_json(FB_GROUP_COMMENTS),
        base + "messages/inbox/lea_123/message_1.json": fb_json({"messages": []}),
        "personal_information/profile_information/profile_information.json":
            fb_json({"profile_v2": {"name": {"full_name": FB_NAME, "first_name": "Hélène", "last_name": "Dubois"}}}),
    }


# ---- LinkedIn ----------------------------------------------------------------------------------

LI_SHARES = [
    ("2023-06-12 09:30:11", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7074000000000000001",
     "Just discharged Mr. Thompson from room 412, 3 weeks after his bypass.\nWhat a fighter!"),
    ("2023-07-01 14:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7080000000000000002",
     "Great panel today on burnout in residency.\nThanks to everyone who came \"in person\", and to the\n"
     "organizers, for making it happen."),
    ("2023-08-20 18:05:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7098000000000000003",
     "Sharing this X-ray with the patient's written consent: a textbook case of pneumothorax"),
    ("2023-09-01 08:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7103000000000000004",
     ""),  # a repost without a comment
]
LI_COMMENTS = [
    ("2023-10-05 11:11:11", "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7115000000000000005",
     "Our patient, a 102-year-old man, celebrated his birthday on the ward yesterday"),
    ("2023-10-06 11:11:11", "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7115000000000000006",
     "Congratulations Sarah, well deserved!"),
]


def csv_bytes(header, rows, delimiter=",", encoding="utf-8"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, quoting=csv.QUOTE_ALL, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def linkedin_files():
    return {
        "Shares.csv": csv_bytes(["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
                                [(d, l, t, "", "", "MEMBER_NETWORK") for d, l, t in LI_SHARES]),
        "Comments.csv": csv_bytes(["Date", "Link", "Message"], LI_COMMENTS),
        "Profile.csv": csv_bytes(["First Name", "Last Name"], [("Sam", "Carter")]),
        "messages.csv": csv_bytes(["FROM", "TO", "CONTENT"], [("Sam", "Ann", "See you")]),
        "Connections.csv": b"Notes:\n\"When exporting your connection data...\"\n\nFirst Name,Last Name\n",
    }


# ---- writing -----------------------------------------------------------------------------------

def write_folder(files, root):
    for path, data in files.items():
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data)
    return root


def write_zip(files, path, prefix=""):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(prefix + name, data)
    return path


# ---- a large X archive, for timing -------------------------------------------------------------

BENIGN_SENTENCES = [
    "Belle journée de formation avec toute l'équipe du service 💪",
    "Retour de congrès : beaucoup de nouveautés sur l'insuffisance cardiaque, je vous en parle bientôt.",
    "Pensez à vous faire vacciner contre la grippe cet automne, parlez-en à votre médecin.",
    "Garde calme cette nuit, café et dossiers.",
    "Bonne journée à tous !",
    "Quelle émotion de former les nouveaux internes cette semaine, bienvenue à eux !",
    "Le cabinet sera fermé du 1er au 15 août, un remplaçant assure les consultations.",
    "Lecture du jour : une revue solide sur la prise en charge de la BPCO en ville.",
    "Rappel : l'hydratation reste le meilleur allié pendant la canicule, surtout pour les plus âgés.",
    "Merci aux secrétaires qui tiennent la maison pendant les épidémies hivernales.",
    "Débat passionnant ce soir sur l'accès aux soins dans les zones rurales.",
    "Les inscriptions au DU de médecine du sport sont ouvertes.",
    "Long shift today but proud of this team.",
    "Coffee is the real MVP of night shifts.",
    "New guidelines on hypertension out today, worth a read for every GP.",
    "Reminder: the clinic will be closed on Monday for the holiday.",
    "Great discussion at journal club on SGLT2 inhibitors and heart failure outcomes.",
    "Grateful for the nurses who keep the ward running every single night.",
    "Teaching medical students this week, their questions keep me sharp.",
    "Flu season is here: get your shot, it takes ten minutes.",
    "Our department is hiring two residents for next year, DM me for details.",
    "Interesting grand rounds on antibiotic stewardship this morning.",
]
HASHTAGS = ["#medecine", "#santé", "#MedTwitter", "#FOAMed", "#médecinegénérale", "#urgences", "🙂", "🙏"]


def _corpus_texts():
    here = os.path.dirname(os.path.abspath(__file__))
    texts = []
    for name in ("general", "identifiers", "ethics-a", "ethics-b"):
        path = os.path.join(here, "..", "corpus", name + ".jsonl")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                texts += [json.loads(line)["text"] for line in f if line.strip()]
    return texts


def big_x_files(n, seed=7):
    """An X archive of n records, heavier than a real account: 60 % everyday posts made of two or
    three sentences, 35 % posts of the labeled test corpus (many of them risky), 5 % long posts;
    a fifth are replies, a tenth retweets."""
    rng = random.Random(seed)
    corpus = _corpus_texts() or BENIGN_SENTENCES
    start = datetime(2012, 1, 1, tzinfo=timezone.utc)
    records = []
    for i in range(n):
        when = start + timedelta(seconds=int(i * (12 * 365 * 86400 / n)) + rng.randrange(3600))
        roll = rng.random()
        if roll < 0.60:
            text = " ".join(rng.sample(BENIGN_SENTENCES, rng.randrange(1, 4)))
            if rng.random() < 0.5:
                text += " " + rng.choice(HASHTAGS)
        elif roll < 0.95:
            text = rng.choice(corpus)
        else:
            text = "\n\n".join(rng.sample(corpus, 4))
        reply = "collegue%d" % rng.randrange(100) if rng.random() < 0.2 else None
        if reply:
            text = "@" + reply + " " + text
        if rng.random() < 0.1:
            text = "RT @someone: " + text
        tid = str(1000000000000000000 + i)
        records.append(_tweet_record(tid, when.strftime("%a %b %d %H:%M:%S +0000 %Y"), text, reply))
    account = [{"account": {"username": "dr_big", "accountId": "1"}}]
    return {"data/tweets.js": ytd("tweets", records).encode(),
            "data/account.js": ytd("account", account).encode()}


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] in ("x", "facebook", "linkedin"):
        files = {"x": x_files, "facebook": facebook_files, "linkedin": linkedin_files}[sys.argv[1]]()
        print(write_folder(files, sys.argv[2]))
    elif len(sys.argv) == 4 and sys.argv[1] == "big":
        print(write_zip(big_x_files(int(sys.argv[2])), sys.argv[3]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
