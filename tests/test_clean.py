"""Plain-text cleaning: each boilerplate kind, in several languages, and the real seeds."""

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, shared_path
from transforms.clean import clean_text, mark_lines

UTC = dt.UTC
BODY_EN = (
    "The city council approved the new budget on Tuesday after a debate that lasted six hours.\n\n"
    "Spending on schools will rise by four percent, while road repairs get an extra ten million."
)


def kinds(cleaned):
    return [r.kind for r in cleaned.removed]


def removed_text(cleaned, kind):
    return "\n".join(r.text for r in cleaned.removed if r.kind == kind)


def test_headline_byline_dateline():
    cleaned = clean_text(
        f"Council passes budget\n\nBy Ann Lee and Bo Chan\nJune 6, 2017\n\n{BODY_EN}"
    )
    assert cleaned.title == "Council passes budget"
    assert cleaned.authors == ["Ann Lee", "Bo Chan"]
    assert cleaned.published_at == dt.datetime(2017, 6, 6, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert kinds(cleaned) == ["byline", "dateline"]


def test_byline_with_date_and_zone():
    cleaned = clean_text(
        f"Headline here today\n\nBy Pat Goode | June 7, 2017 | 4:40am EDT\n{BODY_EN}"
    )
    assert cleaned.authors == ["Pat Goode"]
    assert cleaned.published_at == dt.datetime(2017, 6, 7, 8, 40, tzinfo=UTC)


def test_no_headline_when_text_starts_with_body():
    cleaned = clean_text(BODY_EN)
    assert cleaned.title is None and cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert cleaned.removed == []


def test_caption_with_photo_credit():
    caption = "The mayor speaks to reporters on Monday. (Photo: City Hall/Jane Roe)"
    cleaned = clean_text(f"Budget approved\n{caption}\n\n{BODY_EN}")
    assert removed_text(cleaned, "caption") == caption
    assert caption not in cleaned.text


@pytest.mark.parametrize(
    "promo",
    [
        "More news: Mayor opens new library",
        "Read more: What the budget means for you",
        "Lesen Sie auch: Was der Haushalt bedeutet",
        "À lire aussi : Ce que change le budget",
        "Lee también: Lo que cambia el presupuesto",
        "You may also like: Ten parks to visit this summer",
        "Auch lesen: Was der Haushalt bedeutet",
        "Lesen Sie dazu: Was der Haushalt bedeutet",
    ],
)
def test_promo_lines_in_any_language(promo):
    assert removed_between_paragraphs(promo) == [("promo", promo)]


def removed_between_paragraphs(line):
    """Clean `line` set between two body paragraphs; check both stay; return what was removed."""
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"{first}\n\n{line}\n\n{second}")
    assert cleaned.text == f"{first}\n{second}"
    return [(r.kind, r.text) for r in cleaned.removed]


def removed_after_the_text(tail, body=BODY_EN, headline="Council passes the budget"):
    """Clean `tail` set after the article (`body`, English unless said) under its headline;
    check only the body stays; return the cleaned article."""
    cleaned = clean_text(f"{headline}\n{body}\n{tail}")
    assert cleaned.text == body.replace("\n\n", "\n")
    return cleaned


def assert_stays_between_paragraphs(line):
    """Clean `line` set between two body paragraphs under a headline; check all three stay."""
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"Council passes budget\n\n{first}\n\n{line}\n\n{second}")
    assert cleaned.text == f"{first}\n{line}\n{second}"


def test_editor_note_in_brackets_spanning_paragraphs():
    note = "[Editor’s note: This is the second report.\n\nWe disagree with it. Ian]"
    cleaned = clean_text(f"{note}\n\nBudget approved at last\n\n{BODY_EN}")
    assert kinds(cleaned)[0] == "editor_note"
    assert "We disagree" in removed_text(cleaned, "editor_note")
    assert cleaned.title == "Budget approved at last"
    assert "disagree" not in cleaned.text


def test_numbered_comment_thread_and_bio():
    comments = (
        "  1. I have lived here for thirty years and I have never seen the council agree on anything "
        "so quickly, something smells wrong here.\n\n"
        "  2. Four percent for schools is not enough when the buildings are falling apart, "
        "as anyone with children there knows.\n    And the roads are worse."
    )
    bio = "Jane Roe\n\nJane Roe is a journalist covering city politics for the Daily Example."
    cleaned = clean_text(
        f"{BODY_EN}\n\nA third body paragraph closes the story.\n\n{bio}\n\n{comments}"
    )
    assert kinds(cleaned) == ["bio", "comments"]
    assert "And the roads are worse." in removed_text(cleaned, "comments")
    assert cleaned.text.endswith("A third body paragraph closes the story.")


def test_numbered_list_inside_body_is_kept():
    body = (
        "The plan has three parts:\n1. New buses.\n2. Wider pavements.\n3. Lower fares.\n"
        "The council will vote on it in May, officials said on Friday."
    )
    assert clean_text(body).text == body


@pytest.mark.parametrize(
    ("header", "comment"),
    [
        ("Comments", "Great news for the city, about time."),
        ("Kommentare", "Endlich tut sich etwas in dieser Stadt."),
        ("Commentaires", "Enfin une bonne nouvelle pour la ville."),
        ("Comentarios", "Por fin una buena noticia para la ciudad."),
        ("Comentários (2)", "Finalmente uma boa notícia para a cidade."),
        ("12 Comments", "Great news."),
    ],
)
def test_comment_section_header(header, comment):
    cleaned = clean_text(f"{BODY_EN}\n\nA third paragraph.\n\n{header}\n\n{comment}")
    assert removed_text(cleaned, "comments") == f"{header}\n{comment}"
    assert comment not in cleaned.text


@pytest.mark.parametrize(
    ("author", "comment"),
    [
        ("John Smith says:", "I disagree."),
        ("Ana Paula disse:", "Já era hora!"),
        # numbered, the author's initial after the name
        ("1. Gary T. wrote:", "Who approved the inspections?"),
        ("1. Pepe dice:", "Que llueva ya, por favor."),
    ],
)
def test_threaded_comments_by_author(author, comment):
    cleaned = clean_text(f"{BODY_EN}\n\nThird paragraph here.\n\n{author}\n{comment}")
    assert removed_text(cleaned, "comments") == f"{author}\n{comment}"


@pytest.mark.parametrize(
    "thread",
    [
        "Reader comments (2)\nComment 1 by Anna K.\nAbout time.\nComment 2 by Tom\nRoads first.",
        "Anna K. (13 May 2024, 10:12): About time the schools got more money from the city.\n"
        "Tom B. (13 May 2024, 11:40): Roads first, always, in my opinion.",
        "What readers say\n1. Anna K. — About time the schools got more.\n2. Tom B. — Roads first.",
        "Comentarios\nAna G. · hace 2 horas\nPor fin más dinero.\nTomás B. · hace 3 horas\nNo.",
        "Responses\n@harbourgirl · 2h\nAbout time.\n@peteW · 3h\nRoads first.",
        "Join the conversation\nAnna K.\n13 May 2024 10:12am\nAbout time.\nTom B.\n"
        "13 May 2024 11:40am\nRoads first.",
    ],
)
def test_comment_threads_in_other_shapes(thread):
    """Headings, numbering and stamps of reader threads as sites print them."""
    cleaned = clean_text(f"{BODY_EN}\n\nA third paragraph on what happens next.\n\n{thread}")
    assert removed_text(cleaned, "comments") == thread
    assert cleaned.text == f"{BODY_EN}\n\nA third paragraph on what happens next.".replace(
        "\n\n", "\n"
    )


@pytest.mark.parametrize(
    "trailer",
    [
        "MRC Store",
        "Sign up for our newsletter",
        "© 2025 Example Media. All rights reserved.",
        # the outlet's own shop, in a sentence
        "Shop our store for prints of this photo.",
        "Disponible dans notre boutique : le guide des plages de Provence.",
        'Compre o livro "Histórias do Agreste" na nossa loja.',
        "Jetzt im Shop bestellen: Das große Hafen-Buch",
    ],
)
def test_trailers(trailer):
    cleaned = clean_text(f"{BODY_EN}\n\n{trailer}")
    assert removed_text(cleaned, "trailer") == trailer
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("listing", "kind"),
    [
        ("Mit Material von dpa", "credit"),
        ("Avec AFP", "credit"),
        ("Com agências", "credit"),
        ("(With agencies)", "credit"),
        ("Con EFE y Europa Press", "credit"),
        ("Archivado en:\nAgricultura\nAndalucía", "tags"),
        ("Related Topics\nOceans\nClimate change", "tags"),
        ("More on this story\nWhy deep-sea mining worries conservationists", "promo"),
        ("Potrebbe interessarti anche\nTreni, nuovi orari dal 15 giugno", "promo"),
        ("Mehr Nachrichten aus der Region", "promo"),
        ("Foto di Marco Bianchi / Ansa", "caption"),
        ("Support independent journalism. Donate today.", "trailer"),
        ("Have a news tip? Contact our newsroom.", "trailer"),
        ("Also on example.com Minister resigns over housing row", "promo"),
        (
            "Associated Press writers Ann Lee, Bo Park, Cy Diaz, Di Wong, Ed Hart and Flo Kim "
            "contributed to this report.",
            "credit",
        ),
        ("Harbour plan 'will cost twice the estimate' [VIDEO]", "promo"),
        ('[button link="https://example.com/review/"]Send us your review[/button]', "boilerplate"),
        ("Like this story? Share it with a friend!", "share"),
        (
            "Newsletter abonnieren\nJeden Morgen die wichtigsten Nachrichten direkt in Ihr Postfach.",
            "trailer",
        ),
    ],
)
def test_closing_lines_and_lists_go_with_their_kind(listing, kind):
    cleaned = clean_text(f"{BODY_EN}\n\n{listing}")
    assert removed_text(cleaned, kind) == listing
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_headlines_after_the_closing_boilerplate_are_teasers():
    teasers = (
        "Why deep-sea mining worries marine biologists\nThe robot boats mapping the world's oceans"
    )
    cleaned = clean_text(f"{BODY_EN}\n\nSupport independent journalism. Donate today.\n\n{teasers}")
    assert removed_text(cleaned, "promo") == teasers
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_list_after_the_last_paragraph_and_a_short_fact_box_stay():
    results = "Harbour Rovers 3, City Athletic 1\nWest End United 2, Riverside Town 2"
    facts = "Flos Showroom\nCorso Monforte 15, Milan"
    cleaned = clean_text(f"{BODY_EN}\n\n{results}\n\nAdvertisement\n\n{facts}")
    assert results in cleaned.text and facts in cleaned.text


def test_sentence_ending_in_a_bracketed_tag_stays():
    line = "The minister repeated the figure twice in her speech. [UPDATED]"
    assert line in clean_text(f"{BODY_EN}\n\n{line}\n\nThe council will meet again in May.").text


def test_inbox_sentence_in_the_body_stays():
    line = "Within an hour the phishing message had reached 4,000 staff in their inbox."
    assert line in clean_text(f"{BODY_EN}\n\n{line}\n\nThe council will meet again in May.").text


def test_prose_naming_an_agency_stays():
    closing = "Officials spoke with AFP and Reuters on Monday about the plan."
    assert closing in clean_text(f"{BODY_EN}\n\n{closing}").text


def test_share_prompt_and_credit():
    cleaned = clean_text(f"{BODY_EN}\n\nShare this article\n\nAdditional reporting by Jo Bloggs")
    assert set(kinds(cleaned)) == {"share", "credit"}


@pytest.mark.parametrize(
    ("name", "title", "authors", "date"),
    [
        (
            "de_hochwasser.txt",
            "Hochwasser in Lindenau: Deiche halten stand",
            ["Anna Schmidt", "Jonas Weber"],
            dt.datetime(2025, 2, 12, tzinfo=UTC),
        ),
        (
            "fr_greve_trains.txt",
            "Grève des cheminots : un trafic très perturbé jeudi",
            ["Claire Dubois"],
            dt.datetime(2025, 3, 14, 18, 30, tzinfo=UTC),
        ),
        (
            "es_elecciones.txt",
            "La participación marca un récord en las elecciones municipales de Valdemar",
            ["Lucía Fernández"],
            dt.datetime(2025, 3, 9, tzinfo=UTC),
        ),
    ],
)
def test_samples_in_other_languages(name, title, authors, date):
    cleaned = clean_text((SAMPLES / "text" / name).read_text())
    assert (cleaned.title, cleaned.authors, cleaned.published_at) == (title, authors, date)
    assert "newsletter" not in cleaned.text and "1." not in cleaned.text
    assert {"byline", "promo"} <= set(kinds(cleaned))


SEEDS = {
    "000": (None, ["Phil Stewart"], dt.datetime(2017, 6, 6, tzinfo=UTC)),
    "001": (
        "US-Led Coalition Again Bombs Pro-Assad Forces in Southeastern Syria",
        ["Patrick Goodenough"],
        dt.datetime(2017, 6, 7, 8, 40, tzinfo=UTC),
    ),
    # no byline: the poster's box (his name over his bio as a photographer) credits him
    "002": ("U.S. Launches Airstrike on Pro-government Forces in Syria", ["Ian Greenhalgh"], None),
    "003": ("US strikes Syria militia threatening US-backed forces, officials say", [], None),
    "004": (
        "US-Led Coalition Strikes Hit Syrian Army Near At Tanf - UPDATES",
        [],
        dt.datetime(2017, 5, 18, 19, 27, tzinfo=UTC),
    ),
}


def seed(prefix: str) -> Path:
    return next(shared_path("seeds").glob(f"{prefix}_*.txt"))


@pytest.mark.parametrize("prefix", sorted(SEEDS))
def test_seed_metadata(prefix):
    cleaned = clean_text(seed(prefix).read_text())
    assert (cleaned.title, cleaned.authors, cleaned.published_at) == SEEDS[prefix]


def test_seed_boilerplate_goes_to_removed_and_body_stays():
    raw = seed("002").read_text()
    cleaned = clean_text(raw)
    assert kinds(cleaned) == ["editor_note", "bio", "comments"]
    for gone in ["Editor’s note", "photographer and historian", "head-choppers", "Rethugnicans"]:
        assert gone not in cleaned.text
    # no-break spaces read as spaces
    body = [p.strip().replace("\u00a0", " ") for p in raw.split("\n") if p.strip()]
    first, last = body.index(SEEDS["002"][0]) + 1, body.index("Ian Greenhalgh")
    assert cleaned.text.split("\n") == body[first:last]  # every body paragraph, quotes included

    cleaned = clean_text(seed("001").read_text())
    assert kinds(cleaned) == ["byline", "caption", "trailer"]
    assert "MRC Store" not in cleaned.text and "(Photo:" not in cleaned.text

    cleaned = clean_text(seed("003").read_text())
    assert kinds(cleaned) == ["promo"] and "More news" not in cleaned.text


def test_subheading_ending_in_said_is_not_a_comment_thread():
    text = f"{BODY_EN}\n\nA third paragraph.\n\nHe said, she said\n\nThe quarrel went on for weeks after that."
    cleaned = clean_text(text)
    assert cleaned.removed == [] and cleaned.text.endswith("went on for weeks after that.")


def test_numbered_results_table_at_the_end_is_kept():
    results = "\n".join(
        f"{n}. Lauf {n}. Meier, Anna 1992 WÜ TSV Langenau 13,4{n} sec. q Schulz, Eva 1993 LG Filstal 13,5{n} sec. "
        f"Keller, Mia 1991 SSV Ulm 13,6{n} sec."
        for n in range(1, 4)
    )
    cleaned = clean_text(f"{BODY_EN}\n\nThe results of the heats:\n\n{results}")
    assert cleaned.removed == [] and cleaned.text.endswith("13,63 sec.")


# Text loss: lines a cue once cut although they were body.


@pytest.mark.parametrize(
    "introduction", ["In a statement, the company said:", "Em nota, a empresa disse:"]
)
def test_quote_introduced_by_said_colon_is_kept(introduction):
    text = (
        f"{BODY_EN}\n\nThe mayor defended the plan at length.\n\n"
        f"{introduction}\n\n"
        "“We will build the depot as agreed, and we will hire locally.”\n\n"
        "Work is due to start in the spring and last two years."
    )
    cleaned = clean_text(text)
    assert cleaned.text == text.replace("\n\n", "\n")
    assert "comments" not in kinds(cleaned)


def test_reactions_subheading_inside_the_article_is_kept():
    text = (
        "Le conseil municipal a adopté le budget mardi soir après six heures de débat.\n\n"
        "Les dépenses pour les écoles augmentent de quatre pour cent cette année.\n\n"
        "Réactions\n\n"
        "L'opposition a dénoncé un budget « sans ambition » et promet un recours.\n\n"
        "Les syndicats d'enseignants ont salué une hausse qu'ils réclamaient depuis longtemps.\n\n"
        "Le préfet doit encore valider le texte avant la fin du mois."
    )
    cleaned = clean_text(text)
    assert "Le préfet doit encore valider le texte avant la fin du mois." in cleaned.text
    assert "Réactions" in cleaned.text


# A call to comment with no count, like a subheading, may stand over the article's last
# paragraphs (in a page copy, as in a box between them): text loss is worse than a stray
# heading, so the paragraphs stay; the subheading stays with them, the call to talk goes alone.
@pytest.mark.parametrize(
    ("heading", "kept"),
    [("Réactions", True), ("Reactions", True), ("Reaktionen", True), ("Have your say", False),
     ("Join the conversation", False), ("Join the discussion", False),
     ("Únete a la conversación", False)],
)  # fmt: skip
def test_a_reactions_subheading_over_the_last_two_paragraphs_is_kept(heading, kept):
    first, second = BODY_EN.split("\n\n")
    last = "The opposition called the budget timid and promised to challenge it in court."
    text = f"Council passes budget\n\n{first}\n\n{second}\n\n{heading}\n\n{last}\n\n{first}"
    shown = f"{heading}\n" if kept else ""
    assert clean_text(text).text == f"{first}\n{second}\n{shown}{last}\n{first}"


def test_a_counted_comment_heading_over_two_paragraphs_opens_the_thread():
    first, second = BODY_EN.split("\n\n")
    comments = (
        "The library cuts are a disgrace and the council should be ashamed of itself.\n\n"
        "Finally some money for the parks, which have been neglected for far too long."
    )
    cleaned = clean_text(
        f"Council passes budget\n\n{first}\n\n{second}\n\n2 Comments\n\n{comments}"
    )
    assert cleaned.text == f"{first}\n{second}"
    assert "Finally some money" in removed_text(cleaned, "comments")


def test_reactions_heading_over_a_thread_is_removed():
    body = (
        "Le conseil municipal a adopté le budget mardi soir après six heures de débat.\n\n"
        "Les dépenses pour les écoles augmentent de quatre pour cent cette année.\n\n"
        "Le préfet doit encore valider le texte avant la fin du mois."
    )
    thread = (
        "Réactions\n\nPaul M. · il y a 2 heures\nEnfin une bonne nouvelle pour nos enfants.\n"
        "Répondre\n\nClaire · il y a 3 heures\nEt les routes ? Toujours rien.\nRépondre"
    )
    cleaned = clean_text(f"{body}\n\n{thread}")
    assert cleaned.text == body.replace("\n\n", "\n")
    assert "Enfin une bonne nouvelle" in removed_text(cleaned, "comments")


@pytest.mark.parametrize(
    "closing",
    [
        "The bakery's shop will reopen on Monday.",
        # the noun a call makes, not the call ("Sign up for our newsletter")
        "Sign up deadlines have been extended to Friday for the youth league.",
    ],
)
def test_closing_paragraph_about_a_shop_in_prose_is_kept(closing):
    cleaned = clean_text(f"{BODY_EN}\n\nThe owners thanked their customers.\n\n{closing}")
    assert cleaned.text.endswith(closing)
    assert "trailer" not in kinds(cleaned)


@pytest.mark.parametrize(
    "trailer",
    [
        "© 2024 Example Gazette. All rights reserved.",
        "Copyright 2024 Example Media",
        "Sign up for our morning newsletter.",
        "Gazette Store",
    ],
)
def test_rights_notices_and_calls_to_subscribe_are_trailers(trailer):
    cleaned = clean_text(f"{BODY_EN}\n\n{trailer}")
    assert removed_text(cleaned, "trailer") == trailer


# Bylines and datelines as printed in other languages.


@pytest.mark.parametrize(
    ("head", "authors", "published"),
    [
        ("Por María López | 7 de junio de 2017 | 10:30", ["María López"], (2017, 6, 7, 10, 30)),
        (
            "Por Ana Souza, do Rio\nPublicado em 07/06/2017 às 14h30",
            ["Ana Souza"],
            (2017, 6, 7, 14, 30),
        ),
        ("Von Anna Schmidt, 7. Juni 2017", ["Anna Schmidt"], (2017, 6, 7, 0, 0)),
        ("Par Jean Dupont\nPublié le 07/06/2017 à 14:30", ["Jean Dupont"], (2017, 6, 7, 14, 30)),
        ("Par Jean Dupont, publié le 7 juin 2017 à 14h30", ["Jean Dupont"], (2017, 6, 7, 14, 30)),
        ("Di Marco Rossi\n7 giugno 2017 ore 10:30", ["Marco Rossi"], (2017, 6, 7, 10, 30)),
        (
            "Autor: Hans Müller\nVeröffentlicht am 07.06.2017 um 10:30 Uhr",
            ["Hans Müller"],
            (2017, 6, 7, 10, 30),
        ),
        # a separator and a word for "at" together; a time printed before its date
        (
            "Por Rui Lopes\nPublicado em 7 de junho de 2017, às 18h45",
            ["Rui Lopes"],
            (2017, 6, 7, 18, 45),
        ),
        ("By Jo Hart\nPublished: 08:45 GMT, 7 June 2017", ["Jo Hart"], (2017, 6, 7, 8, 45)),
        # share rows and reading times between the headline and the byline
        (
            "Artikel teilen: Facebook | WhatsApp | E-Mail\nLesezeit: 3 Minuten\nVon Eva Roth\n"
            "07.06.2017, 10:30 Uhr",
            ["Eva Roth"],
            (2017, 6, 7, 10, 30),
        ),
        # a newsroom or an agency in place of a person: no author, and the date still found
        ("Redação\n07/06/2017 às 14h30", [], (2017, 6, 7, 14, 30)),
        ("Listen to this article\nReuters\nJune 7, 2017 4:40 PM GMT", [], (2017, 6, 7, 16, 40)),
        ("di Redazione\nSevilla | 07/06/2017 - 13:45h", [], (2017, 6, 7, 13, 45)),
        # a caption above the byline, a job title under it
        (
            "Image caption, The survey ship left port in April\nBy Jo Hart\nScience correspondent\n"
            "7 June 2017",
            ["Jo Hart"],
            (2017, 6, 7, 0, 0),
        ),
        # a blog's date and byline on one line
        ("Posted on June 7, 2017 by Jo Hart", ["Jo Hart"], (2017, 6, 7, 0, 0)),
        ("Publié le 7 juin 2017 par Jean Dupont", ["Jean Dupont"], (2017, 6, 7, 0, 0)),
        # Dutch; an update stamp in brackets
        (
            "Door Pieter Jansen\nGepubliceerd op 7 juni 2017 om 14:30",
            ["Pieter Jansen"],
            (2017, 6, 7, 14, 30),
        ),
        (
            "di Marco Rossi\n7 giugno 2017 (modifica il 8 giugno 2017 | 09:10)",
            ["Marco Rossi"],
            (2017, 6, 7, 0, 0),
        ),
        # the outlet or agency after the name is not part of it; a shouted name in title case
        ("By JANE HOLT Associated Press\nJune 7, 2017", ["Jane Holt"], (2017, 6, 7, 0, 0)),
        ("By Jo Hart For Example Daily\nJune 7, 2017", ["Jo Hart"], (2017, 6, 7, 0, 0)),
        # a name alone above its dateline; an outlet credited with an agency; a last update
        (
            "Lucía Romero\nValencia - 07 jun 2017 - 10:30 CEST",
            ["Lucía Romero"],
            (2017, 6, 7, 8, 30),
        ),
        ("Le Soir avec AFP\nPublié le 7 juin 2017 à 10h30", [], (2017, 6, 7, 10, 30)),
        ("Ultimo aggiornamento: 7 giugno 2017, 10:30", [], (2017, 6, 7, 10, 30)),
        ("First published on Wed 7 Jun 2017 10.30 BST", [], (2017, 6, 7, 9, 30)),
        # datelines that name no date: no date, and the line still goes
        ("Published\n3 hours ago\nShare", [], None),
        ("Publié aujourd'hui à 10h05, mis à jour à 11h30", [], None),
        # a section label over the byline; a US zone named without its season
        ("Analysis\nBy Jo Hart", ["Jo Hart"], None),
        ("Live updates\nLast updated: 9:40 a.m. ET, June 7, 2017", [], (2017, 6, 7, 13, 40)),
        # the outlet and the place after the name; a job title between a name and its date
        (
            "Por Rui Lopes, Jornal Novo — Braga\n07/06/2017 08h15",
            ["Rui Lopes"],
            (2017, 6, 7, 8, 15),
        ),
        (
            "Jo Hart\nGuest contributor\nPublished 6:00 a.m. ET June 7, 2017",
            ["Jo Hart"],
            (2017, 6, 7, 10, 0),
        ),
        # a German magazine's byline and listening time; a photographer credited under it
        (
            "Ein Artikel von Eva Roth • 07.06.2017, 10.30 Uhr\nArtikel anhören • 4 Min",
            ["Eva Roth"],
            (2017, 6, 7, 10, 30),
        ),
        ("Words by Jo Hart\nPhotography by Sam Lee\nJune 7, 2017", ["Jo Hart"], (2017, 6, 7, 0, 0)),
        ("Live updated 11:42 p.m. ET June 7, 2017", [], (2017, 6, 8, 3, 42)),
        # a newsroom with its agency; month names cut short in Portuguese and Italian
        ("Redazione ANSA\nGENOVA, 07 giu 2017, 10:30", [], (2017, 6, 7, 10, 30)),
        ("Redacción / EFE\n7 jun 2017", [], (2017, 6, 7, 0, 0)),
        ("Lusa\n07 Abr 2017, 10:30", [], (2017, 4, 7, 10, 30)),
        ("Por Rui Lopes\n12 out 2017 08h15", ["Rui Lopes"], (2017, 10, 12, 8, 15)),
        # the date after "on" and its kin; the kind of piece before "von"; "Autora", "Fecha"
        ("By Jo Hart on June 7, 2017", ["Jo Hart"], (2017, 6, 7, 0, 0)),
        ("Escrito por Ana Ruiz el 7 de junio de 2017", ["Ana Ruiz"], (2017, 6, 7, 0, 0)),
        ("Ein Kommentar von Eva Roth\n07.06.2017, 10:30 Uhr", ["Eva Roth"], (2017, 6, 7, 10, 30)),
        ("Autora: Ana Ruiz\nFecha: 07.06.2017", ["Ana Ruiz"], (2017, 6, 7, 0, 0)),
        # a name and a date on one line, either way round; not a place or a page's label
        ("Jo Hart | June 7, 2017", ["Jo Hart"], (2017, 6, 7, 0, 0)),
        ("7. Juni 2017 | Eva Roth", ["Eva Roth"], (2017, 6, 7, 0, 0)),
        ("Eva Roth, 07.06.2017", ["Eva Roth"], (2017, 6, 7, 0, 0)),
        ("Breaking News | June 7, 2017", [], (2017, 6, 7, 0, 0)),
        ("Salt Lake City, June 7, 2017", [], (2017, 6, 7, 0, 0)),
        ("Washington DC, June 7, 2017", [], (2017, 6, 7, 0, 0)),
        # a name with its place, job title or agency, above its date
        ("Ana Ruiz | Madrid\n07/06/2017 - 10:30h", ["Ana Ruiz"], (2017, 6, 7, 10, 30)),
        ("Léa Martin, correspondante à Bruxelles\n7 juin 2017", ["Léa Martin"], (2017, 6, 7, 0, 0)),
        ("Jo Hart, Reuters\nJune 7, 2017", ["Jo Hart"], (2017, 6, 7, 0, 0)),
        ("ANA RUIZ\nMadrid\nMartes, 7 de junio 2017, 10:30", ["Ana Ruiz"], (2017, 6, 7, 10, 30)),
        # where they are: in brackets, or a single word after the names
        ("Par Léa Martin (à Lyon)\n7 juin 2017", ["Léa Martin"], (2017, 6, 7, 0, 0)),
        (
            "Von Eva Roth und Mia Kurz, Berlin\n07.06.2017",
            ["Eva Roth", "Mia Kurz"],
            (2017, 6, 7, 0, 0),
        ),
        # more date labels, a two-digit year, a reading time or a slash before the time
        ("Von Eva Roth\nErstellt am 07.06.2017", ["Eva Roth"], (2017, 6, 7, 0, 0)),
        ("Von Eva Roth\nAktualisiert: 07.06.17, 10:30", ["Eva Roth"], (2017, 6, 7, 10, 30)),
        ("Par Léa Martin\nMise à jour 07.06.2017 à 10:30", ["Léa Martin"], (2017, 6, 7, 10, 30)),
        ("By Jo Hart\n7 June 2017 • 4 min read", ["Jo Hart"], (2017, 6, 7, 0, 0)),
        ("By Jo Hart\nJune 7, 2017 / 10:30 AM", ["Jo Hart"], (2017, 6, 7, 10, 30)),
        # a no-break space inside the name and the date
        ("Von Anna\u00a0Schmidt, 7.\u00a0Juni 2017", ["Anna Schmidt"], (2017, 6, 7, 0, 0)),
        # the kind of piece before its author; a newsroom's credit with its place and date
        ("Ein Bericht von Eva Roth\n07.06.2017 | 10:30 Uhr", ["Eva Roth"], (2017, 6, 7, 10, 30)),
        ("Un reportage de Léa Martin\n7 juin 2017", ["Léa Martin"], (2017, 6, 7, 0, 0)),
        ("Redacción | Madrid | 07/06/2017 - 10:30 h", [], (2017, 6, 7, 10, 30)),
        ("EFE, 7 de junio de 2017", [], (2017, 6, 7, 0, 0)),
        (
            "Da Redação, com Agência Brasil\nPublicado em 7 de junho de 2017",
            [],
            (2017, 6, 7, 0, 0),
        ),
        # a blog's stamp naming no one; a scholar's affiliation
        ("Posted on June 7, 2017 by admin", [], (2017, 6, 7, 0, 0)),
        ("Emma Wright, University of Leeds", ["Emma Wright"], None),
        # several names without "By"; a handle; the outlet after the name; an update stamp
        (
            "Sarah Jones, Tom Lee and Ana Ruiz\nJune 7, 2017",
            ["Sarah Jones", "Tom Lee", "Ana Ruiz"],
            (2017, 6, 7, 0, 0),
        ),
        ("Sarah Jones @sjones\n6/13/2017", ["Sarah Jones"], (2017, 6, 13, 0, 0)),
        ("By Sarah Jones, The Example Times\nJune 7, 2017", ["Sarah Jones"], (2017, 6, 7, 0, 0)),
        (
            "Por María López Actualizado el 07/06/2017 a las 10:30",
            ["María López"],
            (2017, 6, 7, 10, 30),
        ),
        ("Pubblicato il 07/06/2017 da Marco Rossi", ["Marco Rossi"], (2017, 6, 7, 0, 0)),
        ("Redazione Tgcom24\n7 giugno 2017 ore 10:30", [], (2017, 6, 7, 10, 30)),
        # a guest piece, the author's academic titles left out of the name
        ("Guest column by Dr. Helen Brooks\nJune 7, 2017", ["Helen Brooks"], (2017, 6, 7, 0, 0)),
        ("Ein Gastbeitrag von Prof. Dr. Helene Braun", ["Helene Braun"], None),
        ("Autor: Rechtsanwalt Jonas Brenner", ["Jonas Brenner"], None),
        ("Di Avv. Marco Bellini", ["Marco Bellini"], None),
        # the outlet on its own line between the name and the date, or shouted after "FOR"
        (
            "Jessica Morales\nThe Riverton Gazette\nJune 7, 2017",
            ["Jessica Morales"],
            (2017, 6, 7, 0, 0),
        ),
        ("By DAVID PRICE FOR THE DAILY EXAMPLE\nJune 7, 2017", ["David Price"], (2017, 6, 7, 0, 0)),
        # the paper's own correspondent
        ("Von unserem Korrespondenten Max Berger, Brüssel", ["Max Berger"], None),
        ("Par notre correspondant à Bruxelles, Paul Leroy", ["Paul Leroy"], None),
        ("De nuestro corresponsal en París, Juan Gil", ["Juan Gil"], None),
        # an agency's correspondent
        ("Von dpa-Korrespondent Jonas Keller, Berlin", ["Jonas Keller"], None),
        ("By AFP correspondent Jane Doe", ["Jane Doe"], None),
        # a role or place after a bar or a dash; a contribution for the paper over the name
        (
            "Carlos Méndez | Corresponsal en Bruselas\n07/06/2017",
            ["Carlos Méndez"],
            (2017, 6, 7, 0, 0),
        ),
        ("Marco Rossi - Roma\n07/06/2017 - 10:30", ["Marco Rossi"], (2017, 6, 7, 10, 30)),
        (
            "Colaboração para a Folha, de Brasília\nAna Souza\n07.jun.2017 às 10h30",
            ["Ana Souza"],
            (2017, 6, 7, 10, 30),
        ),
        # the place before the date with a slash; the time's "hrs." as Mexican sites print it
        (
            "Por: Lucía Fernández\nCiudad de México / 07.06.2017 10:30 hrs.",
            ["Lucía Fernández"],
            (2017, 6, 7, 10, 30),
        ),
        ("Monterrey / 7 de junio de 2017", [], (2017, 6, 7, 0, 0)),
        # a name and a date with a slash between them, either way round, "By" or not
        ("Julia Steinhoff / 7. Juni 2017", ["Julia Steinhoff"], (2017, 6, 7, 0, 0)),
        ("By Ana Gil / June 7, 2017", ["Ana Gil"], (2017, 6, 7, 0, 0)),
        ("07/06/2017 / Juan Pérez", ["Juan Pérez"], (2017, 6, 7, 0, 0)),
    ],
)
def test_bylines_and_datelines_in_other_languages(head, authors, published):
    cleaned = clean_text(f"Headline of the day\n\n{head}\n\n{BODY_EN}")
    assert cleaned.authors == authors
    assert cleaned.published_at == (published and dt.datetime(*published, tzinfo=UTC))
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "paper, section, headline, byline, dateline, published",
    [
        ("La Gazette de l'Estuaire", "Faits divers",
         "Un incendie détruit un hangar agricole près de Cholet", "Par Claire Martin",
         "Le 06/04/2025 à 18h32", dt.datetime(2025, 4, 6, 18, 32, tzinfo=dt.UTC)),
        ("Rheinische Abendzeitung", "Stadt & Land",
         "Neue Buslinie verbindet Vororte mit dem Bahnhof", "Von Claire Martin",
         "15.04.2025, 06:00 Uhr", dt.datetime(2025, 4, 15, 6, tzinfo=dt.UTC)),
        ("Corriere dell'Adda", "Cronaca", "Frana sulla provinciale, strada chiusa per due giorni",
         "di Claire Martin", "08 aprile 2025, 07:50", dt.datetime(2025, 4, 8, 7, 50, tzinfo=dt.UTC)),
    ],
)  # fmt: skip
def test_a_paper_and_a_section_over_the_headline_are_no_headline(
    paper, section, headline, byline, dateline, published
):
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(
        f"{paper}\n\n{section}\n\n{headline}\n\n{byline}\n\n{dateline}\n\n{first}\n\n{second}"
    )
    assert (cleaned.title, cleaned.authors, cleaned.published_at) == (
        headline,
        ["Claire Martin"],
        published,
    )
    assert cleaned.text == f"{first}\n{second}"


def test_an_aggregators_provider_over_the_headline_is_no_headline():
    first, second = BODY_EN.split("\n\n")
    head = "News Digest\n\nWorld\n\nReuters\n\nCouncil passes the budget after a long debate"
    cleaned = clean_text(f"{head}\n\nSat, June 14, 2025 at 9:05 AM\n\n{first}\n\n{second}")
    assert cleaned.title == "Council passes the budget after a long debate"
    assert cleaned.published_at == dt.datetime(2025, 6, 14, 9, 5, tzinfo=dt.UTC)
    assert cleaned.text == f"{first}\n{second}"


def test_a_read_also_teaser_over_the_headline_is_a_promo():
    first, second = BODY_EN.split("\n\n")
    head = (
        "Il Corriere del Lago\n\nLEGGI ANCHE\n\nChiude lo storico cinema del centro\n\n"
        "Nuova pista ciclabile lungo il fiume\n\ndi Sara Colombo\n\n16 giugno 2025"
    )
    cleaned = clean_text(f"{head}\n\n{first}\n\n{second}")
    assert (cleaned.title, cleaned.authors) == (
        "Nuova pista ciclabile lungo il fiume",
        ["Sara Colombo"],
    )
    assert "Chiude lo storico cinema del centro" in removed_text(cleaned, "promo")
    assert cleaned.text == f"{first}\n{second}"


def test_a_guides_table_of_contents_under_its_headline_leaves_the_headline_the_title():
    head = (
        "Ratgeber Garten\n\nTomaten richtig gießen: So geht's\n\nInhaltsverzeichnis\n\n"
        "Wie oft gießen?\n\nHäufige Fehler"
    )
    body = (
        "Tomaten brauchen viel Wasser, vertragen aber keine Staunässe im Topf.\n\n"
        "Wie oft gießen?\n\nAn heißen Sommertagen sollten Tomaten täglich gegossen werden.\n\n"
        "Häufige Fehler\n\nGießen Sie nie über die Blätter, sondern immer an der Wurzel."
    )
    cleaned = clean_text(f"{head}\n\n{body}")
    assert cleaned.title == "Tomaten richtig gießen: So geht's"
    assert cleaned.text == body.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "line, authors",
    [
        ("Author: Jane Doe", ["Jane Doe"]),
        ("Autoren: Jana Roth und Felix Neumann", ["Jana Roth", "Felix Neumann"]),
        ("Autrices : Léa Blanc et Inès Roy", ["Léa Blanc", "Inès Roy"]),
    ],
)
def test_author_line_at_the_end_gives_the_author(line, authors):
    cleaned = clean_text(f"{BODY_EN}\n\n{line}")
    assert cleaned.authors == authors
    assert removed_text(cleaned, "byline") == line
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter",
        "Folgen Sie uns auf Instagram",
        "Síguenos en Facebook",
        "Advertisement",
        "Anzeige",
        "Tags: budget, council, schools",
        "Schlagwörter: Haushalt, Stadtrat",
    ],
)
def test_follow_prompts_advertisement_markers_and_tag_lines(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_prose_about_copyright_stays():
    line = (
        "The court found that the copyright 2019 claims of the publisher had no basis and "
        "dismissed the case on Friday."
    )
    first, second = BODY_EN.split("\n\n")
    assert clean_text(f"{first}\n\n{line}\n\n{second}").text == f"{first}\n{line}\n{second}"


def test_author_bio_in_german_is_removed():
    body = (
        "Der Stadtrat hat am Dienstag nach sechs Stunden Debatte den neuen Haushalt beschlossen.\n\n"
        "Die Ausgaben für Schulen steigen um vier Prozent, für Straßen gibt es zehn Millionen mehr.\n\n"
        "Die Opposition kündigte an, gegen den Beschluss vorzugehen."
    )
    bio = "Anna Berger ist Redakteurin im Ressort Lokales und schreibt über Stadtpolitik."
    cleaned = clean_text(f"{body}\n\n{bio}")
    assert cleaned.text == body.replace("\n\n", "\n")
    assert removed_text(cleaned, "bio") == bio


@pytest.mark.parametrize(
    "bio",
    [
        "About the author: Ruth Olsen covered city hall for a decade before joining the desk.",
        "Über die Autorin: Eva Roth ist seit 2019 Redakteurin im Lokalressort.",
        "À propos de l'auteure : Claire Marin enseigne l'histoire à Lyon.",
    ],
)
def test_bio_after_its_label_on_one_line_is_removed(bio):
    cleaned = clean_text(f"{BODY_EN}\n\nThe vote is expected next week.\n\n{bio}")
    assert removed_text(cleaned, "bio") == bio
    assert "The vote is expected next week." in cleaned.text


@pytest.mark.parametrize(
    "bio",
    [
        "Jonas Keller ist Wirtschaftsredakteur und berichtet über Verkehr.",
        "Giulia Neri è giornalista della redazione cronaca.",
        "Pedro Alves foi correspondente em Bruxelas durante seis anos.",
        "Ruth Olsen is the paper's chief political correspondent.",
    ],
)
def test_bios_with_compound_or_other_language_job_titles_are_removed(bio):
    cleaned = clean_text(f"{BODY_EN}\n\nThe vote is expected next week.\n\n{bio}")
    assert removed_text(cleaned, "bio") == bio
    assert "The vote is expected next week." in cleaned.text


def test_body_line_after_a_bio_is_kept_and_the_bio_run_follows_its_person():
    bio = "Ruth Olsen is the paper's transport correspondent."
    more = "She has covered city politics since 2012."
    after = "The bakery on Mill Road will reopen on Monday, the owners said."
    votes = "The vote is next week.\n\nTwo members were absent.\n\nThe mayor did not comment."
    cleaned = clean_text(f"{BODY_EN}\n\n{votes}\n\n{bio}\n{more}\n\n{after}")
    assert removed_text(cleaned, "bio") == f"{bio}\n{more}"
    assert cleaned.text.endswith(after)


def test_job_title_in_a_byline_is_not_an_author():
    cleaned = clean_text(f"Council passes budget\n\nBy Ruth Olsen, Political Editor\n\n{BODY_EN}")
    assert cleaned.authors == ["Ruth Olsen"]


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Published: 4 May 2024, 08:10 GMT | Updated 09:55 GMT", (2024, 5, 4, 8, 10)),
        ("Publié le 4 mai 2024 à 08h10, mis à jour à 09h55", (2024, 5, 4, 8, 10)),
        ("Veröffentlicht am 04.05.2024, 08:10 Uhr · aktualisiert 09:55 Uhr", (2024, 5, 4, 8, 10)),
        ("Publié le 04/05/2024 à 08h10 - Modifié le 04/05/2024 à 09h55", (2024, 5, 4, 8, 10)),
        # the update stamp first, the publication after it
        ("Mis à jour le 5 mai 2024 à 10h15 - Publié le 4 mai 2024 à 08h10", (2024, 5, 4, 8, 10)),
        # the update's label run on without a separator
        ("Pubblicato il 4 maggio 2024 Ultima modifica 5 maggio 2024 12:02", (2024, 5, 4, 0, 0)),
        ("Publicado el 4 de mayo de 2024 Última actualización 5 de mayo", (2024, 5, 4, 0, 0)),
    ],
)
def test_dateline_with_an_update_stamp_gives_the_publication_date(dateline, published):
    cleaned = clean_text(f"Council passes budget\n\n{dateline}\n\n{BODY_EN}")
    assert cleaned.published_at == dt.datetime(*published, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("heading", "headlines"),
    [
        ("Read more", ["Bus fares to rise in April", "Why the depot plan was dropped"]),
        ("Mehr zum Thema", ["Neue Radwege für die Innenstadt", "Was Pendler jetzt wissen müssen"]),
        ("À lire aussi", ["Retraites : ce que prévoit le texte"]),
        ("Te puede interesar:", ["Las lluvias no bastan para la cosecha"]),
        ("Lees ook:", ["Nieuwe fietsroute langs de dijk"]),
        # numbered, as a "most read" box prints them
        ("Les plus lus", ["1. Météo : un automne doux", "2. Le marché couvert rouvre"]),
    ],
)
def test_headlines_listed_under_a_promo_heading_are_removed(heading, headlines):
    listing = "\n".join([heading, *headlines])
    cleaned = clean_text(f"{BODY_EN}\n\n{listing}\n\nShare this article")
    assert removed_text(cleaned, "promo") == listing
    assert removed_text(cleaned, "share") == "Share this article"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("heading", "headlines"),
    [
        ("Leggi anche", ["Genova, il porto allunga gli orari di carico"]),
        ("Leia também:", ["Chuva deve voltar no fim de semana", "Feira do livro abre na praça"]),
    ],
)
def test_teasers_under_a_promo_heading_inside_the_article_are_removed(heading, headlines):
    """A box of teasers between two paragraphs: the last teaser is not a subheading."""
    first, second = BODY_EN.split("\n\n")
    listing = "\n".join([heading, *headlines])
    cleaned = clean_text(f"{first}\n\n{listing}\n\n{second}")
    assert removed_text(cleaned, "promo") == listing
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("heading", "headline"),
    [("More news:", "Governor declares emergency"), ("Mais notícias:", "Chuva volta no sábado")],
)
def test_a_short_headline_a_colon_heading_announced_is_a_teaser(heading, headline):
    """The one item of "More news:" is a teaser, and a bio below it is no paragraph of its."""
    bio = "Rachel Kim is a national correspondent based in Denver. She covers the West."
    cleaned = clean_text(f"{BODY_EN}\n\n{heading}\n\n{headline}\n\n{bio}")
    assert removed_text(cleaned, "promo") == f"{heading}\n{headline}"
    assert removed_text(cleaned, "bio") == bio
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_subheading_after_a_promo_heading_stays_with_its_paragraph():
    text = (
        "The council approved the budget on Tuesday after six hours of debate.\n\n"
        "Read more\n\nWhat happens next\n\n"
        "The mayor will present the spending plan to residents at a meeting in March."
    )
    cleaned = clean_text(text)
    assert removed_text(cleaned, "promo") == "Read more"
    assert "What happens next" in cleaned.text.split("\n")


@pytest.mark.parametrize(
    "line",
    [
        "Facebook Twitter WhatsApp Email",
        "Comparte esta noticia",
        "X | LinkedIn | Copy link",
        "Share on: Facebook, X, Email",
        "Enviar por WhatsApp",
        "Per E-Mail versenden",
        "Vous avez aimé cet article ? Partagez-le !",
        "Listen to this article",
        "Réagir à cet article",
        "Teilen auf Facebook",
        "Delen op WhatsApp",
        "Partilhar",
        # a live blog's entry, a video's
        "Share this update",
        "Share this video",
    ],
)
def test_share_buttons_and_prompts(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Ähnliche Beiträge", "promo"),
        ("Das könnte dich auch interessieren!", "promo"),
        ("Dans la même rubrique", "promo"),
        ("Mira también: Cinco rutas para el verano", "promo"),
        ("Articoli correlati", "promo"),
        ("More football news", "promo"),
        ("Mehr Fußball-News", "promo"),
        ("Zurück nach oben", "share"),
        ("Einloggen", "share"),
        ("Alle Meldungen anzeigen", "share"),
        ("Valora esta nota", "share"),
        ("Lascia un commento", "share"),
        ("Etiquetas:", "tags"),
        ("Getaggt mit: Haushalt, Schulen", "tags"),
        ("Ihre E-Mail-Adresse wird nicht veröffentlicht. Pflichtfelder sind markiert.", "comments"),
        ("You must be logged in to post a comment.", "comments"),
        ("Vous avez lu 3 des 5 articles offerts ce mois-ci.", "trailer"),
        ("Get our evening briefing delivered straight to your inbox.", "trailer"),
        # a sign-up form's consent
        ("Al suscribirte, aceptas nuestra política de privacidad.", "trailer"),
        ("By signing up, you agree to our Privacy Policy.", "trailer"),
        ("Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu.", "trailer"),
        ("En vous inscrivant, vous acceptez nos conditions générales d'utilisation.", "trailer"),
        ("Melden Sie sich jetzt zum kostenlosen Newsletter an.", "trailer"),
        ("Inscrivez-vous à notre newsletter pour recevoir l'essentiel.", "trailer"),
        ("Material for your personal, non-commercial use only.", "trailer"),
        ("Riproduzione riservata", "trailer"),
        ("Pressekontakt: Stadtwerke Nordhafen", "trailer"),
        ("Write to the desk at desk@gazette.example", "trailer"),
        ("Some links in this story are affiliate links; we may earn a commission.", "trailer"),
        ("Los comentarios están moderados y se publican tras su revisión.", "comments"),
        ("Click here to download the app", "promo"),
        ("Most read in business", "promo"),
        ("Sorry, something went wrong. Please try again.", "boilerplate"),
        ("Vielen Dank für Ihre Anmeldung!", "boilerplate"),
        ("https://cdn.gazette.example/img/harbour-1200x630.jpg", "boilerplate"),
        ("Lesezeit: 4 Min.", "share"),
        ("Zurück zur Übersicht", "share"),
        ("Was this article helpful?", "share"),
        ("Bild vergrößern Schließen", "share"),
        ("Teilen Sie dies mit:", "share"),
        ("Tweets by @harbourgazette", "share"),
        ("Datenschutzerklärung | Impressum | Kontakt", "boilerplate"),
        ("Externer Inhalt", "boilerplate"),
        ("Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.", "boilerplate"),
        ("42 users online", "boilerplate"),
        ("Les commentaires sont fermés.", "comments"),
        ("Name (required)", "comments"),
        ("Copyright © 2019 Harbour Daily Media | Imprint | Privacy", "trailer"),
        ("© 2021 Stadtwerke Musterstadt, alle Rechte vorbehalten", "trailer"),
        ("» Advertisement", "share"),
        ("Click on the image above to see the whole gallery", "promo"),
        ("Diese Website verwendet Akismet, um Spam zu reduzieren.", "comments"),
        ("Enter your email address to follow this blog and get new posts by email.", "trailer"),
        ("Affiliatelinks", "trailer"),
        ("Deel dit artikel", "share"),
        ("Share or comment on this article:", "share"),
        ("Best rated", "share"),
        ("Mehr zu diesem Thema:", "promo"),
        ("Read more local news from the valley on example.com.", "promo"),
        ("Leia mais notícias do interior no portal.", "promo"),
        ("Cet article est réservé aux abonnés.", "trailer"),
        ("Dieser Artikel ist nur für Abonnenten verfügbar.", "trailer"),
        (
            "Copyright 2017 The Example Press. All rights reserved. This material may not be "
            "published, broadcast or redistributed.",
            "trailer",
        ),
        ("Über dieses Thema berichtete Radio Nord am 7. Juni 2017 um 12:00 Uhr.", "credit"),
        ("Quelle: dpa/lno", "credit"),
        ("Posted in City Hall | Tagged budget, schools | Leave a comment", "tags"),
        ("Bildquelle: picture alliance", "caption"),
        ("Reuse this content", "share"),
        ("Lecture 3 min.", "share"),
        ("Offrir cet article", "share"),
        ("Leggi i commenti", "share"),
        ("Compartilhe essa notícia", "share"),
        ("Siga o Diário no Instagram", "share"),
        ("Receba as notícias do Diário no seu WhatsApp", "share"),
        ("FOR IMMEDIATE RELEASE", "boilerplate"),
        ("The views expressed in this column are the author's own.", "trailer"),
        ("Les opinions exprimées ici n'engagent que leur auteur.", "trailer"),
        ("Do you have a story to share? Email the desk at desk@gazette.example", "trailer"),
        ("Get in touch", "share"),
        ("Print this recipe", "share"),
        ("Notez cette recette", "share"),
        ("Photograph: Jo Hart/Gazette", "caption"),
        ("Credit...Jo Hart for The Gazette", "caption"),
        ("Find our full coverage of the election at https://gazette.example/election", "promo"),
        (
            "The Gazette receives support from the Harbour Trust. The Gazette is solely "
            "responsible for all content.",
            "trailer",
        ),
        ("Our Standards: The Gazette Trust Principles.", "trailer"),
        ("Story continues below advertisement", "share"),
        ("La suite après cette publicité", "share"),
        # a gallery's counter, the text size, saving the article
        ("Image 1 of 12", "share"),
        ("Bild 1 von 5", "share"),
        ("Schriftgröße", "share"),
        ("Save article", "share"),
        ("Sauvegarder l'article", "share"),
        # the story in another language, an error to report
        ("Read this story in Spanish", "share"),
        ("Fehler gefunden? Jetzt melden.", "share"),
        ("Signaler une erreur", "share"),
        # a login prompt, a cookie banner's buttons, the way to the comments
        ("Already a subscriber? Log in", "share"),
        ("Déjà abonné ? Connectez-vous", "share"),
        ("¿Ya eres suscriptor? Inicia sesión", "share"),
        ("Alle akzeptieren", "share"),
        ("Afficher les commentaires", "share"),
        ("Jetzt kommentieren", "share"),
        ("Seguir leyendo", "share"),
        # images that show no scene of the story, an agency's credit, a newsletter box
        ("Image d'illustration", "caption"),
        ("Imagen de archivo", "caption"),
        ("Titelbild: Menschen vor dem Rathaus", "caption"),
        ("Reuters", "credit"),
        ("S'inscrire à la newsletter", "trailer"),
        # promo headings over nothing the page kept
        ("Zum Thema", "promo"),
        # Spanish teasers, subscriber notices, the outlet's apps and channels, login status
        ("Lea: El Congreso aprueba la reforma de las pensiones", "promo"),
        ("VEA TAMBIÉN: Las lluvias dejan cortes de luz en el norte", "promo"),
        ("To view the full story, please subscribe to The Daily Example.", "trailer"),
        ("Subscribe now to our digital edition for the full story.", "trailer"),
        ("If you are already a subscriber, log in for access.", "trailer"),
        ("For the latest stories download the Example News apps for iOS and Android.", "trailer"),
        ("Join our WhatsApp channel for breaking news", "trailer"),
        ("We want to hear what you think about this article.", "share"),
        ("Sie sind aktuell nicht eingeloggt.", "boilerplate"),
        # an outlet's follow prompt and call for letters
        ("Follow The Example Times Opinion section on Facebook, X and Instagram.", "share"),
        ("We'd like to hear what you think about this or any of our articles.", "trailer"),
        # an opinion piece's label before a headline: a teaser of another piece
        ("Opinion: Why the council got the budget wrong", "promo"),
        ("Kommentar: Mehr Mut beim Nahverkehr", "promo"),
        ("Tribune : Il faut rouvrir les rivières", "promo"),
        ("Opinión: El presupuesto llega tarde", "promo"),
        # keeping or giving the article, reusing it
        ("Offrir l’article", "share"),
        ("Lire plus tard", "share"),
        ("Read later", "share"),
        ("Später lesen", "share"),
        ("Réutiliser ce contenu", "share"),
        # a gallery, a player, an embed code, the news feed, a sponsor's label, a login
        ("Bildergalerie öffnen", "share"),
        ("Écouter", "share"),
        ("Comentar", "share"),
        ("Saber más", "share"),
        ("Voir le fil d’actualités", "share"),
        ("Ottieni il codice embed", "share"),
        ("Supported by", "share"),
        ("after newsletter promotion", "share"),
        ("Share full article", "share"),
        ("Sie haben bereits ein Konto? Anmelden", "share"),
        ("Sign up to Green Light, our free weekly environment newsletter", "trailer"),
        ("Privacy Notice: Newsletters may contain info about charities and online ads.", "trailer"),
        # a player's length, the way on to more text, alerts and feedback
        ("Listen (4 min)", "share"),
        ("Click to expand", "share"),
        ("Show full article", "share"),
        ("Read more about this topic", "share"),
        ("Enable notifications to get breaking news alerts.", "share"),
        ("Send us your feedback", "share"),
        ("Recarga la página para ver las últimas actualizaciones", "share"),
        # appeals for money: one that says what the paper rests on, one after a question
        ("Our journalism relies on readers like you. Support us today.", "trailer"),
        ("Vous avez aimé cet article ? Soutenez notre rédaction.", "trailer"),
        # who may comment, the purpose first
        ("Um kommentieren zu können, müssen Sie sich anmelden.", "comments"),
        ("Para comentar, você precisa estar logado.", "comments"),
        ("Per commentare devi essere registrato.", "comments"),
        ("To comment, you need to be signed in.", "comments"),
        # an embed's consent button, a player's button
        ("Inhalte von Drittanbietern anzeigen", "boilerplate"),
        ("Show third-party content", "boilerplate"),
        ("Assistir vídeo", "share"),
        # a site's search, press contact, app and consent lines; its footer's links run together
        ("Suche", "share"),
        ("Themen im Artikel", "tags"),
        ("Ihr Ansprechpartner für Pressefragen", "trailer"),
        (
            "Für Links auf dieser Seite erhält Stadtblick ggf. eine Provision vom Händler.",
            "trailer",
        ),
        ("Unsere App Stadtblick im AppStore", "trailer"),
        (
            "Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu.",
            "boilerplate",
        ),
        ("Über uns Mediadaten Impressum AGB Datenschutz Kontakt", "boilerplate"),
        ("Aktuelle News", "promo"),
        # a newsroom's standards and corrections
        ("Why you can trust us", "share"),
        ("Read our editorial guidelines", "share"),
        ("Unsere Grundsätze", "share"),
        ("Principios editoriales", "share"),
        ("Submit a correction", "share"),
    ],
)
def test_interface_and_notice_lines_go_with_their_kind(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Back in March, the council had promised a decision.",
        "Top officials met the unions on Friday.",
        "Register offices will open on Saturdays from June.",
        "The council's newsletter, sent to every household, announced the closure.",
        "Readers' comments were moderated by volunteers until 2019, the paper said.",
        "More than 300 people attended the meeting.",
        "The petition is online at https://petition.example/harbour",
        "Contact with the crew was lost shortly after midnight.",
        "No comments yet have been filed by the ministry.",
        "Latest news from the front suggested a ceasefire was near.",
        "Privacy policy experts warned the bill would weaken consumer rights.",
        "Gallery owners in the old town reported record sales.",
        "Privacy policy",
        "Support us, the mayor told the crowd, and the harbour will be rebuilt.",
        "Posted in 2019, the video drew thousands of views within a day.",
        "Mehr Nachrichten als je zuvor erreichen die Redaktion über soziale Netzwerke.",
        "Newest figures show that unemployment fell to four percent in May.",
        "Copyright lawyers say the ruling will reshape the music industry.",
        "Save for the harbour, the town has little left of its old trade.",
        "Today the council will decide whether to close the library.",
        "Follow the river north and you reach the old mill within an hour.",
        # where the article first appeared: both benchmarks' golds keep it as text
        "This article was originally published by the Harbour Review.",
        "Correction: An earlier version of this article gave the wrong date for the vote.",
        "The story continues to divide the town, where many remember the flood.",
        "Our standards of care have fallen, the inspectors wrote in their report.",
        "Live music returns to the square on Friday after a two-year break.",
        "Sponsored by the city, the festival runs until Sunday.",
        "Les escrocs envoient de faux messages dans votre boîte mail.",
        # a note that the story changed is part of its record, as a correction is
        "This story has been updated to include comments from the mayor.",
        "Dieser Artikel wurde aktualisiert.",
        "Watch now as the crowd gathers outside the court, one witness urged her followers.",
        "Aid reached the town on Monday (World Food Programme/Red Cross).",
        "The hospital receives funding from the state and from private donors.",
        "Visit our region in spring, the tourism board urged, before the crowds arrive.",
        "Subscribe numbers for the streaming service rose to 12 million.",
    ],
)
def test_body_lines_that_start_like_cues_stay(line):
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"{first}\n\n{line}\n\n{second}")
    assert cleaned.text == f"{first}\n{line}\n{second}"


@pytest.mark.parametrize(
    "box",
    [
        "About the author\nJo Hart covers transport for the Gazette. She joined it in 2015.",
        # a greeting, a name alone, the heading alone (its bio a widget the text lost)
        "Über den Autor\nHallo, ich bin Jan und schreibe hier über Fahrräder und Touren im Harz.",
        "About the author\nMatthias",
        "Über die Autorin",
    ],
)
def test_author_box_under_its_heading_is_a_bio(box):
    cleaned = clean_text(f"{BODY_EN}\n\n{box}")
    assert removed_text(cleaned, "bio") == box
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize("heading", ["Über die Autorin", "Sobre o autor", "About the author"])
def test_an_author_box_heading_takes_no_article_paragraph_after_it(heading):
    last = "The final vote is expected next month, after a second round of hearings."
    cleaned = clean_text(f"Council passes budget\n\n{BODY_EN}\n\n{heading}\n\n{last}")
    assert last in cleaned.text


def test_comments_signed_with_place_and_time_are_a_thread():
    thread = (
        "Comments 3\nGreat news for the town!\nAnna, Bristol, 2 hours ago\n"
        "About time too.\nMike, Leeds, 5 hours ago"
    )
    cleaned = clean_text(f"{BODY_EN}\n\n{thread}")
    assert removed_text(cleaned, "comments") == thread
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "heading",
    [
        "Explore more on these topics",
        "Mehr über",
        "Archivado en",
        "Meer over",
        "Onderwerpen",
        "Sujets",
    ],
)
def test_topics_listed_under_a_tags_heading_are_removed(heading):
    listing = f"{heading}\nTransport\nCity council"
    cleaned = clean_text(f"{BODY_EN}\n\n{listing}")
    assert removed_text(cleaned, "tags") == listing
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_press_release_wrapping_goes_and_its_lead_gives_the_date():
    lead = (
        "LEEDS, England, June 7, 2017 /Example Wire/ -- Northwind Foods today opened a bakery "
        "that will employ 120 people."
    )
    body = "The bakery will supply shops across the north of England from next month."
    tail = (
        "About Northwind Foods\nNorthwind Foods makes bread and cakes for supermarkets.\n\n"
        "Media contact:\nAlex Moore\npress@northwind.example\n\nSOURCE Northwind Foods\n\n###"
    )
    cleaned = clean_text(
        f"Northwind opens bakery\n\nFOR IMMEDIATE RELEASE\n\n{lead}\n\n{body}\n\n{tail}"
    )
    assert cleaned.text == f"{lead}\n{body}"
    assert cleaned.published_at == dt.datetime(2017, 6, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    "lead",
    [
        "PARIS, 4 mars 2025 (AFP) - Le gouvernement a présenté mardi un plan pour les gares.",
        "VALLEVERDE, 4 de marzo de 2025 (EFE).- El Gobierno aprobó este martes un plan.",
    ],
)
def test_a_wire_storys_lead_gives_the_date(lead):
    cleaned = clean_text(f"{lead}\n\nLe plan prévoit de rouvrir des salles d'attente.")
    assert cleaned.published_at == dt.datetime(2025, 3, 4, tzinfo=UTC)
    assert cleaned.text.startswith(lead)


def test_a_transcript_gives_its_broadcast_date_and_loses_its_links():
    cleaned = clean_text(
        "Transcript: Mayor on the housing plan\nBroadcast on Radio Northmoor, March 4, 2025\n"
        f"{BODY_EN}\nThis transcript has been edited for clarity.\n"
        "Listen to the full interview on our app."
    )
    assert cleaned.published_at == dt.datetime(2025, 3, 4, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_newsletter_emails_links_go():
    cleaned = clean_text(
        f"View this email in your browser\nTHE MORNING BRIEF\n{BODY_EN}\n"
        "Forward this email to a friend\nUnsubscribe | Update your preferences"
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_press_release_label_over_the_headline_and_a_lead_in_title_case():
    lead = (
        "Husum, 7. Juni 2017 – Die Nordwind Bäckerei GmbH hat am Mittwoch ein neues Werk "
        "eröffnet, das 120 Menschen beschäftigt."
    )
    body = "Das Werk beliefert ab dem nächsten Monat Geschäfte in ganz Norddeutschland."
    profile = (
        "Über Nordwind Bäckerei\nDie Nordwind Bäckerei GmbH backt seit 1998 Brot für Supermärkte."
    )
    contact = "Pressekontakt:\nAlex Moore\nTelefon: +49 4841 123456"
    cleaned = clean_text(
        f"Pressemitteilung\n\nNordwind eröffnet Werk in Husum\n\n{lead}\n\n{body}\n\n"
        f"{profile}\n\n{contact}"
    )
    assert cleaned.title == "Nordwind eröffnet Werk in Husum"
    assert cleaned.text == f"{lead}\n{body}"
    assert cleaned.published_at == dt.datetime(2017, 6, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    ("caption", "kind"),
    [
        ("Una calle inundada en Valencia, el martes. EFE/Ana Ruiz", "caption"),
        ("Flooded streets in Valencia on Tuesday. Ana Ruiz/Reuters", "caption"),
        ("Originally published: June 7, 2017 at 5:12 p.m.", "dateline"),
        ("Photo: Crowds wait for the results at the hall. (Ben Ortiz/Daily Star)", "caption"),
        # where an ad breaks the article, and paid content's label
        ("Weiterlesen nach der Anzeige", "share"),
        ("Sigue leyendo después de la publicidad", "share"),
        ("Continua a leggere dopo la pubblicità", "share"),
        ("Continua após a publicidade", "share"),
        ("Contenido patrocinado", "share"),
        ("Gesponserter Inhalt", "share"),
        # an embedded post's frame, and its placeholder when cookies block it
        ("View this post on Instagram", "boilerplate"),
        ("A post shared by City of Riverton (@cityofriverton)", "boilerplate"),
        (
            "Ce contenu n'est pas visible en raison de vos préférences en matière de cookies.",
            "boilerplate",
        ),
        ("Want more stories like this? Sign up for our daily briefing.", "trailer"),
        # a caption under its label
        ("Bildunterschrift: Baustelle am Hafen", "caption"),
        ("Légende : Une cour d'école du 3e arrondissement, le 10 mai 2024.", "caption"),
        ("Didascalia: La sala dedicata alle auto da corsa", "caption"),
        ("Legenda: Rua alagada no centro de Caruaru", "caption"),
        ("Photographs by Omar Haddad", "caption"),
        ("Related Coverage", "promo"),
        ("More from Sport", "promo"),
        # a live blog's controls and its update stamp
        ("Key events", "share"),
        ("Show key events only", "share"),
        ("Updated 10:42 BST", "dateline"),
        ("Empfehlungen der Redaktion", "promo"),
        ("Reviewed by Tom Becker", "credit"),
        ("Ajouter à mes favoris", "share"),
        # players, galleries, alerts, apps, paid labels and the author's other pieces
        ("Tap to unmute", "share"),
        ("Video unavailable", "share"),
        ("View gallery", "share"),
        ("Turn on notifications", "share"),
        ("Download the app", "share"),
        ("Sponsored by Example Bank", "share"),
        ("Scroll to continue with content", "share"),
        ("Bildergalerie ansehen", "share"),
        ("Thema folgen", "share"),
        ("Mehr zum Autor", "share"),
        ("Voir la vidéo", "share"),
        ("Seguir este tema", "share"),
        ("Sfoglia la gallery", "share"),
        ("Ouça esta notícia", "share"),
        ("Ascolta la versione audio dell'articolo", "share"),
        ("Loading...", "share"),
        ("Fotogallery", "share"),
        ("X.com Facebook E-Mail", "share"),
        ("Bildbeschreibung einblenden", "share"),
        ("Feedback", "share"),
        ("Je m'inscris", "share"),
        ("Apúntate", "share"),
        ("Normas de participación", "share"),
        ("Sie haben bereits ein Digital-Abo? Hier anmelden", "share"),
        ("Partilhe esta notícia", "share"),
        ("Vedi anche", "promo"),
        ("Veja os vídeos mais assistidos do Jornal", "promo"),
        # an e-mailed newsletter's frame
        ("View in browser", "share"),
        ("Forward to a friend", "share"),
        ("Unsubscribe | Update your preferences", "share"),
        ("Article réservé aux abonnés", "trailer"),
        # a photographer's credit with the outlet closing a caption
        ("Firefighters work at the scene on Sunday. (John Doe/The Example Times)", "caption"),
        ("Smoke rises over the plant. John Doe / The Example Times", "caption"),
    ],
)
def test_agency_photo_credits_and_labelled_datelines_between_paragraphs(caption, kind):
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"{first}\n\n{caption}\n\n{second}")
    assert removed_text(cleaned, kind) == caption
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("Mehr Artikel aus dem Ressort Wirtschaft", "promo"),
        ("More stories from the Metro desk", "promo"),
        ("Hinweis: Dieser Artikel erschien zuerst am 6. Juni.", "editor_note"),
        ("(dpa/afp/jw)", "credit"),
        ("burs-lb/jj/ach", "credit"),
        ("/ab/DP/jha", "credit"),
        ("tll-mb/pc", "credit"),
        ("ABC // JMR", "credit"),
        ("Vous lisez un article réservé aux abonnés.", "trailer"),
        ("Chaque matin, l'essentiel de votre ville. Inscrivez-vous", "trailer"),
        ("Sujets associés\nTransports\nÉconomie", "tags"),
        ("Archivado en: Metro, Transporte público, Verano", "tags"),
        ("Get Coast Monthly delivered to your door every month. 12 issues for £20.", "trailer"),
        ("Try Example Pro for as little as $1 a week.", "trailer"),
        ("Also: See our full coverage of the election at Example News", "promo"),
        ("Tell us what you think...", "share"),
        ("Order Reprints", "share"),
        ("Sujets associés : Rennes, Sport", "tags"),
        ("Got a question about the changes? Email us at desk@example-news.com", "trailer"),
        ("Lo más visto", "promo"),
        ("Les tribunes publiées engagent leurs auteurs et non la rédaction.", "trailer"),
        ("Cet article vous a été utile ? Soutenez-nous", "trailer"),
        (
            "This article is republished from The Example Review under a Creative Commons "
            "license. Read the original article.",
            "trailer",
        ),
        (
            "Disclosure statement\nEmma Wright receives funding from the Research Council.",
            "trailer",
        ),
        ("Vous avez lu 3 articles ce mois-ci.", "trailer"),
        ("Has leído 3 artículos este mes.", "trailer"),
        ("Tópicos: Economia, Salário mínimo, Governo", "tags"),
        ("Contacter l'auteur : pleroy@example.fr", "trailer"),
        ("Contact Jo Hart at jhart@example.com or follow her on X @johart.", "trailer"),
        ("You are receiving this email because you signed up at example.com.", "trailer"),
        ("Most watched News videos", "promo"),
        ("Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.", "trailer"),
        ("Cette tribune n'engage que son autrice.", "trailer"),
        ("Have feedback on this story? Let us know.", "share"),
        ("With reporting from the Associated Press.", "credit"),
        ("This report contains material from Reuters and AFP.", "credit"),
        ("Con informazioni di Ansa.", "credit"),
        ("Mais do Jornal", "promo"),
        ("(red)", "credit"),
        ("Lesen Sie mehr aus Oberdorf", "promo"),
        ("Diesen Artikel weiterlesen mit Example+", "trailer"),
        ("Veröffentlicht in Vereinsleben", "tags"),
        ("L'essentiel de l'actu de Rennes chaque matin dans votre boîte mail", "trailer"),
        ("Recibe cada mañana las noticias de Sevilla en tu correo", "trailer"),
        ("¿Te ha resultado útil esta noticia?\nSí\nNo", "share"),
        ("Cet article vous a-t-il été utile ?\nOui\nNon", "share"),
        ("Kontakt\nTSV Musterstadt e.V.\nSportplatzweg 3\n12345 Musterstadt", "trailer"),
        ("Iscriviti alla newsletter\nRicevi le notizie più importanti ogni mattina.", "trailer"),
        ("Comentários\nPara comentar tem de ser assinante.", "comments"),
        ("Hai una segnalazione? Scrivi a redazione@example.it", "trailer"),
        ("Tem uma sugestão de pauta? Envie para redacao@example.com.br", "trailer"),
        ("Suggested Topics:\nCommodities\nMetals", "tags"),
        ("Keine Kommentare", "comments"),
        ("Die Redaktion", "byline"),
        ("Tópicos\nHabitação\nJuventude", "tags"),
        ("Cet article vous a été utile ? Suivez l’actualité de Rennes sur notre site.", "trailer"),
        # agencies as a footnote, a call to log in to comment, a tag list under "Tag"
        ("*Com informações da Agência Brasil", "credit"),
        ("Vous souhaitez réagir ? Connectez-vous ou créez un compte.", "comments"),
        ("Sie möchten kommentieren? Melden Sie sich an.", "comments"),
        ("Tag\nponte\nviabilità\nlavori pubblici", "tags"),
        ("Labels: birds, reservoir, surveys", "tags"),
        ("Trefwoorden: gemeente, begroting", "tags"),
        ("Parole chiave: bilancio, consiglio", "tags"),
        ("No comments:", "comments"),
        # the site's news from a place, an opinion page's note, the columnist's other pieces
        ("Más noticias de Valdemora", "promo"),
        ("Plus d'actualités de Rivière", "promo"),
        ("Os artigos publicados com assinatura não traduzem a opinião do jornal.", "trailer"),
        (
            "Cet article est une tribune, rédigée par un auteur extérieur au journal et dont le "
            "point de vue n'engage pas la rédaction.",
            "trailer",
        ),
        ("Leia mais colunas de Marcos Teixeira", "share"),
        ("Alle Angaben ohne Gewähr.", "trailer"),
        ("Mehr zum Thema auf nordhain.example", "promo"),
        ("Contenido relacionado", "promo"),
    ],
)
def test_closing_notes_credits_and_boxes(tail, kind):
    cleaned = clean_text(f"{BODY_EN}\n\n{tail}")
    assert removed_text(cleaned, kind) == tail
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_call_to_sign_up_inside_prose_stays():
    line = "The union urged its members to vote in the ballot, and most signed up."
    assert clean_text(f"{BODY_EN}\n\n{line}").text.endswith(line)


def test_about_heading_inside_the_article_stays():
    text = (
        f"{BODY_EN}\n\nAbout Harbour Park\n\nHarbour Park opened in 1902 and is the town's oldest "
        "park.\n\nThe council will repaint its bandstand in the spring, officials said."
    )
    assert clean_text(text).text == text.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "credit",
    [
        "Report by Jo Hart",
        "Das Gespräch führte Jo Hart.",
        "Propos recueillis par Jo Hart",
        # credit labels in more languages and forms
        "Verfasser: Jo Hart",
        "Autor/in: Jo Hart",
        "Reportagem: Jo Hart",
        "Reportage : Jo Hart",
        "Bericht: Jo Hart",
        "Recherche: Jo Hart",
        "Auteure : Jo Hart",
        "Testo e foto di Jo Hart",
    ],
)
def test_reporter_or_interviewer_line_at_the_end_gives_the_author(credit):
    cleaned = clean_text(f"{BODY_EN}\n\n{credit}")
    assert cleaned.authors == ["Jo Hart"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("byline", "bio"),
    [
        ("By Jo Hart", "Jo Hart is a professor of urban planning at Northgate University."),
        # the name with the title it signs with
        (
            "Ein Gastbeitrag von Dr. Jo Hart",
            "Dr. Jo Hart ist Stadtklimatologin an der Universität Nordhain.",
        ),
    ],
)
def test_bio_of_the_bylined_author_is_removed_whatever_the_job(byline, bio):
    cleaned = clean_text(f"Parks need more money\n\n{byline}\n\n{BODY_EN}\n\n{bio}")
    assert removed_text(cleaned, "bio") == bio
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_line_about_someone_else_at_the_end_stays():
    line = "Ann Lee is a professor of urban planning at Northgate University."
    text = f"Parks need more money\n\nBy Jo Hart\n\n{BODY_EN}\n\n{line}"
    assert clean_text(text).text.split("\n")[-1] == line


def test_match_facts_after_the_report_stay():
    facts = (
        "Line-ups\nUnited: Harris; Cole, Mendes; Lopez, King.\nReferee: P. Lang\nAttendance: 41,203"
    )
    cleaned = clean_text(f"{BODY_EN}\n\n{facts}")
    assert cleaned.text == f"{BODY_EN}\n{facts}".replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("head", "title", "authors"),
    [
        ("Local News\nCouncil votes to rebuild the pier\nBy Dan Okafor", "Council votes to rebuild the pier", ["Dan Okafor"]),
        ("Verkehr\nNeue Buslinie verbindet drei Dörfer\nVon Anna Berger\n12.03.2024", "Neue Buslinie verbindet drei Dörfer", ["Anna Berger"]),
        ("Opinion | Libraries are our last living rooms\nBy Grace Whitfield", "Libraries are our last living rooms", ["Grace Whitfield"]),
        # a short headline over its byline is no section label
        ("Pier rebuilt\nBy Dan Okafor", "Pier rebuilt", ["Dan Okafor"]),
    ],
)  # fmt: skip
def test_section_label_over_or_before_the_headline_is_not_the_title(head, title, authors):
    cleaned = clean_text(f"{head}\n\n{BODY_EN}")
    assert (cleaned.title, cleaned.authors) == (title, authors)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_headline_naming_a_person_above_the_dateline_is_the_title_not_an_author():
    cleaned = clean_text(f"Lucía Romero\n\n7 June 2017\n\n{BODY_EN}")
    assert cleaned.title == "Lucía Romero" and cleaned.authors == []
    assert cleaned.published_at == dt.datetime(2017, 6, 7, tzinfo=UTC)


def test_an_embedded_post_quoted_in_the_article_stays():
    """The post and its signature are what the story quotes (dev golds keep them as body)."""
    post = "It's 104 in Riverton right now. Stay inside if you can.\n— Weather Desk (@WxDesk) June 20, 2017"
    first, second = BODY_EN.split("\n\n")
    assert clean_text(f"{first}\n\n{post}\n\n{second}").text == f"{first}\n{post}\n{second}"


def test_a_shouted_place_alone_in_the_head_is_a_dateline():
    cleaned = clean_text(f"Acme opens a plant\n\nBAAR, SWITZERLAND\n\n{BODY_EN}")
    assert cleaned.title == "Acme opens a plant"
    assert removed_text(cleaned, "dateline") == "BAAR, SWITZERLAND"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_bulleted_teasers_after_the_closing_boilerplate_are_promos():
    teasers = "- Bridge reopens after six months of repairs\n- Council names a new harbour master"
    cleaned = clean_text(f"{BODY_EN}\n\nShare this article\n\n{teasers}")
    assert removed_text(cleaned, "promo") == teasers
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "line",
    [
        "Mira: creo que el gobierno se equivoca en esto.",
        "The ministry said on its Telegram channel that the talks had ended.",
    ],
)
def test_a_speaker_and_a_channel_named_in_prose_stay(line):
    first, second = BODY_EN.split("\n\n")
    assert clean_text(f"{first}\n\n{line}\n\n{second}").text == f"{first}\n{line}\n{second}"


@pytest.mark.parametrize(
    # with its full stop or without: a headline of three words over it is no section label
    "standfirst",
    ["The vote ends a six-month fight over school funding.", "The vote ends a long fight"],
)
def test_standfirst_under_the_headline_stays_and_the_byline_under_it_is_read(standfirst):
    cleaned = clean_text(
        f"Council passes budget\n{standfirst}\nBy Jo Hart | June 7, 2017\n\n{BODY_EN}"
    )
    assert (cleaned.title, cleaned.authors) == ("Council passes budget", ["Jo Hart"])
    assert cleaned.published_at == dt.datetime(2017, 6, 7, tzinfo=UTC)
    assert cleaned.text == f"{standfirst}\n" + BODY_EN.replace("\n\n", "\n")


def test_dated_byline_below_a_long_standfirst_gives_the_author_and_goes():
    standfirst = (
        "The vote ends a six-month fight over school funding, and the mayor says the city can "
        "now plan for the next three years."
    )
    byline = "By Jo Hart | June 7, 2017"
    cleaned = clean_text(f"Council passes budget\n\n{standfirst}\n\n{BODY_EN}\n\n{byline}")
    assert cleaned.authors == ["Jo Hart"]
    assert removed_text(cleaned, "byline") == byline


def test_a_sentence_after_an_opinion_label_stays():
    line = "Opinion: the council got it wrong, and here is why it matters for everyone."
    first, second = BODY_EN.split("\n\n")
    assert clean_text(f"{first}\n\n{line}\n\n{second}").text == f"{first}\n{line}\n{second}"


def test_a_run_of_headlines_ending_the_text_is_a_list_of_teasers():
    teasers = (
        "Bridge reopens after six months of repairs\nCouncil names a new harbour master\n"
        "School meals to cost more from September"
    )
    cleaned = clean_text(f"{BODY_EN}\n\n{teasers}")
    assert removed_text(cleaned, "promo") == teasers
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_two_headline_like_lines_ending_the_text_stay():
    lines = "Bridge reopens after six months of repairs\nCouncil names a new harbour master"
    assert clean_text(f"{BODY_EN}\n\n{lines}").text.endswith(lines)


def test_a_bulleted_list_ending_the_text_stays():
    listing = (
        "What you need to apply for the grant\n- A tax number and a bank account\n"
        "- Proof of address from the last three months\n- A short plan of the repairs"
    )
    assert clean_text(f"{BODY_EN}\n\n{listing}").text.endswith(listing)


def test_a_wire_lead_is_never_cut_by_the_line_model():
    """Whatever the model says: a model that holds every line boilerplate cuts all but the lead."""
    from transforms.clean import _mark_by_model

    class EverythingIsBoilerplate:
        def is_boilerplate(self, lines):
            return [True] * len(lines)

    lines = [
        "HAYWARD, Calif. (AP) — The Latest on the storm along the coast (all times local):",
        "3:15 p.m. — Crews have restored power to 400 homes, the utility said.",
    ]
    kinds = [None, None]
    _mark_by_model(lines, [0, 1], kinds, EverythingIsBoilerplate())
    assert kinds[0] is None and kinds[1] is not None


@pytest.mark.parametrize(
    "bio",
    [
        "Ruth Olsen covers city hall for The Example Courier.",
        "Ana Ruiz cubre información local para El Diario del Sur.",
    ],
)
def test_what_a_journalist_covers_for_their_outlet_is_a_bio(bio):
    cleaned = clean_text(f"{BODY_EN}\n\nThe vote is expected next week.\n\n{bio}")
    assert removed_text(cleaned, "bio") == bio


def test_a_noun_phrase_covering_costs_is_not_a_bio():
    line = "The Government covers most of the cost for Ukraine, the minister said."
    assert clean_text(f"{BODY_EN}\n\n{line}").text.endswith(line)


def test_a_headline_printed_twice_is_said_once():
    """Copied pages repeat the headline (the page's title, then its heading)."""
    cleaned = clean_text(
        f"Library to open on Sundays\n\nLibrary to open on Sundays\n\nBy Ann Lee\n\n{BODY_EN}"
    )
    assert cleaned.title == "Library to open on Sundays" and cleaned.authors == ["Ann Lee"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("head", "title", "standfirst", "authors", "published"),
    [
        (
            "Wirtschaft\n\nWarum die Mieten in Leipzig so stark steigen\n\n{standfirst}\n\n"
            "Eine Analyse von Tobias Brandt\n\n14.05.2024, 06.00 Uhr",
            "Warum die Mieten in Leipzig so stark steigen",
            "Die Stadt galt lange als günstig. Jetzt ziehen die Preise an.",
            ["Tobias Brandt"],
            (2024, 5, 14, 6, 0),
        ),
        # a bare name over its dateline
        (
            "Sociedad\n\nSevilla cierra la piscina municipal del Prado por obras\n\n{standfirst}"
            "\n\nCarmen Ortega\n\nSevilla, 14 MAY 2024 - 07:00",
            "Sevilla cierra la piscina municipal del Prado por obras",
            "Los trabajos durarán un año y costarán 3,5 millones de euros.",
            ["Carmen Ortega"],
            (2024, 5, 14, 7, 0),
        ),
        # a label over a label, a standfirst without its stop
        (
            "Sport\n\nHandball\n\nLate goal saves a point for the Harbour Hawks\n\n{standfirst}"
            "\n\nBy Jo Hart\n\nPublished 9:42 AM GMT+1, Wed 12 March 2025",
            "Late goal saves a point for the Harbour Hawks",
            "The home side trailed by four at the break",
            ["Jo Hart"],
            (2025, 3, 12, 8, 42),
        ),
        # a place's name over the headline, a newsletter's over the post
        (
            "Vale do Sol\n\nChuva forte deixa bairros sem energia\n\n{standfirst}\n\n"
            "Por Ana Lima, g1 Vale do Sol\n\n02/03/2025 19h41",
            "Chuva forte deixa bairros sem energia",
            "Defesa Civil registrou 48 milímetros em duas horas; não há feridos.",
            ["Ana Lima"],
            (2025, 3, 2, 19, 41),
        ),
        (
            "The Ferry Letter\n\nWhy the island ferry keeps breaking down\n\n{standfirst}\n\n"
            "Ruth Calloway\n\nMar 03, 2025\n\n14\n\n3\n\nShare",
            "Why the island ferry keeps breaking down",
            "A look inside the maintenance records",
            ["Ruth Calloway"],
            (2025, 3, 3, 0, 0),
        ),
        # labels of two words, the author's bio under the byline by honorific
        (
            "Opinion\n\nGuest Essay\n\nOur libraries are the town's living room\n\n{standfirst}"
            "\n\nBy Miriam Osei\n\nMs. Osei is a librarian in Northmoor.\n\nMarch 3, 2025",
            "Our libraries are the town's living room",
            "Cuts to opening hours would hurt the people who have nowhere else to go",
            ["Miriam Osei"],
            (2025, 3, 3, 0, 0),
        ),
        # breadcrumbs; a shouted label over a name and role; a shouted name over place and date
        (
            "Home > News > Local News\n\nWater main floods downtown\n\n{standfirst}\n\n"
            "By Kevin Alvarez | kalvarez@herald.example | Northmoor Herald\n\n"
            "PUBLISHED: March 3, 2025 at 5:12 p.m. | UPDATED: March 4, 2025 at 9:00 a.m.",
            "Water main floods downtown",
            "Both streets were closed for several hours",
            ["Kevin Alvarez"],
            (2025, 3, 3, 17, 12),
        ),
        (
            "ANALYSIS\n\nThe budget's quiet winner is the bus network\n\n{standfirst}\n\n"
            "Jo Hart, Political Editor\n\n3 March 2025",
            "The budget's quiet winner is the bus network",
            "Routes outside the centre get an extra £12m a year",
            ["Jo Hart"],
            (2025, 3, 3, 0, 0),
        ),
        (
            "ESPAÑA\n\nEl Ayuntamiento amplía el horario de las bibliotecas\n\n{standfirst}\n\n"
            "JUAN PÉREZ\n\nValencia Actualizado Lunes, 3 marzo 2025 - 09:40",
            "El Ayuntamiento amplía el horario de las bibliotecas",
            "Las salas de estudio abrirán hasta la medianoche en mayo y junio",
            ["Juan Pérez"],
            (2025, 3, 3, 9, 40),
        ),
        (
            "Política\n\nCâmara aprova projeto que amplia licença-paternidade\n\n{standfirst}\n\n"
            "Renata Souza\n\nBrasília\n\n3.mar.2025 às 18h22",
            "Câmara aprova projeto que amplia licença-paternidade",
            "Texto segue para o Senado; prazo passaria de 5 para 20 dias",
            ["Renata Souza"],
            (2025, 3, 3, 18, 22),
        ),
        # a headline in title case over its standfirst is no label
        (
            "Council Passes Budget\n\n{standfirst}\n\nBy Ann Lee\n\nMay 14, 2024",
            "Council Passes Budget",
            "The plan raises spending on schools and roads",
            ["Ann Lee"],
            (2024, 5, 14, 0, 0),
        ),
    ],
)
def test_section_label_over_headline_standfirst_and_byline(
    head, title, standfirst, authors, published
):
    """The standfirst under the headline stays; the label above and the byline below go."""
    cleaned = clean_text(f"{head.format(standfirst=standfirst)}\n\n{BODY_EN}")
    assert (cleaned.title, cleaned.authors) == (title, authors)
    assert cleaned.published_at == dt.datetime(*published, tzinfo=UTC)
    assert cleaned.text == f"{standfirst}\n{BODY_EN}".replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("byline", "bio", "author"),
    [
        (
            "By Helen Brooks",
            "Helen Brooks is a professor of urban planning at Riverton University.",
            "Helen Brooks",
        ),
        (
            "Ein Gastbeitrag von Helene Braun",
            "Die Autorin lehrt Stadtplanung an der Universität Riverstadt.",
            "Helene Braun",
        ),
        (
            "Par Hélène Brun, urbaniste",
            "Hélène Brun est professeure d'urbanisme à l'université de Rivière.",
            "Hélène Brun",
        ),
    ],
)
def test_the_authors_bio_under_the_byline_is_removed(byline, bio, author):
    """Opinion pages say who the guest author is right under the byline."""
    cleaned = clean_text(f"Our parks deserve better funding\n\n{byline}\n\n{bio}\n\n{BODY_EN}")
    assert cleaned.authors == [author]
    assert removed_text(cleaned, "bio") == bio
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_line_about_someone_else_under_the_byline_stays():
    line = "Maria Lopez is the city's new parks director, appointed in March after a long search."
    cleaned = clean_text(f"Parks get a new director\n\nBy Helen Brooks\n\n{line}\n\n{BODY_EN}")
    assert cleaned.text.startswith(line)


@pytest.mark.parametrize(
    ("signed", "author"),
    [
        ("Camille Moreau (Lyon, correspondante)", "Camille Moreau"),
        ("Marta Gil, Sevilla", "Marta Gil"),
        ("— ANNA WEBER", "Anna Weber"),
        ("Luca Ferri", "Luca Ferri"),
    ],
)
def test_the_authors_name_signed_under_the_article_gives_the_author_and_goes(signed, author):
    body = f"{BODY_EN}\n\n{BODY_EN}"
    cleaned = clean_text(f"{body}\n\n{signed}")
    assert cleaned.authors == [author]
    assert removed_text(cleaned, "byline") == signed
    assert cleaned.text == body.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "last",
    ["MONTE VERDE", "Rue de la Paix", "Euer Tom Berger", "Thank You.", "Happy Birthday"],
)
def test_a_place_a_goodbye_or_a_phrase_under_the_article_is_no_signature(last):
    body = f"{BODY_EN}\n\n{BODY_EN}"
    cleaned = clean_text(f"{body}\n\n{last}")
    assert cleaned.authors == []
    assert "byline" not in kinds(cleaned)


@pytest.mark.parametrize("desk", ["Wales News, Swansea", "Political correspondent", "Sport"])
def test_a_bare_name_over_its_desk_or_role_is_an_undated_byline(desk):
    cleaned = clean_text(f"Bridge to close for repairs\nRhian Evans\n{desk}\n{BODY_EN}")
    assert cleaned.title == "Bridge to close for repairs"
    assert cleaned.authors == ["Rhian Evans"]
    assert removed_text(cleaned, "byline") == f"Rhian Evans\n{desk}"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "widgets",
    [
        "Listen to this article · 6:12 min\nShare full article",
        "Ouça este artigo\n00:00\n03:12\nGostaria de ouvir? Assine já",
    ],
)
def test_a_standfirst_over_a_player_then_the_byline_stays_and_the_byline_is_read(widgets):
    standfirst = "Residents say the project will strain water supplies, and the company disagrees."
    cleaned = clean_text(
        f"A small town splits over a data center\n{standfirst}\n{widgets}\nBy Jane Doe\n"
        f"Reporting from Millbrook, Ga.\nMay 14, 2024\n{BODY_EN}"
    )
    assert cleaned.authors == ["Jane Doe"]
    assert cleaned.published_at == dt.datetime(2024, 5, 14, tzinfo=UTC)
    assert cleaned.text == f"{standfirst}\n" + BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Illustration: Studio Example", "caption"),
        ("- Anzeige -", "share"),
        ("Autora: Marta Gil", "byline"),
        ("Share via Email", "share"),
        ("Auf Facebook teilen", "share"),
        ("Abonnieren Sie unseren Newsletter", "trailer"),
        # a heading that says its one short item is another story ("Read more" may be a button)
        ("Lesen Sie auch\n\nStadtrat streitet über Schulen", "promo"),
        ("Te puede interesar\n\nEl presupuesto, en cifras", "promo"),
        ("Veja também\n\nOrçamento em números", "promo"),
    ],
)
def test_lines_set_inside_the_article_go_with_their_kind(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line.replace("\n\n", "\n"))]


@pytest.mark.parametrize(
    ("byline", "tail", "kinds_after"),
    [
        ("Von Jonas Richter", "Der Autor ist freier Journalist und lebt in Hamburg.", ["bio"]),
        ("Par Claire Dubois", "L'autrice\nClaire Dubois est correspondante à Bruxelles.", ["bio"]),
        (
            "Por Marta Gil",
            "Marta Gil (Madrid, 1980) es periodista y escribe sobre política municipal.",
            ["bio"],
        ),
        (
            "di Andrea Conti",
            "Andrea Conti, giornalista, segue la cronaca politica per il giornale dal 2010.",
            ["bio"],
        ),
        (
            "Von Jonas Richter",
            "Jonas Richter\nRedakteur Lokales\nE-Mail: j.richter@example.de",
            ["byline", "bio", "trailer"],
        ),
        ("Von Jonas Richter", "Alle Artikel von Jonas Richter", ["share"]),
        ("By Ann Lee", "Ann Lee writes about housing for The Northmoor Post.", ["bio"]),
        # a box whose bio opens with the author's role, then the thread's link with its count
        (
            "Por Lucía Martín",
            "Lucía Martín\nRedactora de la sección de Local. Escribe sobre urbanismo.\n"
            "Ver comentarios (3)",
            ["byline", "bio", "share"],
        ),
        (
            "di Giulia Bianchi",
            "Giulia Bianchi\nGiornalista, scrive di cultura e spettacoli per la redazione.",
            ["byline", "bio"],
        ),
    ],
)
def test_the_authors_bio_box_or_page_link_after_the_article_goes(byline, tail, kinds_after):
    cleaned = clean_text(f"Stadtrat beschließt Haushalt\n{byline}\n{BODY_EN}\n\n{tail}")
    assert kinds(cleaned)[1:] == kinds_after
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_named_person_in_an_aside_after_the_article_is_no_bio():
    line = "Marta Gil, the mayor, said she was pleased with the vote."
    cleaned = clean_text(f"Council passes budget\nPor Marta Gil\n{BODY_EN}\n\n{line}")
    assert cleaned.text.endswith(line)


MENU = "Skip to main content\nMenu\nSearch\nNews\nSport\nBusiness\nLocal News"


def test_a_pasted_menu_over_the_article_goes_and_the_headline_is_found():
    cleaned = clean_text(
        f"{MENU}\nHarbour ferry fares to rise by 10 percent\nBy Mark Ellis\nJune 4, 2024\n{BODY_EN}"
    )
    assert cleaned.title == "Harbour ferry fares to rise by 10 percent"
    assert cleaned.authors == ["Mark Ellis"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_list_of_amounts_opening_a_text_is_no_menu():
    recipe = "Lemon cake\nServes 8\n200 g flour\n3 eggs\n1 lemon\n100 g sugar"
    cleaned = clean_text(f"{recipe}\n{BODY_EN}")
    assert cleaned.text.startswith("Serves 8\n200 g flour\n3 eggs\n1 lemon\n100 g sugar\n")


def test_a_most_read_list_with_its_ranks_and_the_page_links_after_the_article_go():
    tail = (
        "Most Read\n1\nMan dies after crash on the coast road\n2\nPub to close after 200 years"
        "\n3\nNew supermarket plans approved by council\nService\nImpressum\nDatenschutz"
    )
    cleaned = clean_text(f"{BODY_EN}\n\n{tail}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert removed_text(cleaned, "promo").startswith("Most Read\n1\nMan dies")


@pytest.mark.parametrize(
    ("menu", "banner", "buttons"),
    [
        (
            "Aller au contenu principal\nMenu\nRechercher\nActualité\nSport",
            "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre "
            "navigation, vous acceptez leur utilisation.",
            "Accepter\nParamétrer",
        ),
        (
            "Ir al contenido\nMenú\nBuscar\nPortada\nDeportes",
            "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.",
            "Aceptar\nConfigurar",
        ),
        (
            "Vai al contenuto\nMenu\nCerca\nCronaca\nSport",
            "Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione "
            "acconsenti all'uso dei cookie.",
            "Accetta\nRifiuta",
        ),
    ],
)
def test_a_menu_and_a_cookie_banner_over_the_article_go(menu, banner, buttons):
    cleaned = clean_text(
        f"{menu}\n{banner}\n{buttons}\nCouncil passes its budget\nBy Mark Ellis\nJune 4, 2024\n"
        f"{BODY_EN}"
    )
    assert cleaned.title == "Council passes its budget"
    assert cleaned.authors == ["Mark Ellis"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_story_about_cookie_rules_stays():
    line = "Websites must now ask before they use cookies to track visitors, the regulator said."
    first, second = BODY_EN.split("\n\n")
    assert clean_text(f"{first}\n\n{line}\n\n{second}").text == f"{first}\n{line}\n{second}"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("1 of 12", "share"),
        ("Bild 1 von 8", "share"),
        ("2 / 10", "share"),
        ("Ver galería completa", "share"),
        ("Suivez notre direct", "share"),
        ("Weitere Nachrichten aus Niedersachsen", "promo"),
        ("Un árbol caído bloquea una calle en A Coruña. ÓSCAR CORRAL", "caption"),
        ("$499 at Amazon", "trailer"),
        ("29,99 € bei Otto", "trailer"),
        ("View at Best Buy", "trailer"),
    ],
)
def test_gallery_counters_live_links_shop_buttons_and_shouted_photo_credits(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_shouted_heading_with_a_stop_inside_is_no_photo_credit():
    line = "VOLKSWAGEN ID. SPACE VIZZION CONCEPT"
    first, second = BODY_EN.split("\n\n")
    assert clean_text(f"{first}\n\n{line}\n\n{second}").text == f"{first}\n{line}\n{second}"


@pytest.mark.parametrize(
    ("signed", "author"),
    [
        ("Von Lena Hoffmann", "Lena Hoffmann"),
        ("Written by Sam Okafor", "Sam Okafor"),
        ("(Lena Hoffmann)", "Lena Hoffmann"),
        ("Lena Hoffmann, dpa", "Lena Hoffmann"),
        ("Testo di Andrea Conti", "Andrea Conti"),
        ("Redaktion: Lena Hoffmann", "Lena Hoffmann"),
        ("Text und Fotos: Lena Hoffmann", "Lena Hoffmann"),
        ("Texto de João Silva", "João Silva"),
    ],
)
def test_a_byline_after_the_article_gives_the_name_without_its_by(signed, author):
    body = f"{BODY_EN}\n\n{BODY_EN}"
    cleaned = clean_text(f"{body}\n\n{signed}")
    assert cleaned.authors == [author]
    assert cleaned.text == body.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "ending",
    [
        "The new board members are:\nAnna Weber\nTom Hale\nMarta Gil",
        "The winner of this year's prize was announced at the end of the evening:\nMarta Gil",
    ],
)
def test_a_name_closing_a_list_or_announced_by_a_colon_is_no_signature(ending):
    cleaned = clean_text(f"Club elects new board\n{BODY_EN}\n{ending}")
    assert cleaned.authors == []
    assert cleaned.text.endswith("Marta Gil")


def test_a_platforms_head_with_a_follow_button_counters_and_a_separator():
    cleaned = clean_text(
        "Why our team stopped writing microservices\nDana Fox\nFollow\n7 min read\n·\n"
        f"Mar 12, 2024\n1.2K\n14\nListen\nShare\n{BODY_EN}\n\nWritten by Dana Fox\n"
        "2.3K Followers\nMore from Dana Fox"
    )
    assert cleaned.authors == ["Dana Fox"]
    assert cleaned.published_at == dt.datetime(2024, 3, 12, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_tickers_box_in_the_head_and_a_syndicators_links_after_the_article():
    cleaned = clean_text(
        "Airline adds new routes\nRuth Kim\nTue, June 4, 2024 at 10:32 AM\n2 min read\n"
        f"In this article:\nACME\n+1.20%\n{BODY_EN}\n\nStory continues\n\n{BODY_EN}\n\n"
        "Recommended Stories\nMarkets rally as inflation eases\nTerms and Privacy Policy\n"
        "Privacy Dashboard"
    )
    assert cleaned.authors == ["Ruth Kim"]
    assert cleaned.text == (BODY_EN + "\n" + BODY_EN).replace("\n\n", "\n")


def test_a_newsletters_thanks_and_its_counters_after_the_post_go():
    cleaned = clean_text(
        f"{BODY_EN}\n\nThanks for reading The Housing Letter! Subscribe for free to receive new "
        "posts.\n12\n3\nShare\nDiscussion about this post\nReady for more?"
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_press_releases_profile_goes_with_the_wires_lines_after_it():
    cleaned = clean_text(
        f"Acme opens research center\n{BODY_EN}\n\n{BODY_EN}\n\nAbout Acme Corp\n"
        "Acme Corp develops materials for batteries and employs 3,000 people in eight countries."
        "\nSOURCE Acme Corp\nhttps://www.acme.example"
    )
    assert "About Acme Corp\nAcme Corp develops" in removed_text(cleaned, "trailer")


def test_a_french_press_releases_profile_with_an_elided_article_goes():
    profile = "À propos d'Acme\nAcme est un fabricant de composants. L'entreprise emploie 2 500 personnes."
    cleaned = clean_text(f"Acme ouvre une usine\n{BODY_EN}\n\n{BODY_EN}\n\n{profile}")
    assert profile in removed_text(cleaned, "trailer")


def test_a_price_in_a_sentence_stays():
    line = "Tickets cost $20 at the door, and children under 12 get in free."
    first, second = BODY_EN.split("\n\n")
    assert clean_text(f"{first}\n\n{line}\n\n{second}").text == f"{first}\n{line}\n{second}"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Wordcount: 717", "share"),
        ("Publish date:", "share"),
        ("@examplewriter", "share"),
        ("War der Artikel nützlich?", "share"),
        ("Möchten Sie den Artikel teilen?", "share"),
        ("Ausgabe kaufen", "share"),
        ("We've detected you are on Internet Explorer. Please update your browser.", "boilerplate"),
        (
            "If you continue using our website, we'll assume that you are happy with cookies.",
            "boilerplate",
        ),
        ("Durch die Nutzung dieser Website stimmen Sie unseren Bedingungen zu.", "boilerplate"),
        ("Pingback: Ten walks around the lake | The Example Blog", "comments"),
        ("You are commenting using your Google account. ( Log Out / Change )", "comments"),
        ("Subscribe to Example Weekly and stay up to date.", "trailer"),
        ("Subscription will auto renew annually.", "trailer"),
        ("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", "trailer"),
        ("Veröffentlicht in: Originalbeitrag", "tags"),
        ("This entry was posted in News and tagged budget, council.", "tags"),
        ("Alle Artikel dieses Blogs stehen unter der Lizenz CC BY-SA 4.0.", "trailer"),
    ],
)
def test_more_widgets_notices_and_stray_bylines_inside_the_page(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "The newsletter, delivered to your inbox every Friday, will cover local politics.",
        "We use cookies from the local bakery in every sandwich, the café's owner said proudly.",
        "Source: the figures come from the national statistics office and cover the whole year.",
        "Share prices fell 3% on Monday after the company cut its forecast for the year.",
        "Mehr zum Thema Verkehr will die Stadt im Herbst in einer Bürgerversammlung sagen.",
        "Más información sobre el plan se conocerá el lunes, según fuentes municipales.",
        "The museum released its images under a Creative Commons licence, a spokeswoman said.",
        "The mayor said the report does not necessarily reflect the views of the council.",
        "More news from the hospital is expected on Friday, when the board meets again.",
        "Marketing cookies are increasingly blocked by browsers, which worries advertisers.",
        "Follow the council on Facebook for updates on the works, the mayor said.",
    ],
)
def test_sentences_opening_or_holding_a_cues_words_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Imagem: Reprodução/Instagram", "caption"),
        ("Fotografía: Andrés Gil", "caption"),
        ("ANZEIGE - Heute schon etwas vor? Unsere Tipps:", "share"),
        ("Video verfügbar bis 31.03.2025", "share"),
        ("Welche Variante mögen Sie? Verraten Sie es uns in den Kommentaren.", "comments"),
        ("Which one would you pick? Tell us in the comments.", "comments"),
        ("Erdölpumpen im Abendrot. Bild: Jana Roth/example.com", "caption"),
        ("Die Jugendverbände beim Treffen im Rathaus. (Bildquelle: Landjugend)", "caption"),
        ("Zeilenumbrüche und Absätze werden automatisch erzeugt.", "comments"),
        (
            "Keine Neuigkeiten aus der Stadt mehr verpassen: Abonnieren Sie den Newsletter.",
            "trailer",
        ),
        ("zurück zur Listenansicht", "share"),
        ("Un grupo de pingüinos en la Antártida el 11 de febrero. EFE", "caption"),
        ("El puerto al amanecer. Foto: Archivo del Diario.", "caption"),
        ("Artículos relacionados en El Diario del Sur", "promo"),
        ("Jana Roth/The Example Times/Getty Images", "caption"),
        ("Jana Roth Submitted photo", "caption"),
        ("Current Time 0:00", "share"),
        ("1 - 5 of 36", "share"),
        (
            "Necessary cookies are absolutely essential for the website to function properly.",
            "boilerplate",
        ),
        (
            "We rely on advertising to support our journalism. Please disable your ad blocker.",
            "boilerplate",
        ),
        ("Follow Example News on", "share"),
        ("Partager l'article", "share"),
        ("Send to a friend", "share"),
        ("A+ A-", "share"),
        ("Ver esta publicación en Instagram", "boilerplate"),
        ("Ein Beitrag geteilt von Lea Brandt (@leabrandt)", "boilerplate"),
        ("Une publication partagée par Léa Morel (@leamorel)", "boilerplate"),
        (
            "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
            "boilerplate",
        ),
        ("ADVERTISEMENT - SCROLL TO CONTINUE", "share"),
        ("Artikel wird unter der Anzeige fortgesetzt", "share"),
        ("Assuntos: orçamento, prefeitura", "tags"),
        ("Teilen Sie diesen Artikel", "share"),
        ("Video: So lief die Sitzung", "promo"),
        ("VÍDEO: Veja como foi a sessão", "promo"),
        ("← Ten walks around the lake", "boilerplate"),
        ("Warum der Stadtrat spart →", "boilerplate"),
        ("Die Inhalte dieser Website stehen unter einer Creative-Commons-Lizenz.", "trailer"),
        ("Je fais un don à la Ligue", "trailer"),
        ("Jetzt spenden", "trailer"),
        ("Suscríbase para acceso digital ilimitado por 2 dólares al mes.", "trailer"),
        ("Siguenos en Telegram, Instagram y Facebook", "share"),
        ("Ann Lee can be reached at alee@example.com.", "trailer"),
        ("Send tips to news@northmoorpost.example", "trailer"),
        ("Have a story idea? Contact our newsroom.", "trailer"),
        ("Hinweise an die Redaktion: redaktion@example.de", "trailer"),
    ],
)
def test_credits_ad_breaks_tags_and_video_teasers_in_more_languages(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "teasers",
    [
        "Opinion\nWhy the budget fails the young\nThe mayor's gamble on roads",
        "Meinung\nEin Haushalt ohne Mut\nDer Stadtrat muss sparen",
        "Plus d'articles\nLe vote reporté\nLa mairie face aux écoles",
    ],
)
def test_the_sites_opinion_and_more_articles_lists_after_the_article_go(teasers):
    cleaned = clean_text(f"Council passes budget\n\n{BODY_EN}\n\n{teasers}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert {r.kind for r in cleaned.removed} == {"promo"}


def test_an_author_box_under_its_heading_names_the_author_a_byline_left_out():
    cleaned = clean_text(
        f"Stadtrat beschließt Haushalt\n\n{BODY_EN}\n\nÜber den Autor\n"
        "Anna Weber ist Redakteurin im Ressort Politik."
    )
    assert cleaned.authors == ["Anna Weber"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Open in app", "share"),
        ("Get unlimited access", "share"),
        ("Enlarge this image", "share"),
        ("toggle caption", "share"),
        ("Ampliar imagen", "share"),
        ("Link Copied!", "share"),
        ("Read 123 comments", "share"),
        ("Diskutieren Sie mit", "share"),
        ("Ir a los comentarios", "share"),
        ("Artikel freischalten", "share"),
        ("Content from our partners", "share"),
        ("Contenu partenaire", "share"),
        ("Jane Doe/NPR", "caption"),
        ("AFP via Getty Images", "caption"),
        ("Media caption, The mayor explains the plan", "caption"),
        ("dpa-infocom, dpa:250304-99-123456/2", "boilerplate"),
        ("Fotostrecke ansehen", "share"),
        ("Feedback senden", "share"),
        ("Ouvrir dans l'application", "share"),
        ("Newsletter « La Matinale »", "share"),
        ("Recibe nuestra newsletter", "trailer"),
        ("Segui Valleverde News su Google News", "share"),
        ("Add us on Google News", "share"),
        ("Sigue a El Diario del Valle en Google Discover", "share"),
        ("Foto d'archivio (Ansa)", "caption"),
        ("Archive photo: a flood in 2013", "caption"),
    ],
)
def test_app_image_and_thread_buttons_partner_labels_and_bare_photo_credits(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "note",
    [
        "This interview has been edited for length and clarity.",
        "Das Interview wurde redaktionell gekürzt.",
        "La entrevista ha sido editada para mayor claridad.",
    ],
)
def test_a_note_on_how_an_interview_was_edited_goes(note):
    cleaned = clean_text(f"A conversation with Ada Moreno\n\n{BODY_EN}\n\n{note}")
    assert kinds(cleaned) == ["editor_note"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "thread",
    [
        "Comments\n1\nMike from Ohio\nThis is long overdue.\n2\nSandra\nI disagree.\n3\nTom K.\nWell done.",
        "0 Comments\nSort by Oldest\nFacebook Comments Plugin",
    ],
)
def test_a_numbered_thread_and_an_empty_comments_box_go(thread):
    cleaned = clean_text(f"Council passes budget\n\n{BODY_EN}\n\n{thread}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "masthead",
    ["The Northmoor Post", "Le Journal de Valleverde", "NORTHMOOR POST", "northmoorpost.com",
     "The Northmoor Post - Local News"],
)  # fmt: skip
@pytest.mark.parametrize("head", ["By Ann Lee\nMarch 4, 2025", "March 4, 2025", ""])
def test_the_newspapers_name_over_the_headline_is_no_title(masthead, head):
    cleaned = clean_text(
        f"{masthead}\n\nCouncil passes budget after long debate\n\n{head}\n\n{BODY_EN}"
    )
    assert cleaned.title == "Council passes budget after long debate"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "first",
    [
        "BREAKING: Council passes budget after long debate",
        "Eilmeldung: Council passes budget after long debate",
        "Council passes budget after long debate | The Northmoor Post",
        "Council passes budget after long debate – Le Journal de Valleverde",
    ],
)
def test_an_urgent_label_and_the_papers_name_around_the_headline_are_no_part_of_it(first):
    cleaned = clean_text(f"{first}\n\nBy Ann Lee\n\n{BODY_EN}")
    assert cleaned.title == "Council passes budget after long debate"


def test_a_headline_with_a_dash_keeps_what_follows_it():
    cleaned = clean_text(f"Council passes budget - again\n\nBy Ann Lee\n\n{BODY_EN}")
    assert cleaned.title == "Council passes budget - again"


def test_a_headline_naming_a_paper_word_is_the_title():
    cleaned = clean_text(f"Times Square Reopens\n\nBy Ann Lee\n\n{BODY_EN}")
    assert cleaned.title == "Times Square Reopens"
    assert cleaned.authors == ["Ann Lee"]


def test_an_article_written_in_markdown_reads_as_plain_text():
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(
        "# Council passes budget\n\n**By Ann Lee** | March 4, 2025\n\n"
        "![The council chamber](https://example.com/chamber.jpg)\n\n"
        f"{first}\n\n> {second}\n\n---\n\n"
        "[Read more: Council delays bridge vote](https://example.com/bridge)\n\n*Share this article*"
    )
    assert (cleaned.title, cleaned.authors) == ("Council passes budget", ["Ann Lee"])
    assert cleaned.published_at == dt.datetime(2025, 3, 4, tzinfo=UTC)
    assert cleaned.text == f"{first}\n{second}"


def test_markdown_links_in_a_share_row_and_a_byline_read_by_their_words():
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(
        "# Council passes budget\n\nBy [Ann Lee](https://example.com/authors/ann-lee)\n\n"
        f"{first}\n\n{second}\n\n"
        "Share: [Facebook](https://facebook.com/sharer) [X](https://x.com/intent)"
    )
    assert cleaned.authors == ["Ann Lee"]
    assert cleaned.text == f"{first}\n{second}"
    assert removed_text(cleaned, "share").startswith(
        "Share: Facebook (https://facebook.com/sharer)"
    )


@pytest.mark.parametrize(
    "byline, published",
    [
        ("By Jane DoeMarch 5, 2025", dt.datetime(2025, 3, 5, tzinfo=UTC)),
        ("Jane Doe5. März 2025", dt.datetime(2025, 3, 5, tzinfo=UTC)),
        ("Jane Doe · 5 min read", None),
        ("Jane Doe5 min read", None),
    ],
)
def test_a_name_run_into_its_date_or_reading_time_is_a_byline(byline, published):
    """A page copy may lose the space or the separator between a byline's name and its date."""
    cleaned = clean_text(f"Council passes budget\n\n{byline}\n\n{BODY_EN}")
    assert (cleaned.authors, cleaned.published_at) == (["Jane Doe"], published)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_no_break_and_thin_spaces_read_as_spaces():
    cleaned = clean_text(
        f"Council passes budget\n\nBy\u00a0Ann\u00a0Lee\n\n{BODY_EN}\n\nShare\u00a0this\u00a0article"
    )
    assert cleaned.authors == ["Ann Lee"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_labels_over_a_headline_with_no_byline_go():
    cleaned = clean_text(f"Lokales\n\nTalstadt\n\nNeue Kita öffnet im Frühjahr\n\n{BODY_EN}")
    assert cleaned.title == "Neue Kita öffnet im Frühjahr"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_wire_reporters_shouted_surname_in_the_bio_after_the_article():
    cleaned = clean_text(
        f"Senate passes broadband bill\n\nBy JOHN DOE\n\n{BODY_EN}\n\n"
        "DOE covers Congress for The Associated Press."
    )
    assert cleaned.authors == ["John Doe"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "box",
    [
        "Newsletter\nRecevez chaque matin l'essentiel de l'actualité\nS'inscrire",
        "Receba notícias da Folha\nCadastre-se e escolha quais newsletters gostaria de receber",
    ],
)
def test_a_newsletter_box_after_the_article_goes(box):
    cleaned = clean_text(f"{BODY_EN}\n\n{box}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Stocks in this story", "boilerplate"),
        ("ACME +1.81%", "boilerplate"),
        ("HG=F -0.62 %", "boilerplate"),
        ("Market data delayed by 15 minutes", "boilerplate"),
        ("Quotes delayed at least 20 minutes.", "boilerplate"),
        ("14 Likes", "share"),
        ("3 Restacks", "share"),
        ("Register now", "share"),
        ("Attachments\n\nSite plan (PDF, 2.3 MB)", "boilerplate"),
        ("Allegati\n\nPlanimetria del percorso (PDF, 2,3 MB)", "boilerplate"),
    ],
)
def test_market_widgets_counters_and_attachments_inside_the_page(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line.replace("\n\n", "\n"))]


@pytest.mark.parametrize(
    "line",
    [
        "Prices are delayed by two weeks because of the strike, the company said.",
        "Downloads",
        "Did you ever regret leaving?\n\nNo",
    ],
)
def test_a_delay_in_a_sentence_a_bare_heading_and_an_interviews_answer_stay(line):
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"{first}\n\n{line}\n\n{second}")
    assert cleaned.text == f"{first}\n{line}\n{second}".replace("\n\n", "\n")


def test_an_author_heading_in_the_head_gives_the_author_and_goes_with_the_role():
    cleaned = clean_text(
        "Why some birds migrate at night\nPublished: February 20, 2025 2:14pm GMT\nAuthor\n"
        "Anna Whitfield\nSenior Lecturer in Animal Behaviour, University of Northmoor\n"
        f"{BODY_EN}"
    )
    assert cleaned.authors == ["Anna Whitfield"]
    assert ("bio", "Senior Lecturer in Animal Behaviour, University of Northmoor") in [
        (r.kind, r.text) for r in cleaned.removed
    ]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "tail",
    [
        "Ufficio Stampa\nComune di Valfiume\nCondividi\nQuesta pagina ti è stata utile?\nSì\nNo",
        "Press Office\nCity of Northmoor",
    ],
)
def test_a_press_offices_sign_off_and_the_pages_question_go(tail):
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"{first}\n\n{second}\n\n{first}\n\n{tail}")
    assert cleaned.text == f"{first}\n{second}\n{first}"
    assert cleaned.authors == []


def test_a_stray_byline_inside_the_page_goes_and_gives_no_author():
    first, second = BODY_EN.split("\n\n")
    body = f"{first}\n{second}\n{first}\n{second}"
    cleaned = clean_text(f"{first}\n\nBy Sean Martin\n\n{second}\n\n{first}\n\n{second}")
    assert cleaned.text == body
    assert cleaned.authors == []


def test_subscribers_in_a_sentence_stay():
    line = "Subscribers will pay $2 more per month from April, the company said."
    first, second = BODY_EN.split("\n\n")
    assert clean_text(f"{first}\n\n{line}\n\n{second}").text == f"{first}\n{line}\n{second}"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("This story has been shared 19,590 times. 19,590", "share"),
        ("Share on: Facebook Twitter Reddit Google+", "share"),
        ("Example Media may earn an Affiliate Commission if you buy through links.", "trailer"),
        ("Comment by M. Boettcher — 17.07, 2011 @ 20:08", "comments"),
        ("Elsewhere on Example Magazine...", "promo"),
        ("Unser kostenloser Newsletter informiert Sie über unsere neuesten Beiträge.", "trailer"),
        ("This article does not constitute medical advice.", "trailer"),
        ("Dieser Text ersetzt keine ärztliche Beratung.", "trailer"),
    ],
)
def test_shares_counted_disclosures_and_health_notes_inside_the_page(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", "comments"),
        ("Jetzt neu! Besuchen Sie unseren Fan-Shop!", "trailer"),
        ("Mit der Anmeldung stimme ich der Bearbeitung meiner Daten zu.", "trailer"),
        ("Artikel gefallen? Vergiss nicht zu teilen!", "share"),
        ("Teile diesen Beitrag auf Social Media.", "share"),
        ("Geben Sie Ihre E-Mail-Adresse an, um diesen Blog zu abonnieren.", "trailer"),
        ("Mit unserem Newsletter bleiben Sie informiert", "trailer"),
        ("Dieses Skript als PDF herunterladen", "share"),
        ("Jetzt 3 Ausgaben GRATIS erhalten!", "trailer"),
        ("Stadtblog Oberdorf bei Facebook", "share"),
        ("Aktuelle Berichte aus dieser Kategorie:", "promo"),
        ("Inhalte dieser Website stehen unter CC-BY", "trailer"),
        ("Rezept drucken Bei Pinterest speichern", "share"),
        ("Schon registriert? Hier einloggen", "share"),
        ("Wählen Sie Ihren Zugang und lesen Sie weiter:", "trailer"),
        ("(c) Johannes Wolf • Weitere Rechte siehe Impressum", "caption"),
        (
            "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und "
            "wurde unter Allgemein abgelegt.",
            "tags",
        ),
        ("Veröffentlichung: 2. Februar 2022", "dateline"),
        ("Informationsschreiben vom 14. Oktober 2021 PDF | 38 KB", "boilerplate"),
        ("Nächster ArtikelFDP-Politiker stellen Ampel infrage", "promo"),
    ],
)
def test_german_page_furniture_inside_the_page(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "He posted the video on Facebook",
        "Der Verein ist seit Jahren auf Facebook aktiv und hat dort viele Fans.",
    ],
)
def test_a_sentence_naming_a_platform_stays(line):
    first, second = BODY_EN.split("\n\n")
    assert clean_text(f"{first}\n\n{line}\n\n{second}").text == f"{first}\n{line}\n{second}"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Get our Daily Edition by email and never miss our top stories", "trailer"),
        ("I agree that Example Sports can send me the Pick Six newsletter.", "trailer"),
        ("If you're running an ad-blocker it's costing me money.", "trailer"),
        ("There was a problem subscribing you to the newsletter. Try again.", "boilerplate"),
        ("Support Example so we continue to pursue the facts for you.", "trailer"),
        ("Trends: Election news", "tags"),
        ("AddThis Sharing Buttons", "share"),
    ],
)
def test_sign_up_consent_ad_blocker_notices_and_sharing_buttons(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_dated_byline_away_from_the_head_gives_the_author():
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(
        f"{first}\n\nMonday November 18, 2019 7:45 am PST by Joe Rossignol\n\n{second}"
    )
    assert cleaned.authors == ["Joe Rossignol"]
    assert cleaned.text == f"{first}\n{second}"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Publié par Julie Martin le 4 juin 2024", "Julie Martin"),
        ("Pubblicato da Chiara Gallo il 4 giugno 2024", "Chiara Gallo"),
    ],
)
def test_a_blogs_stock_head_and_tail_in_four_languages(byline, author):
    cleaned = clean_text(
        f"Le tour du lac en famille\n{byline}\nCatégorie : Sorties\nTemps de lecture : 5 minutes\n"
        f"{BODY_EN}\n\nCompartir esto:\nFacebook\nX\nMe gusta esto:\nMe gusta Cargando...\n"
        "Salva il mio nome, email e sito web in questo browser per la prossima volta che commento."
    )
    assert cleaned.authors == [author]
    assert cleaned.published_at == dt.datetime(2024, 6, 4, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("head", "authors", "published"),
    [
        (
            "Tom Hale Environment correspondent\nTue 14 May 2024 10.32 BST",
            ["Tom Hale"],
            (2024, 5, 14, 9, 32),
        ),
        ("EFE Oviedo\nActualizado Martes, 14 mayo 2024 - 10:32", [], (2024, 5, 14, 10, 32)),
        ("Paul Leroy. Publié le 14/05/2024 à 10h32", ["Paul Leroy"], (2024, 5, 14, 10, 32)),
        ("Marta Gil / Madrid\n03 JUN 2024 18:12", ["Marta Gil"], (2024, 6, 3, 18, 12)),
        (
            "Publicado: 03/06/2024 18:12 | Actualizado: 03/06/2024 19:40\nMarta Gil",
            ["Marta Gil"],
            (2024, 6, 3, 18, 12),
        ),
        (
            "Article rédigé par Claire Dubois\nPublié le 03/06/2024 18:12",
            ["Claire Dubois"],
            (2024, 6, 3, 18, 12),
        ),
        (
            "By Sam Okafor, CNN\nUpdated 6:12 PM EDT, Mon June 3, 2024",
            ["Sam Okafor"],
            (2024, 6, 3, 22, 12),
        ),
        ("Submitted by Jo Hart on 7 July 2019 - 18:44", ["Jo Hart"], (2019, 7, 7, 18, 44)),
        ("dpa/lno\n04.06.2024 | 18:02", [], (2024, 6, 4, 18, 2)),
        (
            "By Ruth Kim | Staff writer\nPublished 3 hours ago\nLast modified on Tue 4 Jun 2024 18.02 BST",
            ["Ruth Kim"],
            (2024, 6, 4, 17, 2),
        ),
        ("ELENA PAZ\nA Coruña - 04 jun 2024 - 18:02", ["Elena Paz"], (2024, 6, 4, 18, 2)),
        (
            "By Joseph Tsidulko November 19, 2019, 07:47 PM EST",
            ["Joseph Tsidulko"],
            (2019, 11, 20, 0, 47),
        ),
        # a photo's caption over the name and date
        (
            "Shoppers at a hardware store. (Photo by Jane Roe/Example Images)\nSarah Lee\n"
            "March 3, 2025 · 5 min read",
            ["Sarah Lee"],
            (2025, 3, 3, 0, 0),
        ),
        ("Door Jan de Vries\n3 maart 2025, 14:12", ["Jan de Vries"], (2025, 3, 3, 14, 12)),
        ("Von Lena Hoffmann 03.03.2025, 07:30 Uhr", ["Lena Hoffmann"], (2025, 3, 3, 7, 30)),
        ("03/03/2025 - 10:15 | Juan Pérez", ["Juan Pérez"], (2025, 3, 3, 10, 15)),
        ("Jane Doe for The Northmoor Post\nMarch 3, 2025", ["Jane Doe"], (2025, 3, 3, 0, 0)),
        (
            "Ann Lee and Tom Roe | Reuters\nMarch 3, 2025",
            ["Ann Lee", "Tom Roe"],
            (2025, 3, 3, 0, 0),
        ),
        ("Por Juan Pérez/EFE\n03/03/2025", ["Juan Pérez"], (2025, 3, 3, 0, 0)),
        ("Ann Lee (AP)\nMarch 3, 2025", ["Ann Lee"], (2025, 3, 3, 0, 0)),
        ("Ann Lee, Special to the Post\nMarch 3, 2025", ["Ann Lee"], (2025, 3, 3, 0, 0)),
        ("Words: Ann Lee. Pictures: Tom Roe\nMarch 3, 2025", ["Ann Lee"], (2025, 3, 3, 0, 0)),
        ("Textos: Juan Pérez. Fotos: Ana Ruiz\n03/03/2025", ["Juan Pérez"], (2025, 3, 3, 0, 0)),
        ("Par Jean-Pierre d'Artagnan\n03/03/2025", ["Jean-Pierre d'Artagnan"], (2025, 3, 3, 0, 0)),
        ("By Ann Lee in Brussels\nMarch 3, 2025", ["Ann Lee"], (2025, 3, 3, 0, 0)),
        ("By the Associated Press\nMarch 3, 2025", [], (2025, 3, 3, 0, 0)),
        # an agency as the author, its job after the name, a particle pair in the name
        ("Por Agencia EFE\n03/03/2025", ["Agencia EFE"], (2025, 3, 3, 0, 0)),
        (
            "Von Jana Roth, Leiterin des Büros in Kairo\n03.03.2025",
            ["Jana Roth"],
            (2025, 3, 3, 0, 0),
        ),
        (
            "Autorin: Uta Berger, Projektleiterin der Stiftung in Tunis.\n03.03.2025",
            ["Uta Berger"],
            (2025, 3, 3, 0, 0),
        ),
        ("Door Jan van der Berg\n3 maart 2025", ["Jan van der Berg"], (2025, 3, 3, 0, 0)),
        # the name over its role, the role first ("Redakteurin Lokales")
        (
            "Anna Weber\nRedakteurin Lokales\n03.03.2025 - 10:15 Uhr",
            ["Anna Weber"],
            (2025, 3, 3, 10, 15),
        ),
        # the place after a stop; Dutch "en" joins two names
        (
            "Por Ana Ruiz y Juan Pérez. Madrid | 03/03/2025 10:15 h.",
            ["Ana Ruiz", "Juan Pérez"],
            (2025, 3, 3, 10, 15),
        ),
        (
            "Door Jan de Vries en Pieter Bakker\n3 maart 2025",
            ["Jan de Vries", "Pieter Bakker"],
            (2025, 3, 3, 0, 0),
        ),
    ],
)
@pytest.mark.parametrize(
    "standfirst", ["", "Heftiger Wind hat in der Nacht zahlreiche Bäume umgeworfen."]
)
def test_more_ways_to_print_the_byline_and_the_date(head, authors, published, standfirst):
    """Bylines and datelines under the headline, maybe under its standfirst, which stays."""
    above = f"{standfirst}\n" if standfirst else ""
    cleaned = clean_text(f"Council passes its budget after six hours\n{above}{head}\n{BODY_EN}")
    assert cleaned.authors == authors
    assert cleaned.published_at == dt.datetime(*published, tzinfo=UTC)
    assert cleaned.text == above + BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("head", "tail", "author"),
    [
        # a blog platform: the date over the post, its credit and buttons under it
        (
            "Tuesday, March 4, 2025",
            "Posted by Ann Lee at 10:15 AM\nEmail This\nBlogThis!\nShare to X\nShare to Pinterest",
            "Ann Lee",
        ),
        # a newsletter platform: the name over its date and reading time, a sign-up box
        (
            "Ann Lee\nMar 4, 2025 — 5 min read",
            "Sign up for more like this.\nEnter your email",
            "Ann Lee",
        ),
        # a professional network: the name, the post the author holds, the date, the buttons
        (
            "Ann Lee\nHead of People at Tidewater Logistics\nPublished Mar 4, 2025\n+ Follow",
            "Like\nComment\nShare",
            "Ann Lee",
        ),
        # a paid post's label and counters over the text
        ("Ann Lee\nMar 04, 2025\n∙ Paid\n12\n3\nShare", "Share", "Ann Lee"),
        # a writing platform: a divider, then the author's box with the bio under the credit
        (
            "Ann Lee\nFollow\n6 min read\n·\nMar 4, 2025",
            "--\nWritten by Ann Lee\n12 Followers\nCity reporter. Writing about budgets and buses."
            "\nFollow\nHelp\nStatus\nAbout",
            "Ann Lee",
        ),
    ],
)
def test_blog_and_newsletter_platforms_heads_and_tails(head, tail, author):
    cleaned = clean_text(f"Council passes its budget after six hours\n{head}\n{BODY_EN}\n{tail}")
    assert cleaned.authors == [author]
    assert cleaned.published_at.date() == dt.date(2025, 3, 4)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_short_paragraphs_under_a_credit_over_the_article_stay():
    paragraphs = [
        "The pool reopens on Monday.",
        "Lanes can be booked online.",
        "Prices stay the same this year.",
        "The café will open in May.",
    ]
    text = "Pool reopens after repairs\nRepairs took six months.\nText: Anna Weber\n" + "\n".join(
        paragraphs
    )
    cleaned = clean_text(text)
    assert cleaned.text == "Repairs took six months.\n" + "\n".join(paragraphs)
    assert cleaned.authors == ["Anna Weber"]


@pytest.mark.parametrize(
    ("label", "lead", "tail"),
    [
        (
            "Pressemitteilung",
            "Nordhain, 4. März 2025 – Die Stadtwerke Nordhain haben am Dienstag ihren bisher "
            "größten Solarpark in Betrieb genommen.",
            "Über die Stadtwerke Nordhain\nDie Stadtwerke Nordhain versorgen seit 1898 die Region "
            "mit Strom, Gas und Wasser.\nPressekontakt:\nThomas Albers\nTelefon: 01234 56789",
        ),
        (
            "Communiqué de presse",
            "Rivière, le 4 mars 2025 – La région a présenté mardi un pass à 20 euros par mois pour "
            "les jeunes.",
            "À propos de la Région\nLa Région compte 2,4 millions d'habitants.\nContact presse :\n"
            "Sophie Delmas – 01 23 45 67 89 – presse@region.example",
        ),
        (
            "Nota de prensa",
            "Valdemora, 4 de marzo de 2025.- El Ayuntamiento ha presentado este martes el nuevo "
            "servicio de bicicleta pública.",
            "Para más información:\nGabinete de Prensa\nTel. 912 345 678\nprensa@valdemora.example",
        ),
        (
            "Comunicato stampa",
            "Borgo Alto, 4 marzo 2025 – Sono iniziati oggi i lavori per la costruzione della nuova "
            "scuola primaria.",
            "Ufficio Stampa\nComune di Borgo Alto\nufficiostampa@comune.borgoalto.example",
        ),
    ],
)
def test_press_releases_in_four_languages_lose_their_wrapping(label, lead, tail):
    body = "The works will take eighteen months and cost six million euros, the town hall said."
    cleaned = clean_text(f"{label}\nTown hall opens a new service\n{lead}\n{body}\n{tail}")
    assert cleaned.title == "Town hall opens a new service"
    assert cleaned.published_at == dt.datetime(2025, 3, 4, tzinfo=UTC)
    assert cleaned.text == f"{lead}\n{body}"


def test_a_government_pages_date_under_its_text_and_its_feedback_box():
    cleaned = clean_text(
        f"New funding for rural buses\n{BODY_EN}\nPublished 4 March 2025\nShare this page\n"
        "Is this page useful?\nYes\nNo"
    )
    assert cleaned.published_at == dt.datetime(2025, 3, 4, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("DIRETTA", "share"),
        ("Liveticker aktualisieren", "share"),
        ("00:00 / 03:21", "share"),
        ("Seite drucken", "share"),
        ("Diese Seite:", "share"),
        ("Please turn on JavaScript to use this feature", "boilerplate"),
        ("Listen on Apple Podcasts | Spotify | RSS", "share"),
        ("Hören Sie den Podcast auf Spotify", "share"),
        ("Jetzt die App herunterladen", "share"),
        ("Sign the guestbook", "share"),
        ("Ascolta questo articolo ora...", "share"),
        ("Kondolenz schreiben", "share"),
        ("Imprimir receta", "share"),
        ("In partnership with Example Bank", "share"),
        (
            "This content was paid for by Example Bank and produced by its studio. The newsroom "
            "was not involved.",
            "trailer",
        ),
        (
            "Ce contenu a été réalisé par notre partenaire. La rédaction n'a pas participé à sa "
            "réalisation.",
            "trailer",
        ),
        (
            "Si compras a través de los enlaces de este artículo, podemos recibir una comisión.",
            "trailer",
        ),
        (
            "Nous pouvons percevoir une commission sur les achats effectués via nos liens.",
            "trailer",
        ),
    ],
)
def test_live_blogs_players_page_actions_podcast_links_and_paid_content_notes(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "In partnership with the city, the charity will open two shelters this winter.",
        "She listened on Spotify to the song every morning, her brother said.",
        "Seite an Seite kämpften die beiden Parteien gegen den Plan.",
        "Live music returns to the square on Friday after a two-year break.",
        "This content was checked by two editors before it was published, the paper said.",
    ],
)
def test_sentences_near_the_new_interface_and_paid_content_cues_stay(line):
    assert_stays_between_paragraphs(line)


def test_a_live_blogs_label_over_its_update_stamp_names_no_author():
    cleaned = clean_text(
        f"Temporal: cortes de luz y carreteras cerradas\nEN DIRECTO\nActualizado: 06/03/2025 - "
        f"16:10\n{BODY_EN}"
    )
    assert cleaned.authors == []
    assert cleaned.published_at == dt.datetime(2025, 3, 6, 16, 10, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "head",
    [
        "From:\nDepartment for Rural Affairs\nPublished\n4 March 2025",
        "Herausgeber: Ministerium für Umwelt\nPressemitteilung Nr. 45/2025 vom 04.03.2025",
        "Pressemitteilung Nr. 45/2025 vom 04.03.2025\nHerausgeber:\nMinisterium für Umwelt",
    ],
)
def test_who_issued_a_notice_is_no_author_and_its_date_is_read(head):
    cleaned = clean_text(f"New funding for rural buses\n{head}\n{BODY_EN}")
    assert cleaned.title == "New funding for rural buses"
    assert cleaned.authors == []
    assert cleaned.published_at == dt.datetime(2025, 3, 4, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_press_release_label_before_the_headline_keeps_the_headline():
    cleaned = clean_text(f"Pressemitteilung: Neue Busse für die Dörfer\n{BODY_EN}")
    assert cleaned.title == "Pressemitteilung: Neue Busse für die Dörfer"


@pytest.mark.parametrize(
    ("stamps", "published"),
    [
        ("Mis à jour le 06/03/2025 à 15h20\nPublié le 06/03/2025 à 07h00", (6, 7)),
        ("Publié le 06/03/2025 à 07h00\nMis à jour le 06/03/2025 à 15h20", (6, 7)),
        ("Updated March 6, 2025 3:20 PM\nPublished March 5, 2025 7:00 AM", (5, 7)),
    ],
)
def test_an_update_stamp_over_the_publication_line_gives_way_to_it(stamps, published):
    cleaned = clean_text(f"Grève des transports : trafic perturbé\n{stamps}\n{BODY_EN}")
    day, hour = published
    assert cleaned.published_at == dt.datetime(2025, 3, day, hour, tzinfo=UTC)


@pytest.mark.parametrize(
    "disclosure",
    [
        "Wenn Sie über einen Link in diesem Artikel einkaufen, erhalten wir eine Provision.",
        "We may earn a commission when you buy through links on our site.",
        "Si compras a través de los enlaces de este artículo, podemos recibir una comisión.",
    ],
)
def test_a_shop_links_disclosure_over_the_byline_leaves_the_byline_read(disclosure):
    cleaned = clean_text(
        f"Die besten Akku-Staubsauger im Test\n{disclosure}\nVon Jonas Keller\n05.03.2025, "
        f"10:12 Uhr\n{BODY_EN}"
    )
    assert cleaned.authors == ["Jonas Keller"]
    assert cleaned.published_at == dt.datetime(2025, 3, 5, 10, 12, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_bylines_asterisk_keeps_the_name_and_its_footnote_at_the_end_goes():
    cleaned = clean_text(
        f"Greve de portuários paralisa exportações\nPor Mariana Costa*\n06/03/2025 08h14\n"
        f"{BODY_EN}\n*Estagiária sob supervisão de Pedro Lima"
    )
    assert cleaned.authors == ["Mariana Costa"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert ("credit", "*Estagiária sob supervisão de Pedro Lima") in [
        (r.kind, r.text) for r in cleaned.removed
    ]


def test_a_footnote_without_a_bylines_asterisk_stays():
    cleaned = clean_text(
        f"Greve de portuários\nPor Mariana Costa\n{BODY_EN}\n*Names have been changed."
    )
    assert cleaned.text.endswith("*Names have been changed.")


def test_a_scholars_title_is_no_part_of_the_name():
    cleaned = clean_text(
        f"Why bees are struggling in cities\nDr Hannah Reyes, Senior Lecturer in Ecology, "
        f"University of Eastwood\n{BODY_EN}"
    )
    assert cleaned.authors == ["Hannah Reyes"]


@pytest.mark.parametrize(
    "dateline", ["Madrid, 06 mar (EFE)", "PARIS, 6 mars (AFP)", "Berlin (dpa) -", "Roma (ANSA)"]
)
def test_a_wires_dateline_without_its_year_goes(dateline):
    cleaned = clean_text(f"Los estibadores paralizan el puerto\nRedacción\n{dateline}\n{BODY_EN}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert ("dateline", dateline) in [(r.kind, r.text) for r in cleaned.removed]


def test_a_news_service_under_the_byline_goes():
    cleaned = clean_text(f"Houseplants in winter\nBy Laura Kim\nTribune News Service\n{BODY_EN}")
    assert cleaned.authors == ["Laura Kim"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "notice",
    [
        "© EFE 2025. Está expresamente prohibida la redistribución y la redifusión de todo o parte "
        "de los contenidos de los servicios de Efe, sin previo y expreso consentimiento.",
        "© Example Media Group 2025",
    ],
)
def test_a_rights_notice_naming_its_holder_before_the_year_goes(notice):
    cleaned = clean_text(f"Plantas en invierno\nPor Laura Gil\n{BODY_EN}\n{notice}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_threads_counter_in_the_head_goes():
    body = "\n".join([BODY_EN.replace("\n\n", "\n")] * 3)
    cleaned = clean_text(
        f"La piscina municipal reabre\nCompartir en Facebook\nComentarios (12)\n{body}"
    )
    assert cleaned.title == "La piscina municipal reabre"
    assert cleaned.text == body


def test_a_label_over_the_headline_with_a_reading_time_under_it():
    cleaned = clean_text(
        f"Abonnés\nLa piscine rouvre après deux ans de travaux\nTemps de lecture : 3 min\n{BODY_EN}"
    )
    assert cleaned.title == "La piscine rouvre après deux ans de travaux"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("A cura di Giulia Conti", ["Giulia Conti"]),
        ("Gastautor: Erik Lange", ["Erik Lange"]),
        ("Texto: Ana Ruiz / Fotos: Luis Gil", ["Ana Ruiz"]),
        ("Pablo Díaz. Corresponsal en París", ["Pablo Díaz"]),
        ("Envoyé spécial à Kiev, Paul Roux", ["Paul Roux"]),
        ("Enviado especial a Kiev", []),
        ("From our correspondent in Nairobi", []),
        ("Do UOL, em São Paulo", []),
        ("Colaboração para o Jornal do Vale", []),
        ("Mariana Alves, especial para o Jornal do Vale", ["Mariana Alves"]),
    ],
)
def test_more_credit_lines_under_the_headline(byline, authors):
    cleaned = clean_text(f"Protesta contra los alquileres\n{byline}\n05/03/2025\n{BODY_EN}")
    assert cleaned.authors == authors
    assert cleaned.published_at == dt.datetime(2025, 3, 5, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Beitrag teilen", "share"),
        ("Flattr this:", "share"),
        ("Neueste Artikel", "promo"),
        ("Latest posts", "promo"),
    ],
)
def test_share_and_latest_pieces_headings_in_more_words(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("(With inputs from PTI)", "credit"),
        (
            "(This story has not been edited by our staff and is auto-generated from a syndicated "
            "feed.)",
            "trailer",
        ),
        ("Catch all the Business News and Updates on our website.", "trailer"),
        ("Download the app to get daily market updates.", "share"),
        ("Have your say: What do you think of the new bypass? Send us your views.", "comments"),
        (
            "We acknowledge the Aboriginal and Torres Strait Islander peoples as the First "
            "Australians and Traditional Custodians of the lands where we live and work.",
            "trailer",
        ),
    ],
)
def test_syndication_notes_app_and_reader_calls_of_more_countries_sites(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_dateline_with_the_place_after_the_date():
    cleaned = clean_text(
        f"Monsoon to arrive early\nPublished - March 05, 2025 10:12 pm IST - NEW DELHI\n{BODY_EN}"
    )
    assert cleaned.published_at == dt.datetime(2025, 3, 5, 16, 42, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_relative_stamp_in_short_units_after_the_article_goes():
    cleaned = clean_text(
        f"Bushfire warning upgraded\nBy Jess Carter\n{BODY_EN}\nPosted 4h ago, updated 2h ago"
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


BODY_NL = (
    "Na twee jaar verbouwing gaat het gemeentelijke zwembad zaterdag weer open.\n"
    "De verbouwing kostte ruim twaalf miljoen euro, veel meer dan gepland voor de werken."
)


@pytest.mark.parametrize(
    ("head", "authors"),
    [
        ("Jan de Vries en Sanne Bakker\n5 maart 2025, 10:12", ["Jan de Vries", "Sanne Bakker"]),
        ("Geplaatst op 5 maart 2025 door Pieter Jansen", ["Pieter Jansen"]),
    ],
)
@pytest.mark.parametrize(
    "body",
    [
        BODY_NL,
        # two short paragraphs whose Dutch words stand next to commas and stops
        "Het bad gaat zaterdag open, zegt de wethouder.\nDe verbouwing kostte twaalf miljoen euro.",
    ],
)
def test_dutch_bylines_over_dutch_text(head, authors, body):
    cleaned = clean_text(f"Zwembad weer open\n{head}\n{body}")
    assert cleaned.authors == authors
    assert cleaned.published_at.date() == dt.date(2025, 3, 5)
    assert cleaned.text == body


def test_a_bare_name_with_the_place_it_files_from():
    cleaned = clean_text(f"Protesta en Madrid\nJuan Pérez en Buenos Aires\n05/03/2025\n{BODY_EN}")
    assert cleaned.authors == ["Juan Pérez"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "tail",
    [
        "Vind ik leuk:\nGerelateerd\nGeef een reactie",
        "Noot voor de redactie\nVoor meer informatie kunt u contact opnemen met de afdeling "
        "communicatie, telefoon 026 123 45 67.",
        "Notes to editors\nFor more information, please contact the press office on 020 7946 0000.",
    ],
)
def test_a_blogs_dutch_buttons_and_a_press_releases_notes_go(tail):
    cleaned = clean_text(f"Zwembad weer open\n{BODY_NL}\n{tail}")
    assert cleaned.text == BODY_NL


def test_a_sentence_offering_more_information_without_a_number_stays():
    line = "For more information on the plan, residents can visit the library on Monday."
    cleaned = clean_text(f"Council passes budget\n{BODY_EN}\n{line}")
    assert cleaned.text.endswith(line)


def test_a_science_news_sites_organisation_byline_and_citation_box_go():
    more = (
        "More information: Jane Smith et al, Numerical discrimination in honeybees, Journal of "
        "Insect Behaviour (2025).\nProvided by University of Eastwood"
    )
    cleaned = clean_text(
        f"Bees can count to four, study finds\nby University of Eastwood\n{BODY_EN}\n{more}\n"
        "Citation: Bees can count to four, study finds (2025, March 5) retrieved 6 March 2025 "
        "from https://sciencenews.example/news/2025-03-bees.html\nThis document is subject to "
        "copyright. Apart from any fair dealing for the purpose of private study or research, no "
        "part may be reproduced without the written permission.\nExplore further"
    )
    assert cleaned.authors == []
    # the study's reference and who provided the story are the article's, as the golds keep them
    assert cleaned.text == BODY_EN.replace("\n\n", "\n") + "\n" + more


def test_a_health_pages_review_date_goes():
    assert removed_between_paragraphs("Last medically reviewed on March 5, 2025") == [
        ("credit", "Last medically reviewed on March 5, 2025")
    ]


@pytest.mark.parametrize(
    "poll",
    [
        "Poll\nShould the city build a new stadium?\nYes\nNo\nNot sure\nVote\nView results\n1,234 votes",
        "Umfrage\nSoll die Stadt ein neues Stadion bauen?\nJa\nNein\nWeiß nicht\nAbstimmen\n"
        "Ergebnis anzeigen",
        "Encuesta\n¿Debe la ciudad construir un nuevo estadio?\nSí\nNo\nNo sé\nVotar\nVer resultados",
    ],
)
def test_a_poll_set_in_the_article_goes(poll):
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"Council considers new stadium\n{first}\n{poll}\n{second}")
    assert cleaned.text == f"{first}\n{second}"


def test_a_surveys_results_the_article_reports_stay():
    results = "Umfrage\nWer soll Kanzler werden?\nMerz: 32 Prozent\nScholz: 25 Prozent\nHabeck: 20 Prozent"
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"Council considers new stadium\n{first}\n{results}\n{second}")
    assert cleaned.text == f"{first}\n{results}\n{second}"


def test_a_section_label_over_the_headline_with_the_papers_name_under_it():
    cleaned = clean_text(
        f"Faits divers\nUn incendie ravage un entrepôt à Saint-Malo\nOuest-Example\n"
        f"Publié le 05/03/2025 à 08h14\n{BODY_EN}"
    )
    assert cleaned.title == "Un incendie ravage un entrepôt à Saint-Malo"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_call_to_join_the_channel_in_italian_goes():
    line = "Resta aggiornato con le notizie di Example: iscriviti al canale WhatsApp"
    assert removed_between_paragraphs(line) == [("trailer", line)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("La rédaction vous conseille", "promo"),
        ("Lire la suite de l'article", "share"),
        ("Apúntate a la newsletter semanal de Sociedad.", "trailer"),
        (
            "Puedes seguir a EL EJEMPLO Tecnología en Facebook y X o apuntarte aquí para recibir "
            "nuestra newsletter semanal.",
            "trailer",
        ),
        ("Abonneer je op onze nieuwsbrief", "trailer"),
        ("Meld je aan voor de nieuwsbrief", "trailer"),
        ("Advertentie", "share"),
        ("Gesponsord", "share"),
        ("Inloggen", "share"),
        ("Reageer op dit artikel", "share"),
        ("Je moet ingelogd zijn om te reageren.", "comments"),
    ],
)
def test_dutch_french_and_spanish_page_furniture(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Registreren kan tot vrijdag via de website van de gemeente, meldt de wethouder.",
        "Advertentie-inkomsten daalden vorig jaar met een derde, blijkt uit het jaarverslag.",
    ],
)
def test_dutch_sentences_opening_with_a_buttons_word_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Por João da Silva e Maria dos Santos", ["João da Silva", "Maria dos Santos"]),
        ("Von Anna Schmidt, Berlin, und Tom Weber, München", ["Anna Schmidt", "Tom Weber"]),
        ("Von Jonas Keller (Text) und Lea Roth (Fotos)", ["Jonas Keller"]),
        ("By Sarah Jones, BBC News", ["Sarah Jones"]),
        # an outlet opening with its article after the name, not a person's name
        ("Par Julie Tremblay, La Presse", ["Julie Tremblay"]),
        ("Por Carlos Pérez, El Universal", ["Carlos Pérez"]),
        ("Von Lukas Meier, Die Zeit", ["Lukas Meier"]),
        ("Par Marine Le Pen et Jordan Bardella", ["Marine Le Pen", "Jordan Bardella"]),
        ("di Gian Maria Volonté e Anna Maria Rossi", ["Gian Maria Volonté", "Anna Maria Rossi"]),
        ("By Mary O'Brien and Seán Ó Súilleabháin", ["Mary O'Brien", "Seán Ó Súilleabháin"]),
    ],
)
def test_bylines_with_particles_places_photographers_and_outlets_between_names(byline, authors):
    cleaned = clean_text(f"Council passes budget\n{byline}\nMarch 5, 2025\n{BODY_EN}")
    assert cleaned.authors == authors
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "WATCH: Council passes budget after six-hour debate",
            "Council passes budget after six-hour debate",
        ),
        ("Council passes budget (VIDEO)", "Council passes budget"),
        ("UPDATE 2-Council passes budget", "Council passes budget"),
        ("LIVE: Council passes budget", "Council passes budget"),
        ("EN DIRECT : La tempête frappe la côte", "La tempête frappe la côte"),
        ("Ao vivo: chuva forte atinge a capital", "Chuva forte atinge a capital"),
        ("EN VIDÉO - La tempête frappe la côte", "La tempête frappe la côte"),
        (
            "Video-Überwachung im Bahnhof wird ausgeweitet",
            "Video-Überwachung im Bahnhof wird ausgeweitet",
        ),
        ("Watch out for ice on roads, police warn", "Watch out for ice on roads, police warn"),
    ],
)
def test_a_media_or_wire_label_around_the_headline_is_no_part_of_the_title(headline, title):
    cleaned = clean_text(f"{headline}\nBy Ann Lee\nMarch 5, 2025\n{BODY_EN}")
    assert cleaned.title == title
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Erwähnte Werte", "boilerplate"),
        ("Valeurs citées dans l'article", "boilerplate"),
        ("Ativos citados nesta reportagem", "boilerplate"),
        ("Kestrel Foods +4,7 %", "boilerplate"),
        ("FTSE MIB -1,25%", "boilerplate"),
        ("Kurse mit 20 Minuten Verzögerung.", "boilerplate"),
        ("Cotizaciones con 20 minutos de retraso.", "boilerplate"),
        ("Prices shown are a snapshot. *Quotes delayed by 20 minutes.", "boilerplate"),
        (
            "This article is provided for general information purposes only and is not investment "
            "advice.",
            "trailer",
        ),
        ("Der Beitrag stellt keine Anlageempfehlung dar.", "trailer"),
        (
            "Ce contenu ne constitue en aucun cas une recommandation d'achat ou de vente.",
            "trailer",
        ),
        ("La información de esta página no constituye asesoramiento financiero.", "trailer"),
        ("Questo contenuto non costituisce una raccomandazione d'acquisto.", "trailer"),
        ("Este texto não constitui oferta de compra ou venda de ativos.", "trailer"),
    ],
)
def test_a_market_storys_ticker_box_quote_delay_and_advice_note_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Data from the ministry, delayed by 20 minutes each day, showed record turnout.",
        "Prices at the pumps were delayed by 20 minutes of haggling before the deal was signed.",
        "The information she shared was not investment advice, the court found.",
    ],
)
def test_sentences_about_delays_and_advice_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("More Sport", "promo"),
        ("Weitere Kolumnen", "promo"),
        ("Más en Opinión", "promo"),
        ("Letters: Keep the night bus running", "promo"),
        ("Kolumnen geben ausschließlich die Meinung des Verfassers wieder.", "trailer"),
        (
            "Los artículos de opinión no reflejan necesariamente la posición de este periódico.",
            "trailer",
        ),
        ("Got something to say? Send a letter to the editor at mail@courier.example.", "trailer"),
        ("Ihre Meinung zählt! Schreiben Sie einen Leserbrief an post@anzeiger.example.", "trailer"),
        (
            "¿Tiene algo que decir? Escriba una carta al director a cartas@heraldo.example.",
            "trailer",
        ),
    ],
)
def test_an_opinion_pages_section_links_views_notes_and_calls_for_letters_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Tribuna de Pilar Ortega", ["Pilar Ortega"]),
        ("Un artículo de Diego Navarro", ["Diego Navarro"]),
        ("Artigo de Beatriz Lima", ["Beatriz Lima"]),
    ],
)
def test_a_pieces_kind_before_its_author_in_spanish_and_portuguese(byline, authors):
    cleaned = clean_text(f"Las ciudades necesitan bancos\n{byline}\n05/03/2025\n{BODY_EN}")
    assert cleaned.authors == authors
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "This newsroom is funded by readers like you. If you like what we do, please consider "
            "a donation.",
            "trailer",
        ),
        (
            "Unser Journalismus wird von unseren Lesern finanziert. Helfen Sie mit einem Beitrag.",
            "trailer",
        ),
        ("Si vous appréciez notre journalisme, faites un don dès 1 euro.", "trailer"),
        ("Se apprezzi il nostro lavoro, abbonati: bastano due minuti.", "trailer"),
        ("Unterstützen Sie unseren Regionaljournalismus", "trailer"),
        ("Remind me in May", "share"),
        ("Später erinnern", "share"),
        ("Quiero apoyar", "share"),
        ("Expand this photo", "share"),
        ("Hourly forecast", "share"),
        ("Tomorrow 14°C", "boilerplate"),
        ("Heute 12 / 4 °C", "boilerplate"),
        ("Send us your storm photos", "comments"),
        (
            "You're reading the Evening Digest newsletter. Sign up to get it every weekday.",
            "trailer",
        ),
        ("Questions? Just reply to this email.", "trailer"),
    ],
)
def test_donation_pleas_gallery_and_weather_widgets_and_a_newsletters_frame_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "desk", ["Weather team", "Sports desk", "Lokalredaktion", "Redazione Meteo"]
)
def test_a_desk_or_team_as_the_byline_names_no_author(desk):
    cleaned = clean_text(f"Storm warning for the coast tonight\n{desk}\n{BODY_EN}")
    assert cleaned.title == "Storm warning for the coast tonight"
    assert cleaned.authors == []
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_stamp_minutes_ago_in_italian_goes():
    cleaned = clean_text(f"Allerta meteo sulla costa\nUltimo aggiornamento: 5 minuti fa\n{BODY_EN}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_sentence_on_who_funds_a_charitys_work_stays():
    line = "Unsere Arbeit wird seit 2019 vom Land und von Spenden getragen, sagte die Leiterin."
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    ("label", "stamp", "desk"),
    [
        ("ALERTA", "Atualizado há 12 minutos", "Da Redação"),
        ("WEERALARM", "Bijgewerkt 12 minuten geleden", "Redactie"),
        ("AVISO", "Actualizado hace 12 minutos", "Redacción"),
    ],
)
def test_a_label_over_the_headline_with_a_stamp_minutes_ago_and_a_newsroom(label, stamp, desk):
    cleaned = clean_text(
        f"{label}\nStorm warning for the coast tonight\n{stamp}\n{desk}\n{BODY_EN}"
    )
    assert cleaned.title == "Storm warning for the coast tonight"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_standfirst_opening_with_a_capitalised_phrase_and_a_comma_is_no_byline():
    standfirst = "From April, drivers will pay a fee to enter the centre. Here is how it works."
    cleaned = clean_text(
        f"What the new charge means for drivers\n{standfirst}\nBy Ann Lee\n5 March 2025\n{BODY_EN}"
    )
    assert cleaned.authors == ["Ann Lee"]
    assert cleaned.text == f"{standfirst}\n" + BODY_EN.replace("\n\n", "\n")


def test_a_table_of_contents_goes_and_the_subheadings_it_lists_stay():
    first, second = BODY_EN.split("\n\n")
    text = (
        f"Budget explained\nBy Ann Lee\n5 March 2025\nIn this article\n1. Schools\n2. Roads\n"
        f"Schools\n{first}\nRoads\n{second}"
    )
    cleaned = clean_text(text)
    assert cleaned.text == f"Schools\n{first}\nRoads\n{second}"
    assert "1. Schools\n2. Roads" in removed_text(cleaned, "boilerplate")


def test_a_contents_heading_over_lines_that_do_not_come_back_is_kept():
    first, second = BODY_EN.split("\n\n")
    text = f"Budget explained\nBy Ann Lee\n5 March 2025\n{first}\nInhalt\nSchools\nRoads\n{second}"
    cleaned = clean_text(text)
    assert "Schools\nRoads" in cleaned.text


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Steun onafhankelijke journalistiek", "trailer"),
        ("Doneer nu", "share"),
        ("Buienradar", "share"),
        ("Vandaag 11°", "boilerplate"),
    ],
)
def test_dutch_donation_and_weather_furniture_goes(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Page 2 of 3",
        "Seite 1 von 4",
        "Página 1 de 3",
        "1 2 3 Next »",
        "« 1 2 3 »",
        "Auf der nächsten Seite: Was die Stadt jetzt plant",
        "Page suivante : ce que prévoit la mairie",
        "Video: 03:12",
        "Vídeo: 1:02:45",
        "This video is no longer available.",
        "Questo video non è più disponibile.",
        "Autoplay",
        "Riproduzione automatica",
    ],
)
def test_a_multi_page_articles_pager_and_a_players_furniture_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_sentence_about_the_next_page_of_a_plan_stays():
    line = "Next page of the plan, the mayor said, will cover the harbour and the old station."
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    ("head", "authors", "published"),
    [
        (
            "Por Clara Nunes — Recife\n05/03/2025 10h12",
            ["Clara Nunes"],
            dt.datetime(2025, 3, 5, 10, 12),
        ),
        ("By Dan Ortiz @danortiz\nMarch 5, 2025", ["Dan Ortiz"], dt.datetime(2025, 3, 5)),
        ("Eva de Boer 05-03-25, 10:12", ["Eva de Boer"], dt.datetime(2025, 3, 5, 10, 12)),
        ("Rotterdam 05-03-25", [], dt.datetime(2025, 3, 5)),
        ("Leeds 05/03/2025 10:12", [], dt.datetime(2025, 3, 5, 10, 12)),
    ],
)
def test_bylines_and_datelines_with_a_dash_a_handle_or_figures_after_the_name(
    head, authors, published
):
    cleaned = clean_text(f"Council passes the budget\n{head}\n{BODY_EN}")
    assert cleaned.authors == authors
    assert cleaned.published_at == published.replace(tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("mue/lk", "credit"),
        ("A.B. avec C.D.", "credit"),
        ("Quellen: Polizei, Feuerwehr", "caption"),
        ("Fuentes: Ministerio de Sanidad", "caption"),
        ("Bron: NOS", "caption"),
    ],
)
def test_editors_initials_and_a_list_of_sources_at_the_end_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_pair_of_words_with_a_slash_stays():
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"Council passes budget\n\n{first}\n\nund/oder\n\n{second}")
    assert cleaned.text == f"{first}\nund/oder\n{second}"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Teilen mit:", "share"),
        ("Please log in using one of these methods to post your comment:", "comments"),
        ("You've been successfully subscribed!", "boilerplate"),
        ("Register for free to continue reading", "trailer"),
        ("Jetzt kostenlos registrieren und weiterlesen", "trailer"),
        ("Sie interessiert vielleicht auch", "promo"),
        ("También te puede gustar", "promo"),
        ("Quote data provided by an exchange partner. Indices are real time.", "boilerplate"),
        ("Enable ads on example.com", "share"),
        ("Chat with us on WhatsApp for the day's news.", "share"),
        (
            "Example Science is part of Example Media Ltd, an international media group and "
            "leading digital publisher.",
            "trailer",
        ),
        ("Cookies that are not strictly necessary are set only with your consent.", "boilerplate"),
        ("Schlagworte zum Thema: Mietrecht, Gericht, Urteil", "tags"),
    ],
)
def test_comment_form_log_in_free_account_walls_and_site_footers_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_teasers_with_their_comment_counts_after_the_article_go():
    teasers = (
        "Harbour ferry returns after a winter in dry dock (145)\n"
        "Lifeboat crew rescues two kayakers off the point (12)\n"
        "Town hall clock to chime again after repairs 8 comments"
    )
    cleaned = clean_text(f"Council passes budget\n\n{BODY_EN}\n\n{teasers}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert removed_text(cleaned, "promo") == teasers


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("👉 Lesen Sie auch: Stadt plant neue Radwege", "promo"),
        ("📲 Síguenos en WhatsApp", "share"),
        ("➡️ Mehr zum Thema", "promo"),
        ("► Read also: Ferry back in service", "promo"),
        ("🔔 Aktivieren Sie die Benachrichtigungen", "share"),
        ("▶️ Jetzt ansehen", "share"),
    ],
)
def test_furniture_behind_an_emoji_or_arrow_goes_and_keeps_its_symbol(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_headline_behind_an_emoji_is_the_title_without_it():
    cleaned = clean_text(f"🔴 Council passes budget after six-hour debate\nBy Ann Lee\n{BODY_EN}")
    assert cleaned.title == "Council passes budget after six-hour debate"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "box",
    [
        "Zur Autorin: Lena Vogt, Jahrgang 1988, studierte Geschichte in Jena und schreibt seit "
        "2015 für diese Zeitung.",
        "À propos de l'autrice\nLéa Girard est journaliste au service société depuis 2018.",
        "Mehr von Lena Vogt\nAlle Artikel von Lena Vogt",
        "Author profile",
        "Kontakt zur Autorin",
    ],
)
def test_an_authors_box_after_the_article_goes_in_more_forms(box):
    cleaned = clean_text(f"Council passes budget\nBy Lena Vogt\nMarch 5, 2025\n{BODY_EN}\n{box}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Mire: Lluvias dejan sin luz a tres barrios", "promo"),
        ("Más sobre El Heraldo Semanal", "promo"),
        ("Los más leídos", "promo"),
        ("¿Sabías que tenemos un canal de WhatsApp? Únete hoy.", "trailer"),
        ("Suscríbete desde 1 euro al mes. Cancela cuando quieras.", "trailer"),
        ("First month free, cancel any time.", "trailer"),
        ("Marta Gil | Agencia Andina", "caption"),
    ],
)
def test_spanish_sites_teasers_channels_offers_and_photo_credits_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Du liest gern Beispiel.de?", "trailer"),
        ("Die meistgelesenen Beiträge auf Beispiel.de", "promo"),
        ("Die Wanderer rasten am Gipfelkreuz. Foto: Jan Roth", "caption"),
        ("Auch auf beispiel.de", "promo"),
        (
            "Neugierig? Lassen Sie sich die wichtigsten Nachrichten in Ihren Posteingang schicken.",
            "trailer",
        ),
        ("Das Thema könnte dich auch interessieren:", "promo"),
        ("Weiterführende Informationen", "promo"),
        ("Der nächste Artikel", "promo"),
        ("Top Themen der Redaktion", "promo"),
        ("Seite teilen", "share"),
        ("View all", "share"),
        ("Accueil", "share"),
        ("Le piquet de grève devant la mairie / (C) Ana Roux", "caption"),
    ],
)
def test_german_sites_pleas_headings_links_and_credits_after_a_caption_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Top rated comments", "share"),
        ("More on:", "promo"),
        ("Popular stories", "promo"),
        ("Editors' picks", "promo"),
        ("No spam. Unsubscribe any time.", "trailer"),
        ("Please confirm your subscription by clicking the link we sent you.", "boilerplate"),
        ("Back to top «", "share"),
        ("Disclaimer: The views of contributors are their own.", "trailer"),
        ("Gulls gather over the harbour wallCredit: Ann Lee", "caption"),
        ("Tom J. Reed Submitted photo", "caption"),
        ("Roku and Roku TV are registered trademarks of Roku, Inc.", "trailer"),
    ],
)
def test_sign_up_notes_footer_links_disclaimers_and_glued_credits_go(line, kind):
    assert [k for k, _ in removed_between_paragraphs(line)] == [kind]


def test_a_sentence_about_a_trademark_case_stays():
    line = "The court ruled that the names are not trademarks of the company, the lawyer said."
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "byline", ["By our correspondent", "Von unserem Korrespondenten", "Door onze verslaggever"]
)
def test_the_papers_own_correspondent_unnamed_is_a_byline_without_an_author(byline):
    cleaned = clean_text(
        f"Sección\nFire destroys warehouse on estate\n{byline}\n7 March 2025\n{BODY_EN}"
    )
    assert cleaned.title == "Fire destroys warehouse on estate"
    assert cleaned.authors == []
    assert cleaned.published_at.date() == dt.date(2025, 3, 7)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Leestijd: 3 minuten", "share"),
        ("Entre no canal do Telegram", "trailer"),
        (
            "Los comentarios son responsabilidad exclusiva de sus autores y no de este diario.",
            "comments",
        ),
        ("Comments are the sole responsibility of their authors.", "comments"),
    ],
)
def test_reading_time_channel_calls_and_comment_notes_in_more_languages_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


LONG_BODY = (
    "The mayor opened the session at nine with a minute of silence for the flood victims.\n"
    "Several residents spoke against the closure of the Eastside branch library at the start.\n"
    f"{BODY_EN}"
)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Editor: Tom Hart", []),
        ("Servizio di Paolo Conti", ["Paolo Conti"]),
        ("-- Sarah Lee, Reuters", ["Sarah Lee"]),
        ("Texte : Claire Dubois", ["Claire Dubois"]),
        # a signature with its byline's word and agency
        ("Von Anna Weber, dpa", ["Anna Weber"]),
        ("Par Jean Dupont (AFP)", ["Jean Dupont"]),
    ],
)
def test_an_editor_a_report_and_a_signature_after_a_double_dash_at_the_end(line, authors):
    cleaned = clean_text(f"Council passes budget\n{LONG_BODY}\n{line}")
    assert cleaned.authors == authors
    assert cleaned.text == LONG_BODY.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "caption",
    [
        "Volunteers clear the beach on Sunday. Picture: Supplied",
        "Les bénévoles nettoient la plage dimanche. Photo Léa Girard",
    ],
)
def test_a_caption_with_its_credit_after_the_sentence_goes(caption):
    assert removed_between_paragraphs(caption) == [("caption", caption)]


def test_a_sentence_then_a_capitalised_word_after_photo_stays():
    line = "He kept every picture. Photo albums filled the shelves of the Library."
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize("line", ["Presented by Acme Bank", "Brought to you by Acme", "Gesponsert"])
def test_a_sponsor_named_alone_goes(line):
    assert removed_between_paragraphs(line) == [("share", line)]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Layla al-Hashimi", ["Layla al-Hashimi"]),
        ("By Rev. Anne Foster", ["Anne Foster"]),
        ("By The Editorial Board", []),
        ("Por el Consejo Editorial", []),
    ],
)
def test_arabic_particles_clergy_titles_and_an_editorial_board_in_bylines(byline, authors):
    cleaned = clean_text(f"Council passes budget\n{byline}\nMarch 5, 2025\n{BODY_EN}")
    assert cleaned.authors == authors
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("comments powered by Disqus", "comments"),
        ("Click to print (Opens in new window)", "share"),
        ("This is a modal window.", "boilerplate"),
        ("Please make sure your comments are respectful and stay on the subject.", "comments"),
        ("When you comment, please be courteous to other readers.", "comments"),
        ("Support Example News and make a difference in your town.", "trailer"),
    ],
)
def test_comment_systems_share_links_and_player_notices_read_out_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_press_releases_profile_goes_with_the_forward_looking_note_after_it():
    release = (
        "FOR IMMEDIATE RELEASE\n\nFerry line orders four electric ships\n\n"
        f"{BODY_EN}\n\nAbout Northwind Ferries\n\n"
        "Northwind Ferries runs six routes and carries two million passengers a year.\n\n"
        "Forward-Looking Statements\n\n"
        "This press release contains forward-looking statements that involve risks and "
        "uncertainties. Actual results may differ materially.\n\n###"
    )
    cleaned = clean_text(release)
    assert cleaned.title == "Ferry line orders four electric ships"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert "Northwind Ferries runs six routes" in removed_text(cleaned, "trailer")
    assert "forward-looking statements that involve" in removed_text(cleaned, "trailer")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Zukunftsgerichtete Aussagen", "trailer"),
        ("Ce communiqué contient des déclarations prospectives soumises à des risques.", "trailer"),
        ("This summary was generated with the help of AI and checked by our editors.", "trailer"),
        ("Dieser Text wurde mithilfe künstlicher Intelligenz zusammengefasst.", "trailer"),
        ("Este artículo fue traducido con ayuda de inteligencia artificial.", "trailer"),
        ("Este artigo foi produzido com recurso a inteligência artificial e revisto pela redação.",
         "trailer"),
        ("Listen to this article, read by an AI voice.", "trailer"),
        ("Audio generated by AI.", "trailer"),
        ("Wir erhalten eine Provision, wenn Sie über diese Links einkaufen.", "trailer"),
        ("Redigiert von Jonas Keller", "credit"),
        ("Artwork: Studio Example", "caption"),
        ("This article is part of our partnership with a fact-checking network.", "trailer"),
        ("Questo articolo fa parte della serie Le città del futuro.", "trailer"),
        ("Have you seen a claim you want us to check? Get in touch.", "trailer"),
        ("Vous souhaitez que nous vérifiions une information ? Écrivez-nous.", "trailer"),
        ("We and our partners use cookies to store and access information on your device.",
         "boilerplate"),
        ("We value your privacy", "boilerplate"),
        ("Sign the guest book", "share"),
        ("Envoyer des fleurs", "share"),
    ],
)  # fmt: skip
def test_notes_on_how_a_piece_was_made_tip_calls_consent_boxes_and_guest_books_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Gefällt dir dieser Artikel?", "share"),
        ("Soutenez notre journal", "trailer"),
        ("Lust auf mehr?", "promo"),
        ("Want more?", "promo"),
        ("I più commentati", "promo"),
        ("Deja una respuesta", "share"),
        ("Publicar el comentario", "share"),
        ("Kommentar abschicken", "share"),
    ],
)
def test_teaser_questions_appeals_and_reply_form_buttons_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "The text of the AI Act was written by the commission over three years.",
        "Got a question about the new bins? Contact us at the town hall, the mayor said.",
        "Want more money for the schools? The mayor says the budget cannot pay for it.",
        "Lust auf mehr Bewegung haben offenbar viele: Die Fitnessstudios melden Rekorde.",
    ],
)
def test_sentences_about_ai_laws_and_quoted_calls_stay(line):
    assert_stays_between_paragraphs(line)


def test_a_league_table_and_a_sports_pages_links_after_the_report_go():
    widgets = (
        "League table\n1. Northport 31 72\n2. Eastfield 31 69\n3. Westbury 31 58\nFull table\n"
        "Tabelle\nSpielplan\nLive-Ticker zum Nachlesen\nMehr zum SC Beispielstadt"
    )
    cleaned = clean_text(f"Northport win at the death\n\n{BODY_EN}\n\n{widgets}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert "\n".join(r.text for r in cleaned.removed) == widgets


def test_a_subheading_about_more_of_a_topic_inside_the_article_stays():
    first, second = BODY_EN.split("\n\n")
    text = f"Council passes budget\n\n{first}\n\nMehr zur Finanzierung\n\n{second}"
    assert clean_text(text).text == f"{first}\nMehr zur Finanzierung\n{second}"


@pytest.mark.parametrize(
    ("head", "title", "author"),
    [
        # a fact check under its label; its checker is the author
        (
            "Fact check\nNo, the city is not banning petrol cars next year\n"
            "Fact-checked by Priya Nair\nPublished 10 February 2025\n",
            "No, the city is not banning petrol cars next year",
            "Priya Nair",
        ),
        # a headline of sentences over its byline
        (
            "Tech\nThe chip shortage is over. The chip glut is just beginning.\n"
            "Analysis by Noor Haddad\nUpdated 10:12 AM EST, Wed March 5, 2025",
            "The chip shortage is over. The chip glut is just beginning.",
            "Noor Haddad",
        ),
    ],
)
def test_a_label_over_the_headline_and_the_credit_under_it(head, title, author):
    cleaned = clean_text(f"{head}\n{BODY_EN}")
    assert cleaned.title == title
    assert cleaned.authors == [author]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_label_over_the_headline_then_the_newsroom_and_a_wire_dateline():
    cleaned = clean_text(
        "Economía\nLa inflación se modera en febrero\nRedacción\nMadrid, 05 mar (EFE)\n"
        f"Actualizado: 05/03/2025 12:10h\n\n{BODY_EN}"
    )
    assert cleaned.title == "La inflación se modera en febrero"
    assert cleaned.published_at == dt.datetime(2025, 3, 5, 12, 10, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Get the biggest daily stories by email", "trailer"),
        ("We will use your email address only for sending you newsletters. Please see our "
         "Privacy Notice for details.", "trailer"),
        ("Die wichtigsten Nachrichten des Tages – jeden Morgen kostenlos per E-Mail.", "trailer"),
        ("Jetzt anmelden", "share"),
        ("Hier kostenlos abonnieren", "share"),
    ],
)  # fmt: skip
def test_a_newsletter_boxs_pitch_button_and_fine_print_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_topics_to_follow_after_the_article_go_as_tags():
    cleaned = clean_text(f"Fire at the harbour\n\n{BODY_EN}\n\nThemen folgen\nNeuss\nFeuerwehr")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert removed_text(cleaned, "tags") == "Themen folgen\nNeuss\nFeuerwehr"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Fotografía cedida por el Ayuntamiento", "caption"),
        ("Archivfoto: dpa", "caption"),
        ("Share on Facebook Share on X Share via Email", "share"),
        ("Sei già abbonato? Accedi", "share"),
        ("Jetzt 4 Wochen gratis testen", "share"),
        ("Essai gratuit pendant 30 jours", "share"),
        ("Laden Sie unsere App herunter", "share"),
        ("Baixe o nosso aplicativo", "share"),
        ("Audio abspielen", "share"),
        ("Mit freundlicher Unterstützung von Acme", "share"),
        ("Große Schrift ein / aus", "share"),
        ("This story was produced in partnership with a reporting fund.", "trailer"),
        ("Assine a nossa newsletter", "trailer"),
        ("Hinweise an: redaktion@zeitung.example", "trailer"),
        ("Did you find this article useful?", "trailer"),
        ("Reportar un error", "share"),
    ],
)
def test_credits_paywall_offers_apps_players_and_partners_notes_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_closing_author_credit_takes_no_story_paragraph_for_a_bio():
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"Council passes budget\n\n{first}\n\nAutor: Max Muster\n\n{second}")
    assert cleaned.authors == ["Max Muster"]
    assert cleaned.text == f"{first}\n{second}"


@pytest.mark.parametrize(
    "line",
    [
        "The app, which the council launched last year, has been downloaded 40,000 times.",
        "Readers who found errors in the ballot guide reported them to the election office.",
        "Subscribers to the local paper received a printed copy of the plan on Saturday.",
    ],
)
def test_sentences_about_apps_errors_and_subscribers_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Du musst angemeldet sein, um einen Kommentar abzugeben.", "comments"),
        ("Vous devez être connecté pour publier un commentaire.", "comments"),
        ("Siehe auch", "promo"),
        ("Weitere aktuelle Themen aus der Region", "promo"),
        ("You have successfully subscribed. Thank you!", "boilerplate"),
        ("We rely on your support to keep local news free for all", "trailer"),
        ("Like our reporting? Click here to support it.", "promo"),
        ("Mitglied werden", "share"),
    ],
)
def test_comment_form_log_in_lines_see_also_donation_pleas_and_member_buttons_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "header",
    [
        "3 réflexions sur « Le budget enfin voté »",
        "One thought on “Budget passed at last”",
        "2 Gedanken zu „Haushalt endlich beschlossen“",
        "5 comentarios en «El presupuesto, aprobado»",
    ],
)
def test_a_blogs_comment_count_over_its_thread_starts_the_comments(header):
    thread = f"{header}\nMartine\n4 mars 2025 à 9 h 12 min\nMerci pour cet article !\nRépondre"
    cleaned = clean_text(f"Budget passed at last\n\n{BODY_EN}\n\n{thread}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert removed_text(cleaned, "comments") == thread


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Comentario *", "comments"),
        ("Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que "
         "comente.", "comments"),
        ("Partilhe isto:", "share"),
        ("Gostar disto:", "share"),
        ("Clique para partilhar no Facebook (Abre numa nova janela)", "share"),
        ("¿Te ha gustado esta receta? ¡Compártela!", "share"),
    ],
)  # fmt: skip
def test_blog_forms_fields_and_share_and_like_buttons_in_more_languages_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_subheading_of_thoughts_on_a_topic_stays():
    first, second = BODY_EN.split("\n\n")
    text = f"Council passes budget\n\n{first}\n\nThoughts on the new library\n\n{second}"
    assert clean_text(text).text == f"{first}\nThoughts on the new library\n{second}"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Bei Amazon ansehen", "trailer"),
        ("Zum Angebot", "trailer"),
        ("Voir l'offre", "trailer"),
        ("Ver oferta en Amazon", "trailer"),
        ("Check price", "trailer"),
        ("Today's best Acme Pulse 3 deals", "trailer"),
        ("Algunos de los enlaces de este artículo son afiliados.", "trailer"),
        ("Our reviewers test every product for weeks. Find out more about how we test.",
         "trailer"),
        ("Aggiorna la diretta", "share"),
    ],
)  # fmt: skip
def test_shop_buttons_affiliate_and_testing_notes_and_live_blog_controls_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_sentence_about_comparing_prices_stays():
    line = "Shoppers who check prices online before buying save about 12 percent, the study found."
    assert_stays_between_paragraphs(line)


def test_a_dutch_stamp_with_its_last_update_gives_the_publication_date():
    cleaned = clean_text(
        "Kabinet trekt extra geld uit voor jeugdzorg\nDoor Eva Bakker\n"
        f"Gepubliceerd: 10 maart 2025 14:05 | Laatste update: 10 maart 2025 16:20\n\n{BODY_EN}"
    )
    assert cleaned.authors == ["Eva Bakker"]
    assert cleaned.published_at == dt.datetime(2025, 3, 10, 14, 5, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_topics_under_a_promo_heading_with_a_colon_go_and_name_no_author():
    topics = "Lees meer over:\nAsiel\nTweede Kamer"
    cleaned = clean_text(f"Kamer stemt in met asielwet\nDoor Eva Bakker\n\n{BODY_EN}\n\n{topics}")
    assert cleaned.authors == ["Eva Bakker"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert removed_text(cleaned, "promo") == topics


@pytest.mark.parametrize(
    "line",
    ["Sua assinatura pode valer ainda mais", "Você já conhece as vantagens de ser assinante?"],
)
def test_a_subscriptions_pitch_goes(line):
    assert [k for k, _ in removed_between_paragraphs(line)] == ["trailer"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Independent journalism needs your support", "trailer"),
        ("Our journalists try to be accurate, but we make mistakes. Read our corrections policy.",
         "trailer"),
    ],
)  # fmt: skip
def test_pleas_for_support_and_a_pointer_to_the_corrections_policy_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_topics_mentioned_in_the_article_go_as_tags():
    topics = "Topics mentioned in this article\nIndia cricket\nEngland cricket"
    cleaned = clean_text(f"India clinch series in Pune\n\n{BODY_EN}\n\n{topics}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert removed_text(cleaned, "tags") == topics


def test_a_column_of_briefs_its_label_compiler_and_date():
    cleaned = clean_text(
        "News in brief\nAround the county\nCompiled by staff\nMarch 11, 2025\n"
        "Library extends hours\nThe central library will open until 8 p.m. on weekdays from April 1."
    )
    assert cleaned.title == "Around the county"
    assert cleaned.authors == []
    assert cleaned.published_at == dt.datetime(2025, 3, 11, tzinfo=UTC)
    assert cleaned.text == (
        "Library extends hours\nThe central library will open until 8 p.m. on weekdays from April 1."
    )


BODY_DE = (
    "Der Stadtrat hat am Dienstag den Haushalt nach einer langen Debatte über Bibliotheken "
    "beschlossen.\nMehrere Bürger forderten in der Sitzung mehr Geld für die Parks der Stadt."
)


@pytest.mark.parametrize(
    "bio",
    [
        "Unser Autor Max Muster lebt in Leipzig und berichtet seit 2010 über Ostdeutschland.",
        "Max Muster, Jahrgang 1975, ist Korrespondent in Brüssel.",
        "Max Muster arbeitet seit 2015 als Reporter für diese Zeitung.",
        "Max Muster\nRedakteur Politik\nMax Muster schreibt seit 2012 für das Ressort Politik.",
    ],
)
def test_german_author_bios_in_more_forms_go_with_or_without_a_byline(bio):
    for head in ("Von Max Muster\n", ""):
        cleaned = clean_text(f"Stadtrat beschließt Haushalt\n{head}{BODY_DE}\n{bio}")
        assert cleaned.text == BODY_DE
        removed = "\n".join(r.text for r in cleaned.removed).split("\n")
        assert set(bio.split("\n")) <= set(removed)


def test_a_bio_under_a_footnotes_star_goes_when_the_byline_names_its_author():
    bio = "*Max Muster ist Professor für Geschichte an der Universität Bonn."
    cleaned = clean_text(f"Stadtrat beschließt Haushalt\nVon Max Muster\n{BODY_DE}\n{bio}")
    assert cleaned.text == BODY_DE
    assert removed_text(cleaned, "bio") == bio


def test_a_follow_link_in_the_german_order_goes():
    assert removed_between_paragraphs("Max Muster auf X folgen") == [
        ("share", "Max Muster auf X folgen")
    ]


@pytest.mark.parametrize(
    ("ending", "authors"),
    [
        ("(Reporting by Ann Lee; Editing by Bo Chan)", ["Ann Lee"]),
        ("Reporting by Ann Lee in London", ["Ann Lee"]),
        ("Additional reporting by Ann Lee", []),
        ("Ann Lee\nalee@paper.example", ["Ann Lee"]),
        ("Ann Lee\nStaff writer", ["Ann Lee"]),
    ],
)
def test_a_wires_reporters_and_an_authors_box_at_the_end_name_the_authors(ending, authors):
    cleaned = clean_text(f"Council passes budget\n\n{BODY_EN}\n\nThe vote is next month.\n{ending}")
    assert cleaned.authors == authors
    assert cleaned.text == BODY_EN.replace("\n\n", "\n") + "\nThe vote is next month."


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Whatsapp Facebook Pint Baixar", "share"),
        ("(crédito: Ana Lima/Agência Sul)", "caption"),
        ("Puede escribirnos a redaccion@diario.example o seguir a la sección en Facebook, X o "
         "Instagram.", "trailer"),
        ("Site desenvolvido por Acme Web", "trailer"),
        ("Proudly powered by WordPress", "trailer"),
    ],
)  # fmt: skip
def test_share_rows_bracketed_credits_contact_calls_and_site_credits_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_footers_links_under_contact_us_go_without_the_line_model():
    footer = "Contact Us\nAdvertise\nPrivacy\nTerms of Service"
    lines = ["Council passes budget", *BODY_EN.split("\n\n"), footer.split("\n")[0]]
    lines += footer.split("\n")[1:]
    kinds = mark_lines(lines, model=None).kinds
    assert kinds[1:3] == [None, None]
    assert None not in kinds[3:]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Hinweise zum Antrag auf FörderungPDF | 151 KB", "boilerplate"),
        ("Mit Freunden teilen", "share"),
        ("Klicken Sie auf den Button, um den Inhalt von www.karten.example zu laden.",
         "boilerplate"),
        ("Die Seminare starten im März. (Quelle: Verband/Unsplash)", "caption"),
        ("Der Sieger nach dem FinaleBild: Agentur/Ann Lee", "caption"),
        ("Das Hermelin ist im Winter gut getarnt. (Ann Lee / iStock.com)", "caption"),
        ("Wir informieren Sie täglich über die Topthemen des Tages.", "trailer"),
        ("Wenn Sie Anmerkungen zu diesem Artikel haben, können Sie die Redaktion per E-Mail "
         "informieren.", "trailer"),
        ("Jede kleine Spende hilft!", "trailer"),
        ("Ihr Warenkorb ist leer", "boilerplate"),
        ("Dieser Beitrag wurde veröffentlicht in Reisen und gekennzeichnet mit Alpen, Wandern.",
         "tags"),
        ("Zurück zum Lexikon", "share"),
    ],
)  # fmt: skip
def test_german_sites_file_links_embeds_credits_pitches_and_links_back_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_sentence_about_getting_back_to_normal_stays():
    line = "Zurück zur Normalität will die Stadt erst im Sommer, sagte der Bürgermeister."
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Jupiterimages, Getty Images/Creatas RF", "caption"),
        ("Courtesy of the Harbour Museum", "caption"),
        ("Our journalists strive for accuracy but on occasion we make mistakes. For details of our "
         "complaints policy please click this link.", "trailer"),
        ("This website uses cookies to improve your experience while you navigate through the "
         "website. " + "Out of these cookies, the necessary ones are stored on your browser. " * 8,
         "boilerplate"),
        ("Disclaimer (varies by section): " + "News articles on this site may contain opinions. " * 10,
         "trailer"),
    ],
)  # fmt: skip
def test_agency_credits_complaints_notes_and_long_consent_and_disclaimer_texts_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line.strip())]


@pytest.mark.parametrize(
    "line",
    [
        "Chaque matin, l'essentiel de l'actualité",
        "Vous pouvez lire Le Journal sur un seul appareil à la fois",
        "Ailleurs sur le web",
        "Contenus sponsorisés",
        "Suivez toute l'actualité de Lyon sur notre site",
        "Recevez gratuitement notre newsletter",
        "Crédit : Jean Dupont",
        "Signaler un contenu abusif",
        "Écouter le podcast",
        "Toute l'actualité de Nantes",
        "Cet article vous a été offert par un abonné.",
        "Vous avez choisi de refuser les cookies",
        "Continuer sans accepter",
        "La newsletter Politique",
        "Voir l'exemple",
        "En cliquant sur « Je m'inscris », j'accepte les conditions générales d'utilisation.",
        "Le Journal utilise vos données pour vous envoyer sa newsletter.",
        "Pour aller plus loin",
    ],
)
def test_french_sites_newsletter_boxes_paywalls_consent_and_promo_headings_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Pour aller plus loin dans la réforme, le gouvernement prévoit une seconde loi à l'automne.",
        "Les abonnés du réseau de bus pourront voyager gratuitement le week-end.",
    ],
)
def test_french_sentences_that_open_like_furniture_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Regala este artículo",
        "Guardar en mis noticias",
        "Newsletter de Política",
        "Te puede interesar también",
        "¿Qué opinas? Déjanos tu comentario",
    ],
)
def test_spanish_sites_gift_save_newsletter_promo_and_comment_calls_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_call_to_join_the_conversation_opens_the_comments():
    thread = "Participa en la conversación\nAna: Muy buen artículo.\nLuis: No estoy de acuerdo."
    cleaned = clean_text(f"El pleno aprueba el presupuesto\n\n{BODY_EN}\n\n{thread}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert removed_text(cleaned, "comments") == thread


@pytest.mark.parametrize(
    "line",
    [
        "Abbonati a partire da 1 euro",
        "Assine o jornal",
        "Assinantes podem ler",
        "Invia per email",
        "Copia link",
        "Vedi i commenti",
        "Commenta la notizia",
        "Ti consigliamo",
        "I più visti",
        "Salvar para ler depois",
        "O que você achou? Deixe seu comentário",
    ],
)
def test_italian_and_portuguese_sites_offers_buttons_and_promo_headings_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Per approfondire il tema, il comune organizza un incontro pubblico giovedì sera.",
        "Os assinantes da operadora terão desconto de 20% a partir de abril.",
    ],
)
def test_italian_and_portuguese_sentences_that_open_like_furniture_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Jetzt weiterlesen mit Abo",
        "Jeden Morgen die wichtigsten Nachrichten in Ihrem Postfach",
        "Artikel kommentieren",
        "Symbolbild",
        "Podcast anhören",
        "Alle Nachrichten aus Köln",
        "Unserem WhatsApp-Kanal folgen",
        "Was meinen Sie? Schreiben Sie einen Kommentar",
        "Word abonnee",
        "Link kopiëren",
        "Nieuwsbrief",
        "Alle rechten voorbehouden",
        "Beeld: Jan Jansen",
        "Download de app",
        "Bekijk de video",
    ],
)
def test_german_and_dutch_sites_buttons_pitches_credits_and_rights_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_headline_opening_with_a_place_is_no_bare_byline():
    cleaned = clean_text(
        f"À Lyon, la gauche en tête au premier tour\nPar Jean Dupont\nLe 5 mars 2025\n\n{BODY_EN}"
    )
    assert cleaned.title == "À Lyon, la gauche en tête au premier tour"
    assert cleaned.authors == ["Jean Dupont"]


@pytest.mark.parametrize("line", ["Read more by Jane Roe", "Meer van Jane Roe"])
def test_links_to_more_of_the_authors_pieces_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_wire_dateline_with_a_place_of_four_words_goes():
    cleaned = clean_text(
        f"Nuevo récord de turistas en Canarias\nSanta Cruz de Tenerife, 14 feb (EFE).-\n\n{BODY_EN}"
    )
    assert cleaned.title == "Nuevo récord de turistas en Canarias"
    assert kinds(cleaned) == ["dateline"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_name_alone_over_a_line_about_its_bearer_is_the_byline():
    cleaned = clean_text(
        "How a small town fixed its housing crisis\nLena Ortiz\n"
        f"Lena Ortiz is a staff writer covering housing and urban policy.\n\n{BODY_EN}"
    )
    assert cleaned.title == "How a small town fixed its housing crisis"
    assert cleaned.authors == ["Lena Ortiz"]
    assert kinds(cleaned) == ["byline", "bio"]


def test_a_players_length_under_the_headline_leaves_the_breadcrumbs_a_label():
    cleaned = clean_text(
        "Home > News > Business\nOil prices slide as demand worries grow\nListen to this article\n"
        f"4 min\nBy Mark Jensen and Priya Nair\nMarch 18, 2025 6:02 AM GMT\n\n{BODY_EN}"
    )
    assert cleaned.title == "Oil prices slide as demand worries grow"
    assert cleaned.authors == ["Mark Jensen", "Priya Nair"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize("label", ["Opinion", "Politics"])
def test_a_label_between_the_headline_and_the_byline_leaves_the_headline_read(label):
    cleaned = clean_text(
        f"{label}\nThe city needs a real plan for its buses\nGuest column\nBy Alan Moore\n\n{BODY_EN}"
    )
    assert cleaned.title == "The city needs a real plan for its buses"
    assert cleaned.authors == ["Alan Moore"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize("honorific", ["Rev.", "Sen.", "Dr."])
def test_a_bio_naming_the_author_with_an_honorific_goes(honorific):
    cleaned = clean_text(
        f"The city needs a real plan for its buses\nBy {honorific} Alan Moore\n\n{BODY_EN}\n\n"
        f"{honorific} Alan Moore is pastor of Grace Church in Eastside."
    )
    assert cleaned.authors == ["Alan Moore"]
    assert kinds(cleaned) == ["byline", "bio"]


@pytest.mark.parametrize(
    "line",
    [
        "Vous avez repéré une erreur ? Signalez-la",
        "Spotted an error? Let us know.",
        "Haben Sie einen Fehler entdeckt?",
        "¿Has visto un error? Avísanos",
        "Hai trovato un errore? Segnalacelo",
        "Encontrou um erro? Avise-nos",
        "Assista",
        "Vídeos mais assistidos",
        "Meistgesehene Videos",
        "Vidéos les plus vues",
        "Mira el vídeo",
    ],
)
def test_calls_to_report_an_error_and_video_headings_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Have you found an error in the tax code? Experts did.",
        "Assista ao debate na íntegra amanhã.",
    ],
)
def test_sentences_that_open_like_error_calls_or_video_headings_stay(line):
    assert_stays_between_paragraphs(line)


def test_external_links_under_their_heading_and_the_sites_note_on_them_go():
    cleaned = clean_text(
        f"Flooding closes schools across county\n\n{BODY_EN}\n\nRelated internet links\n"
        "Environment Agency\nThe BBC is not responsible for the content of external sites."
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("head", "kind"),
    [("mit dpa", "credit"), ("Publié il y a 2 heures", "dateline")],
)
def test_an_agency_credit_with_mit_and_a_french_relative_stamp_go_from_the_head(head, kind):
    cleaned = clean_text(f"Streit um das Tempolimit geht weiter\n{head}\n\n{BODY_EN}")
    assert cleaned.title == "Streit um das Tempolimit geht weiter"
    assert kinds(cleaned) == [kind]


def test_a_newsletters_name_and_pitch_under_its_heading_go():
    cleaned = clean_text(
        f"Incendie dans un entrepôt\n\n{BODY_EN}\n\nNewsletter\nLe Figaro Politique\n"
        "Tous les jours, recevez l'essentiel de l'actualité politique."
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_comment_forms_prompt_for_a_name_goes():
    line = "Rellena tu nombre y apellido para comentar"
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Newsletters are a growing business for local papers.",
        "Every day, the best players train for six hours.",
    ],
)
def test_sentences_about_newsletters_and_days_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Una publicación compartida de Meteogalicia (@meteogalicia)",
        "Ver essa foto no Instagram",
        "Inhalt laden",
        "Externen Inhalt anzeigen",
        "An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt.",
        "Ce contenu n'est pas accessible.",
        "Este contenido no está disponible",
        "This content is not available",
    ],
)
def test_embedded_posts_signatures_and_placeholders_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "— and then, she said, the lights went out across the whole valley.",
        "This content is not available in shops until the spring, the publisher said.",
    ],
)
def test_sentences_that_open_like_embed_frames_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        (
            "Hinweis der Redaktion: Wenn Sie sich in einer Krise befinden, finden Sie Hilfe bei "
            "der Telefonseelsorge unter 0800 111 0 111.",
            "editor_note",
        ),
        (
            "If you or someone you know is struggling, call or text 988 to reach the Suicide and "
            "Crisis Lifeline.",
            "trailer",
        ),
        (
            "Si usted o alguien que conoce necesita ayuda, llame al 024, la línea de atención a "
            "la conducta suicida.",
            "trailer",
        ),
        ("Transparenzhinweis: Die Studie wurde von einer Krankenkasse finanziert.", "trailer"),
        (
            "University of Leeds provides funding as a member of The Conversation UK.",
            "trailer",
        ),
        ("Per segnalazioni e suggerimenti scrivete a redazione@example.it", "trailer"),
        ("Esta noticia ha sido elaborada con información de Europa Press.", "credit"),
    ],
)
def test_crisis_lines_funding_and_tip_notes_and_agency_credits_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


def test_a_footers_links_run_on_past_one_a_cue_named():
    cleaned = clean_text(
        f"Budget approved\n\n{BODY_EN}\n\nKontakt\nPartner\nNewsletter\nImpressum\nAGB\nDatenschutz"
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "line",
    [
        "If you or someone you knew lived through the storm, the museum wants to hear from you, "
        "its director said.",
        "The Samaritans said calls to its helpline rose by a fifth last winter.",
        "If you or someone you know owns a car built before 1990, the recall may apply to you.",
    ],
)
def test_sentences_about_helplines_stay(line):
    assert_stays_between_paragraphs(line)


def test_a_consent_boxs_settings_buttons_and_the_menu_under_it_leave_the_headline():
    cleaned = clean_text(
        "Datenschutzeinstellungen\nWir nutzen Cookies auf unserer Website. Einige von ihnen sind "
        "essenziell, während andere uns helfen, diese Website zu verbessern.\nAlle akzeptieren\n"
        "Nur essenzielle Cookies akzeptieren\nIndividuelle Datenschutzeinstellungen\nStartseite\n"
        f"Politik\nWirtschaft\nSport\nNeue Kita in Lindenau eröffnet\n19.03.2025\n\n{BODY_EN}"
    )
    assert cleaned.title == "Neue Kita in Lindenau eröffnet"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "line",
    [
        "Accept only necessary cookies",
        "Privacy settings",
        "Paramètres des cookies",
        "Aceptar solo cookies necesarias",
        "Accetta solo cookie tecnici",
        "Configurações de privacidade",
    ],
)
def test_consent_boxes_settings_buttons_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe or pay with your data?",
        "Abonnez-vous, nous disent les éditeurs. Mais seuls 11 % des Français paient pour de "
        "l'information en ligne.",
        "Suscríbete solo a servicios de confianza, recomienda la Agencia de Protección de Datos.",
        "Iscriviti alla newsletter, chiede il direttore di un quotidiano di Bergamo ai suoi "
        "lettori ogni mattina.",
        # short, and last: a call is the story's when it says who made it
        "Síguenos, gritaban los manifestantes a los vecinos.",
        "Assine o abaixo-assinado, pediu a associação de moradores aos vizinhos.",
    ],
)
def test_calls_to_subscribe_the_story_reports_or_questions_stay(line):
    assert_stays_between_paragraphs(line)
    cleaned = clean_text(f"{BODY_EN}\n\n{line}")
    assert cleaned.text == f"{BODY_EN}\n{line}".replace("\n\n", "\n")


@pytest.mark.parametrize(
    "line",
    [
        "Vorlesen",
        "Weiter zum Artikel",
        "Hören Sie hier den Podcast",
        "Exklusiv für Abonnenten",
        "Mit SZ Plus weiterlesen",
        "Dieser Artikel ist exklusiv für unsere Abonnenten.",
        "Zur Newsletter-Anmeldung",
        "Kommentare öffnen",
        "Alle Kommentare anzeigen",
        "Artikel vom 19.03.2025",
        "Von dpa",
        "Jetzt kostenlos testen",
        "Jetzt abonnieren und weiterlesen",
        "1 Monat für 1 €",
        "Dauer 02:14 Min.",
        "Leserbrief schreiben",
        "Ihre Meinung ist gefragt",
    ],
)
def test_german_sites_read_aloud_paywall_comment_and_letters_buttons_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Merken Sie sich diesen Termin: Am 3. Mai beginnt die Gartensaison.",
        "Weitere Artikel zum Thema will die Redaktion in den kommenden Wochen veröffentlichen.",
        "Vorlesen lernen Kinder am besten mit den Eltern, sagt die Leseforscherin.",
    ],
)
def test_german_sentences_that_open_like_buttons_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Lecture audio",
        "S'abonner pour 1 € le premier mois",
        "Profitez de l'offre",
        "Vous ne pouvez plus lire cet article",
        "Découvrir les offres",
        "Vidéo suivante",
        "Haut de page",
        "Signaler un abus",
        "Toute l'actu",
        "Ouvrir le lecteur",
        "Ya soy suscriptor",
        "Volver arriba",
        "Ir a la portada",
        "Abbonati",
        "Contenuto sponsorizzato",
        "Assine",
        "Já sou assinante",
        "Voltar ao topo",
    ],
)
def test_romance_sites_player_offer_and_navigation_buttons_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Réagir vite est essentiel en cas d'accident vasculaire cérébral, rappellent les médecins.",
        "Imprimir billetes no es la solución a la inflación, advierten los economistas.",
        "Salvar vidas é a missão dos bombeiros voluntários da cidade há mais de cem anos.",
        "Stampa e televisione restano le principali fonti di informazione per gli over 65.",
        "Abbonati e lettori sono scesi in piazza per difendere il giornale locale.",
    ],
)
def test_romance_sentences_that_open_like_buttons_stay(line):
    assert_stays_between_paragraphs(line)


def test_a_sentence_opening_with_for_subscribers_stays():
    assert_stays_between_paragraphs(
        "Für Abonnenten der Zeitung ändert sich nichts, sagte der Verlag."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Escucha la nota",
        "Notas relacionadas",
        "Tags relacionados",
        "LO ÚLTIMO",
        "Noticias destacadas",
        "Ver más noticias",
        "Ahora puedes recibir notificaciones de BBC Mundo.",
        "Descarga la nueva versión de nuestra app y actívalas para no perderte nuestro mejor "
        "contenido.",
        "Recibe nuestro newsletter",
        "Continúa leyendo",
        "Inicia sesión",
        "Menú",
        "Nos offres",
        "Mon compte",
        "Rubriques",
        "Ajouter Ouest-France à vos favoris Google",
        "Vous avez aimé cet article ?",
        "Fil info",
        "Nos newsletters",
    ],
)
def test_spanish_and_french_sites_menus_players_apps_and_teaser_headings_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Seguir leyendo es la mejor forma de aprender, dijo la ministra en la inauguración.",
        "Descarga la aplicación del ayuntamiento quien quiera pedir cita, explicó el alcalde.",
        "Lo último que esperaban los vecinos era una subida del agua en pleno verano.",
    ],
)
def test_spanish_sentences_that_open_like_menus_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Download The Example News App to get Daily Market Updates.", "trailer"),
        ("Kindly share this story", "share"),
        ("Share this article in your social network", "share"),
        ("READ: Classes suspended in 12 provinces", "promo"),
        (
            "By providing an email address. I agree to the Terms of Use and acknowledge that I "
            "have read the Privacy Policy.",
            "trailer",
        ),
        ("Article content", "share"),
        (
            "Example Media is committed to maintaining a lively but civil forum for discussion. "
            "Please keep comments relevant and respectful.",
            "trailer",
        ),
    ],
)
def test_english_sites_app_calls_share_prompts_read_labels_and_forum_rules_go(line, kind):
    assert removed_between_paragraphs(line) == [(kind, line)]


@pytest.mark.parametrize(
    "line",
    [
        "Download speeds on the new network reached 300 megabits, the operator said.",
        "Read: the word the judge used twice in her ruling was reckless.",
    ],
)
def test_sentences_that_open_like_app_calls_or_read_labels_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Abbonati per continuare a leggere",
        "Più letti",
        "Da non perdere",
        "Le notizie di oggi",
        "Foto Ansa",
        "Condividi l'articolo",
        "Ouça este conteúdo",
        "Ouvir matéria",
        "Assine para continuar lendo",
        "Últimas",
        "Veja mais",
    ],
)
def test_italian_and_portuguese_sites_players_walls_and_teaser_headings_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_sentence_opening_like_a_wall_stays():
    assert_stays_between_paragraphs(
        "Continue lendo os jornais locais, recomendou o professor aos alunos durante a palestra."
    )


@pytest.mark.parametrize(
    "byline",
    [
        "Jane Doe, Special to The Post",
        "Jane Doe, especial para El Sol",
        "Posted 2 hours ago by Jane Doe",
    ],
)
def test_a_contributors_note_and_a_relative_stamp_leave_the_author_read(byline):
    cleaned = clean_text(f"Harbour expansion approved\n{byline}\n\n{BODY_EN}")
    assert cleaned.title == "Harbour expansion approved"
    assert cleaned.authors == ["Jane Doe"]
    assert kinds(cleaned) == ["byline"]


@pytest.mark.parametrize(
    "line",
    [
        "Pictured: the new bridge over the river",
        "Above: firefighters at the scene on Monday night",
        "Fotostrecke: Die Flut in Bildern",
        "Bildergalerie ansehen (12 Bilder)",
        "Immagine di repertorio",
        "Imagem ilustrativa",
        "Supplied: Jane Doe",
        "(Supplied)",
    ],
)
def test_captions_placing_their_subject_galleries_and_stock_labels_go(line):
    assert [kind for kind, _ in removed_between_paragraphs(line)] == ["caption"]


@pytest.mark.parametrize(
    "line",
    [
        "Above all, the mayor wants the bridge finished before the winter, she told reporters.",
        "Pictured in the report are five schools that will close by the end of next year.",
    ],
)
def test_sentences_opening_like_captions_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Newsletter Politik",
        "Bilder",
        "Jane Doe's latest stories",
        "Tous les mardis à 12h",
        "Jeden Dienstag um 18 Uhr",
        "Published by The Example Gazette from Mar. 18 to Mar. 20, 2025.",
        "View guest book",
    ],
)
def test_newsletter_names_gallery_links_schedules_and_obituary_notes_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Tous les mardis à 12h, les bénévoles servent des repas aux sans-abri, raconte Paul.",
        "Bilder aus dem Krisengebiet zeigen zerstörte Häuser und überflutete Straßen.",
        "Published by a small press in 1962, the novel sold fewer than 500 copies at first.",
    ],
)
def test_sentences_opening_like_schedules_or_gallery_links_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "line",
    [
        "Gib Deine E-Mail-Adresse an, um diesen Blog zu abonnieren und Benachrichtigungen über "
        "neue Beiträge via E-Mail zu erhalten.",
        "Enter your email address to subscribe to this blog and receive notifications of new "
        "posts by email.",
        "Hinterlasse eine Antwort",
        "Folgt uns!",
    ],
)
def test_a_blogs_sign_up_box_reply_heading_and_follow_call_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_newsletters_weekday_pitch_under_its_button_goes():
    cleaned = clean_text(
        f"Budget approved\n\n{BODY_EN}\n\nNewsletter\n"
        "Du lundi au samedi, découvrez l’essentiel de l’actualité."
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_last_line_going_on_with_the_sentence_above_stays():
    poem = "The river does not ask\nwhere it is going.\nIt only goes,\nand we follow."
    cleaned = clean_text(f"Poem of the week: The river\n\n{poem}")
    assert cleaned.text == poem


@pytest.mark.parametrize(
    "line",
    [
        "ENDS",
        "-ENDS-",
        "###",
        "-30-",
        "Watch the video above.",
        "Watch the full interview above.",
        "Sehen Sie das ganze Interview oben.",
        # a machine transcript's caveat
        "This transcript was automatically generated and may contain errors.",
        "Dieses Transkript wurde automatisch erstellt.",
        "Cette transcription a été générée automatiquement.",
    ],
)
def test_a_releases_end_mark_and_a_pointer_to_the_video_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_pointer_to_the_video_over_the_headline_leaves_the_headline_and_byline():
    cleaned = clean_text(
        f"Watch the full interview above.\nSki resort bets on summer hiking\n"
        f"By Erik Lindqvist\n5 March 2025\n{BODY_EN}\n\nRead this next"
    )
    assert cleaned.title == "Ski resort bets on summer hiking"
    assert cleaned.authors == ["Erik Lindqvist"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_number_alone_is_no_end_mark():
    assert_stays_between_paragraphs("30")


@pytest.mark.parametrize(
    "line",
    [
        "Jump to Recipe",
        "Pin Recipe",
        "As an Amazon Associate I earn from qualifying purchases.",
        "Did you make this recipe?",
        "Zum Rezept springen",
        "Aller à la recette",
        "Ir a la receta",
        "Vai alla ricetta",
        "Ir para a receita",
        "Naar het recept",
        "Recept afdrukken",
        "Lees verder",
        "Deze website maakt gebruik van cookies.",
        "Alle cookies accepteren",
    ],
)
def test_recipe_cards_buttons_shop_notes_and_dutch_consent_lines_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Jump to any page of the report and you will find the same conclusion, the researchers said.",
        "Lees verder in de krant van morgen, zei de hoofdredacteur tegen de lezers.",
    ],
)
def test_sentences_opening_like_recipe_buttons_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "By signing up for the program, residents agree to the terms of the lease.",
        "Al registrarse, los votantes aceptan las condiciones del censo electoral.",
        "Mit der Anmeldung beginnt für die Kinder ein neuer Lebensabschnitt.",
    ],
)
def test_a_sentence_opening_like_a_sign_up_forms_consent_stays(sentence):
    assert_stays_between_paragraphs(sentence)


@pytest.mark.parametrize(
    ("head", "title", "authors"),
    [
        # the author and the date over the headline
        (
            "Giulia Conti\n5 marzo 2025 - 14:22\nRoma, nuove corsie per i bus",
            "Roma, nuove corsie per i bus",
            ["Giulia Conti"],
        ),
        (
            "Textes : Jean Roux\nPhotos : Marie Vidal\n05 mars 2025\nLes bouquinistes résistent",
            "Les bouquinistes résistent",
            ["Jean Roux"],
        ),
    ],
)
def test_the_author_and_date_over_the_headline(head, title, authors):
    cleaned = clean_text(f"{head}\n{BODY_EN}")
    assert (cleaned.title, cleaned.authors) == (title, authors)
    assert cleaned.published_at is not None
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "line",
    [
        # a comment form's consent
        "Mit dem Absenden deines Kommentars akzeptierst du unsere Datenschutzerklärung.",
        "En soumettant ce commentaire, vous acceptez notre politique de confidentialité.",
        "By submitting your comment, you agree to our privacy policy.",
        # an embed's promise, a pointer to the privacy policy, a call for questions
        "Wir respektieren Ihre Privatsphäre und laden den Inhalt von X erst nach Ihrer Zustimmung.",
        "Weitere Informationen finden Sie in unserer Datenschutzerklärung.",
        "Bitte beachte auch die Datenschutzerklärung von Google.",
        "Bei Fragen zu diesem Artikel können Sie hier mit uns in Kontakt treten.",
        # a rating label, a quiz's button, what a newsletter brings and how
        "Bewerten:",
        "Teste dein Wissen!",
        "Test your knowledge",
        "Tipps und Angebote für Ihren Garten per E-Mail",
    ],
)
def test_forms_consents_pointers_and_buttons_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "„Das steht so in unserer Datenschutzerklärung“, sagte der Sprecher des Konzerns.",
        "Bei Fragen zur Rente hilft die Beratungsstelle im Rathaus weiter.",
        "The bank said it had changed the privacy policy after complaints from customers.",
    ],
)
def test_sentences_about_privacy_and_questions_stay(sentence):
    assert_stays_between_paragraphs(sentence)


@pytest.mark.parametrize(
    "line", ["EFE/Juan Pérez", "Foto LaPresse", "Photo Getty Images", "Reklame"]
)
def test_an_agencys_photographer_a_picture_agency_and_an_ad_marker_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "thread",
    [
        "#1 — bookworm77 — March 5, 2025 at 3:10 pm\nShameful. Libraries matter.\n"
        "#2 — Dave R — March 5, 2025 at 4:22 pm\nWho uses them any more?",
        "Jean-Pierre D. · il y a 2 heures\nScandaleux, encore une fois.\n"
        "Répondre · Signaler un abus\nMartine · il y a 1 heure\nIl faut mieux payer les gens.",
    ],
)
def test_signed_comment_threads_go(thread):
    cleaned = clean_text(f"{BODY_EN}\n\n{thread}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert removed_text(cleaned, "comments") == thread


def test_a_live_blogs_signed_posts_without_reply_buttons_stay():
    posts = (
        "Tom Reid · 2 hours ago\nRail services have been suspended until further notice.\n"
        "Ana Gil · 1 hour ago\nEngineers are on their way to clear the line, the operator said."
    )
    cleaned = clean_text(f"{BODY_EN}\n\n{posts}")
    assert "Engineers are on their way to clear the line, the operator said." in cleaned.text
    assert "Rail services have been suspended until further notice." in cleaned.text


@pytest.mark.parametrize(
    "line",
    [
        "Segui i temi",
        "Resta aggiornato",
        "Stay up to date:",
        "Bleiben Sie informiert!",
        "Lees het volledige artikel",
        "Luister naar dit artikel",
        "Al abonnee? Log in",
        "Deel op Facebook",
        "Ontvang onze nieuwsbrief",
    ],
)
def test_calls_to_stay_informed_and_dutch_buttons_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Enjoy unlimited access for $1",
        "To continue reading, please log in.",
        "Give a gift",
        "Email the author",
        "Send a correction",
        "Show 12 more replies",
        "Load more comments",
        "Most shared",
        "Recommended by Outbrain",
        "Next up",
        "Photo gallery (12 photos)",
        "Salvar artigo",
    ],
)
def test_offers_author_and_thread_buttons_and_widgets_credits_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Lesen Sie jetzt mit Ihrem Abo weiter",
        "Testen Sie 30 Tage kostenlos",
        "Alle Artikel lesen – für nur 1 € im ersten Monat",
        "Vous avez atteint la limite d'articles gratuits",
        "Offre spéciale : 1 € le premier mois",
        "Continúa leyendo con tu suscripción",
        "¿Ya tienes cuenta? Inicia sesión",
        "Contenuto riservato agli abbonati",
        "Abbonati per leggere l'articolo completo",
        "Assine por R$ 1,90 no primeiro mês",
        "Continue lendo com a sua assinatura",
        "Lees verder met een abonnement",
    ],
)
def test_walls_trials_and_first_month_prices_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "You have reached the limit of free parking in the city centre, officials warned.",
        "The tariff costs €5 in the first month and €9 after that.",
    ],
)
def test_sentences_about_limits_and_prices_stay(sentence):
    assert_stays_between_paragraphs(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Lee la nota completa",
        "Guarda esta nota",
        "Siga no Google Notícias",
        "Sigue en Instagram",
        "Reprodução proibida.",
    ],
)
def test_latin_american_and_brazilian_buttons_and_rights_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "We have more newsletters",
        "See our privacy notice",
        "Invalid email",
        "Our community members are treated to special offers, promotions and adverts from us.",
        "Watch live",
        "Report a correction or typo",
        "Trending Stories",
        "Latest Headlines",
        "Contact the newsroom",
        "Submit a news tip",
    ],
)
def test_a_sites_own_calls_and_teaser_headings_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Meistgeklickt",
        "Das Neueste",
        "Jetzt lesen",
        "Hier geht es zur Anmeldung",
        "Kontakt zur Redaktion",
        "Abo kündigen",
        "Weniger anzeigen",
        "Weiter",
        "Nach oben scrollen",
    ],
)
def test_german_sites_buttons_and_teaser_headings_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        # a subscriber's label, calls to comment or rate
        "Article réservé à nos abonnés",
        "Réagissez à cet article",
        "Vous devez être connecté pour commenter.",
        "Comparte esta nota",
        "Jetzt bewerten",
        "Diesen Artikel merken",
        "Wie hat Ihnen dieser Artikel gefallen?",
        # the app's alerts, a list of related topics
        "Y recuerda que puedes recibir notificaciones en nuestra app.",
        "Remember, you can now get breaking news alerts in our app.",
        "Tópicos relacionados",
    ],
)
def test_topic_teasers_labels_and_calls_to_react_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "More on that later, the mayor said.",
        "Mehr zur Lage gab es am Abend nicht.",
        "Réagissez vite, a lancé le maire aux habitants.",
        "You can receive flood alerts by text message, the council said.",
    ],
)
def test_sentences_opening_like_topic_teasers_or_alerts_stay(sentence):
    assert_stays_between_paragraphs(sentence)


@pytest.mark.parametrize(
    "caption",
    [
        "Pie de foto,\nLos embalses del sistema Chingaza están en niveles mínimos.",
        "Pie de foto, Los embalses del sistema Chingaza están en niveles mínimos.",
        "Image caption,\nFirefighters at the scene on Monday night",
        "Bildunterschrift:\nDie Feuerwehr war mit 40 Kräften im Einsatz.",
    ],
)
def test_a_captions_label_and_its_caption_go(caption):
    assert removed_between_paragraphs(caption) == [("caption", caption)]


@pytest.mark.parametrize(
    "heading", ["Mehr zur Wahl in Hamburg", "More on the election", "Altro sulla riforma"]
)
def test_a_heading_over_more_on_a_topic_after_the_article_takes_its_list(heading):
    cleaned = clean_text(
        f"Wahl in Hamburg: SPD vorn\n\n{BODY_DE}\n\n{heading}\n"
        "Alle Ergebnisse im Überblick\nLiveblog: Die Wahl im Ticker"
    )
    assert cleaned.text == BODY_DE.replace("\n\n", "\n")
    assert kinds(cleaned) == ["promo"]


@pytest.mark.parametrize("heading", ["More on the budget", "Altro sulla riforma"])
def test_a_heading_over_more_on_a_topic_inside_the_article_stays(heading):
    assert_stays_between_paragraphs(heading)


@pytest.mark.parametrize(
    ("head", "authors", "published"),
    [
        # a role after a middle dot, who wrote and who took the photos in brackets
        (
            "Lucía Fernández · Periodista\n5 de marzo de 2025, 14:22",
            ["Lucía Fernández"],
            dt.datetime(2025, 3, 5, 14, 22, tzinfo=UTC),
        ),
        (
            "Anna Müller (Text) und Jan Roth (Fotos)\n05.03.2025",
            ["Anna Müller"],
            dt.datetime(2025, 3, 5, tzinfo=UTC),
        ),
        # a shouted place before the date, after an em dash
        (
            "Dal nostro inviato Luca Ferri\nGENOVA — 5 marzo 2025",
            ["Luca Ferri"],
            dt.datetime(2025, 3, 5, tzinfo=UTC),
        ),
    ],
)
def test_names_with_a_dotted_role_or_bracketed_credits_and_shouted_places(head, authors, published):
    cleaned = clean_text(f"Council passes budget\n{head}\n{BODY_EN}")
    assert (cleaned.authors, cleaned.published_at) == (authors, published)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


BODY_PT = (
    "As chuvas dos últimos dias deixaram 20 mil pessoas desalojadas no interior do estado.\n"
    "A Defesa Civil alerta para o risco de novos deslizamentos nas próximas horas."
)


@pytest.mark.parametrize("model", ["text", None])
def test_a_footers_menu_after_the_article_goes(model):
    lines = [
        "Enchentes deixam 20 mil desalojados",
        *BODY_PT.split("\n"),
        "Fale conosco",
        "Termos de uso",
        "Política de privacidade",
        "Anuncie",
        "Expediente",
        "© 2025 Portal Sul. Todos os direitos reservados.",
    ]
    marked = mark_lines(lines, model=model)
    assert [
        line for line, kind in zip(lines, marked.kinds, strict=True) if kind is None
    ] == BODY_PT.split("\n")


def test_an_articles_closing_list_above_the_footer_stays():
    lines = [
        "What the new pension rules mean",
        BODY_EN.split("\n\n")[0],
        "Key dates",
        "April 2026: new age applies",
        "October 2026: first payments",
        "Privacy policy",
        "Contact us",
    ]
    marked = mark_lines(lines, model=None)
    assert [line for line, kind in zip(lines, marked.kinds, strict=True) if kind is None] == lines[
        1:5
    ]


def test_the_most_read_in_italian_goes_with_its_list():
    cleaned = clean_text(
        f"Sciopero dei mezzi\n\n{BODY_EN}\n\nLe più lette\n"
        "Meteo, arriva la neve in pianura\nIncidente in tangenziale, due feriti"
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("signature", "authors", "kind"),
    [
        ("Lukas Brandt, mit Material von dpa und AFP", ["Lukas Brandt"], "byline"),
        ("Jane Doe, with additional reporting from AP", ["Jane Doe"], "byline"),
        ("Marie Dupont, avec AFP", ["Marie Dupont"], "byline"),
        ("Marta Gil, con información de EFE", ["Marta Gil"], "byline"),
        # a place or a company with the agencies names nobody
        ("Berlin, mit Material von dpa", [], "credit"),
        ("Die Bahn, mit dpa", [], "credit"),
    ],
)
def test_a_closing_signature_with_the_agencies_it_drew_on(signature, authors, kind):
    cleaned = clean_text(f"Council passes budget\n\n{BODY_EN}\n\n{signature}")
    assert (cleaned.authors, kinds(cleaned)) == (authors, [kind])
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_teasers_with_excerpts_cut_short_after_the_article_go():
    teasers = [
        "Share this article",
        "School district will build a tenth elementary school",
        "The board approved the plans on Monday, and the new school is expected to open in…",
        "Jury rules for half of the plaintiffs in the lawsuit",
        "After three weeks of testimony, the jury found that the company had failed to...",
    ]
    cleaned = clean_text("\n".join(["Council passes budget", *BODY_EN.split("\n\n"), *teasers]))
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_last_paragraph_trailing_off_stays_above_the_closing_lines():
    trailing = "And yet the mayor could not help wondering what the next year would bring…"
    cleaned = clean_text(
        "\n".join(["Council passes budget", *BODY_EN.split("\n\n"), trailing, "Share this article"])
    )
    assert cleaned.text == "\n".join([*BODY_EN.split("\n\n"), trailing])


def test_a_comment_count_over_comments_signed_with_name_and_day_opens_the_thread():
    thread = [
        "7 Comments:",
        "Ein kurzer Tipp noch von mir, man braucht kein Zusatzprogramm dafür.",
        "Tobsen · April 19, 2019",
        "Hi Paddy, was für eine Konfiguration hat dein Rechner?",
        "Helmut Kruse · Mai 14, 2019",
    ]
    cleaned = clean_text("\n".join(["Council passes budget", *BODY_EN.split("\n\n"), *thread]))
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert kinds(cleaned) == ["comments"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Verfasst von Sabine Keller", ["Sabine Keller"]),
        ("Un article de Jean Roux", ["Jean Roux"]),
        ("Autor do texto: João Silva", ["João Silva"]),
        ("Autor(in): Sabine Keller", ["Sabine Keller"]),
    ],
)
@pytest.mark.parametrize("where", ["top", "end"])
def test_author_lines_in_more_wordings_name_the_author(line, authors, where):
    parts = [line, BODY_EN] if where == "top" else [BODY_EN, line]
    cleaned = clean_text("\n\n".join(["Council passes budget", *parts]))
    assert cleaned.authors == authors
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_bio_under_its_heading_names_its_subject_by_any_verb():
    cleaned = clean_text(
        f"Council passes budget\n\n{BODY_EN}\n\n"
        "Zum Autor: Thomas Berg schreibt seit 2010 über Wirtschaft."
    )
    assert cleaned.authors == ["Thomas Berg"]
    assert kinds(cleaned) == ["bio"]


@pytest.mark.parametrize(
    "line",
    [
        "Photo d'illustration AFP",
        "Grafik: Infografik Welt",
        "Infografía: El Diario",
        "Annonce",
        "Sponsorisé",
        "Pub",
    ],
)
def test_illustration_and_chart_credits_and_short_ad_labels_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "Pub owners say the new rules will cost them thousands of pounds a year.",
        "Grafik und Text passen nicht immer zusammen, sagte die Kuratorin.",
    ],
)
def test_sentences_opening_like_chart_credits_or_ad_labels_stay(sentence):
    assert_stays_between_paragraphs(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "For the latest news, weather, sports, and streaming video, head to WXYZ.",
        "For more local news, visit our website or download our app.",
        "dpa-AFX",
    ],
)
def test_a_stations_pointer_to_its_site_and_a_wires_name_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_sentence_opening_like_a_stations_pointer_stays():
    assert_stays_between_paragraphs(
        "For more than a decade, residents have asked the city to visit the site and fix the road."
    )


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("mis en ligne le 5 mars 2025", dt.datetime(2025, 3, 5, tzinfo=UTC)),
        ("aggiornato alle 14:22 del 5 marzo 2025", dt.datetime(2025, 3, 5, 14, 22, tzinfo=UTC)),
        (
            "Actualizado a las 14:22 h. - 5 de marzo de 2025",
            dt.datetime(2025, 3, 5, 14, 22, tzinfo=UTC),
        ),
        ("Madrid, 5 Mar. 2025 (Europa Press)", dt.datetime(2025, 3, 5, tzinfo=UTC)),
    ],
)
def test_datelines_with_the_time_first_an_online_stamp_or_the_agency_after(line, published):
    cleaned = clean_text(f"Council passes budget\nBy Ann Lee\n{line}\n\n{BODY_EN}")
    assert (cleaned.authors, cleaned.published_at) == (["Ann Lee"], published)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "line",
    [
        "Votre avis nous intéresse",
        "Danos tu opinión",
        "Recevez nos alertes",
        "Recibe nuestras alertas",
        "Ihre Meinung ist uns wichtig",
    ],
)
def test_calls_for_the_readers_view_or_the_sites_alerts_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_section_label_over_a_name_alone_over_the_date():
    cleaned = clean_text(
        "Ya eres suscriptor? Inicia sesión\n"
        "Valencia reabre el Palau de la Música tras su reforma\nCultura\nLaura Ferrer\n"
        f"Valencia, 05 marzo 2025 - 18:02\n\n{BODY_EN}"
    )
    assert cleaned.title == "Valencia reabre el Palau de la Música tras su reforma"
    assert cleaned.authors == ["Laura Ferrer"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_log_in_button_over_a_desk_names_no_author():
    cleaned = clean_text(f"Power cut across the county\nSign In\nNews\n\n{BODY_EN}")
    assert cleaned.authors == []


@pytest.mark.parametrize(
    "line",
    [
        "Watch on YouTube",
        "Regarder sur YouTube",
        "Load tweet",
        "Tweet laden",
        "Click to load",
        "Folgen",
    ],
)
def test_an_embeds_buttons_and_a_bare_follow_button_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


BODY_DE_LONG = (
    "Der Stadtrat hat am Dienstag den Haushalt nach einer langen Debatte über Bibliotheken "
    "beschlossen.\nMehrere Bürger forderten in der Sitzung mehr Geld für die Parks der Stadt.\n"
    "Die endgültige Abstimmung ist für den nächsten Monat nach einer zweiten Anhörung geplant.\n"
    "Die Bürgermeisterin zeigte sich zuversichtlich, dass der Plan eine große Mehrheit findet."
)


@pytest.mark.parametrize(
    "bio",
    [
        "Anna Weber, Jahrgang 1985, studierte Politik in Berlin und arbeitet seit 2015 als freie "
        "Journalistin.",
        "Anna Weber (38) ist Reporterin im Ressort Gesellschaft.",
        "Anna Weber schreibt als freie Autorin für mehrere Zeitungen.",
        "Anna Weber lebt als freie Journalistin in Leipzig.",
        "Über Anna Weber: Sie leitet seit 2020 das Hauptstadtbüro.",
    ],
)
def test_a_german_author_bio_under_the_article_goes(bio):
    cleaned = clean_text(f"Haushalt beschlossen\nVon Anna Weber\n{BODY_DE_LONG}\n{bio}")
    assert cleaned.authors == ["Anna Weber"]
    assert cleaned.text == BODY_DE_LONG
    assert kinds(cleaned) == ["byline", "bio"]


@pytest.mark.parametrize(
    "teasers",
    [
        "Les chroniques\nLe budget, ce grand malentendu\nPourquoi les parcs comptent",
        "Mehr Meinung\nSabine Keller: Die Rente muss gerecht bleiben\n"
        "Tom Berg: Warum die Bahn mehr Geld braucht",
    ],
)
def test_a_heading_over_more_opinion_takes_its_teasers(teasers):
    removed_after_the_text(teasers, BODY_DE, "Haushalt beschlossen")


@pytest.mark.parametrize(
    "line",
    [
        "Themen dieses Artikels: Bahn, Streik",
        "Mots-clés associés : logement, loyers",
        "Personen in diesem Artikel: Olaf Scholz",
        "In this article: Apple, Alphabet",
    ],
)
def test_lists_of_what_the_article_names_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_sentence_about_what_the_article_does_stays():
    assert_stays_between_paragraphs("In this article, we look at where the money will go.")


def test_a_last_paragraph_cut_short_by_a_paywall_under_a_caption_stays():
    cut = "Anna hat sich in Freiburg eingeschrieben, seit einem Monat sucht sie ein Zimmer. „Das ist echt ..."
    lines = [*BODY_EN.split("\n\n"), "Die Uni am Morgen. Foto: Ingo Schneider", cut]
    marked = mark_lines(lines, find_title=False, model="html")
    assert [line for line, kind in zip(lines, marked.kinds, strict=True) if kind is None] == [
        *BODY_EN.split("\n\n"),
        cut,
    ]


def test_a_source_note_over_excerpts_without_a_closing_line_stays():
    note = "Pressemitteilung Nr. 48/22 des Gerichts vom 20.12.2022 zum Urteil vom 20.12.2022"
    excerpts = [
        "Informative Online-Seminare: Arbeitsrecht, Arbeitsverträge, Elternzeit, Kündigung...",
        "Für die Verjährung ist ausschlaggebend, ob der Arbeitgeber darauf hingewiesen hat, dass",
    ]
    lines = [*BODY_EN.split("\n\n"), note, *excerpts]
    marked = mark_lines(lines, find_title=False, model=None)
    assert note in [line for line, kind in zip(lines, marked.kinds, strict=True) if kind is None]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Por Rafael Lima — Rio de Janeiro", ["Rafael Lima"]),
        ("Par Élodie Marchand avec AFP", ["Élodie Marchand"]),
        ("By Ann Lee and Tom Roe with agencies", ["Ann Lee", "Tom Roe"]),
        ("Rezension von Miriam Adler", ["Miriam Adler"]),
        # an outlet writing with an agency names no person
        ("Par Le Parisien avec AFP", []),
        ("Par Ouest-France avec AFP", []),
    ],
)
def test_bylines_with_a_place_after_a_dash_an_agency_or_the_pieces_kind(byline, authors):
    cleaned = clean_text(f"Council passes budget\n{byline}\n5 March 2025\n\n{BODY_EN}")
    assert cleaned.authors == authors
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_lead_sentence_over_the_body_is_no_headline():
    text = f"Fire crews worked through the night.\n{BODY_EN}"
    assert clean_text(text).text == text.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "tail",
    [
        "Mehr zum Thema\nBlaulicht\nUnfall\nStuttgart",
        "Read more on:\neskom\nload shedding",
    ],
)
def test_a_promo_heading_after_the_article_takes_its_topics(tail):
    cleaned = clean_text(f"Council passes budget\n{BODY_EN}\n{tail}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_sentence_opening_with_a_promos_word_stays():
    assert_stays_between_paragraphs(
        "Related: the county approved the same plan last week, by a vote of 5-2."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Share this obituary",
        "A autora escreve segundo o novo acordo ortográfico.",
        "Por decisão do autor, este texto não segue o novo acordo ortográfico.",
        "Conforme a los criterios de The Trust Project",
        "Cet article a été produit avec l'aide financière des Bourses de Meta et de La Presse "
        "Canadienne pour les nouvelles.",
        "Vous avez trouvé une erreur? Merci de nous la signaler.",
        "Seguí leyendo",
        "Plus d'infos",
    ],
)
def test_more_notes_and_buttons_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Trust Project, a consortium of news organisations, asked members to publish their "
        "ethics policies and to explain how they correct mistakes.",
        "O acordo ortográfico continua a dividir os escritores, disse a ministra da Cultura.",
    ],
)
def test_sentences_about_the_notes_subjects_stay(sentence):
    assert_stays_between_paragraphs(sentence)


@pytest.mark.parametrize(
    ("line", "published"),
    [
        (
            "Updated March 5 2025 - 6:02pm, first published 5:30pm",
            dt.datetime(2025, 3, 5, 18, 2, tzinfo=UTC),
        ),
        ("05 de marzo de 2025 - 06:02 p. m.", dt.datetime(2025, 3, 5, 18, 2, tzinfo=UTC)),
    ],
)
def test_datelines_with_a_first_publication_time_or_a_spaced_pm(line, published):
    cleaned = clean_text(f"Council passes budget\nBy Ann Lee\n{line}\n\n{BODY_EN}")
    assert (cleaned.authors, cleaned.published_at) == (["Ann Lee"], published)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_french_bio_over_an_error_prompt_goes():
    body = (
        "Le prix de l'abonnement annuel des transports publics baissera de 10 % dès juillet.\n"
        "La mesure coûtera 15 millions de francs par an au canton.\n"
        "Le gouvernement espère attirer de nouveaux usagers dans les trams."
    )
    cleaned = clean_text(
        f"Les transports publics moins chers\nPar Nicolas Favre\n{body}\n"
        "Nicolas Favre est journaliste à la rubrique genevoise depuis 2018.\nPlus d'infos\n"
        "Vous avez trouvé une erreur? Merci de nous la signaler."
    )
    assert cleaned.text == body
    assert "bio" in kinds(cleaned)


@pytest.mark.parametrize("line", ["‹ › ×", "• • •", "☰"])
def test_dividers_and_icons_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize("line", ["___", "=)"])
def test_a_wires_rule_and_a_smiley_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "line", ["Noter cette recette", "Ajouter à mon carnet", "Rate this recipe", "Rezept speichern"]
)
def test_a_recipes_buttons_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_an_interviews_credit_names_the_interviewer():
    cleaned = clean_text(
        '"Wir müssen die Städte kühler machen"\n'
        "Die Klimaforscherin Lena Brandt über Hitzewellen, Bäume und Beton.\n"
        f"Interview: Jonas Weber\n05.03.2025\n{BODY_DE_LONG}"
    )
    assert cleaned.authors == ["Jonas Weber"]
    assert cleaned.published_at == dt.datetime(2025, 3, 5, tzinfo=UTC)
    assert cleaned.text.endswith(BODY_DE_LONG)


@pytest.mark.parametrize(
    "sentence",
    [
        "By Jane Street, the snow was still piled high on Wednesday.",
        "Par Saint-Étienne, la route reste fermée jusqu'à jeudi.",
        "By Tuesday the council had spoken with AP.",
    ],
)
def test_a_sentence_opening_with_by_and_a_name_stays(sentence):
    assert_stays_between_paragraphs(sentence)


@pytest.mark.parametrize(
    ("head", "authors", "published"),
    [
        ("Story by Jane Doe\n• 3mo • 4 min read", ["Jane Doe"], None),
        (
            "Jane Doe | March 5, 2025 | Comments (12)",
            ["Jane Doe"],
            dt.datetime(2025, 3, 5, tzinfo=UTC),
        ),
        ("Par Marie DUPONT\n05/03/2025", ["Marie Dupont"], dt.datetime(2025, 3, 5, tzinfo=UTC)),
        ("Par Jean-Pierre LE GOFF", ["Jean-Pierre Le Goff"], None),
    ],
)
def test_a_posts_age_a_comment_count_and_a_shouted_surname_in_the_head(head, authors, published):
    cleaned = clean_text(f"Council passes budget\n{head}\n{BODY_EN}")
    assert (cleaned.authors, cleaned.published_at) == (authors, published)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "thread",
    [
        "12 comentarios\n1. Manuel G.\nYa era hora, mi madre tiene 62 y no se la querían poner.\n"
        "2. Lucía\n¿Y los menores de 60 con enfermedades crónicas?\n3. Paco_77\nSiempre tarde.",
        "3 comments\n1. Tom B.\nAbout time, my mother is 62 and could not get one.\n2. Lucy\n"
        "What about younger people with chronic illness?",
    ],
)
def test_a_count_over_comments_numbered_with_their_authors_opens_the_thread(thread):
    cleaned = clean_text(f"Council passes budget\n{BODY_EN}\n{thread}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert kinds(cleaned) == ["comments"]


def test_a_count_over_a_numbered_list_of_sentences_stays():
    steps = (
        "1. The council approved the budget for the libraries.\n"
        "2. The mayor promised a second hearing in April.\n"
        "3. The vote on the pools was put off until June."
    )
    text = f"{BODY_EN}\n3 decisions\n{steps}"
    assert steps in clean_text(text).text


@pytest.mark.parametrize(
    "note",
    [
        "Nota da redação: texto atualizado às 16h com a posição da empresa.",
        "Noot van de redactie: dit artikel is aangepast na een reactie van de gemeente.",
    ],
)
def test_editors_notes_in_portuguese_and_dutch_go(note):
    cleaned = clean_text(f"{note}\nCouncil passes budget\nBy Ann Lee\n{BODY_EN}")
    assert kinds(cleaned)[0] == "editor_note"
    assert (cleaned.title, cleaned.authors) == ("Council passes budget", ["Ann Lee"])


@pytest.mark.parametrize(
    "line",
    [
        "Treten Sie unserem WhatsApp-Kanal bei",
        "Lesen Sie nach der Anzeige weiter",
        "Soutenez une information indépendante",
        "Jetzt Mitglied werden",
        "Hören Sie unseren Podcast auf Spotify",
        "Écoutez notre podcast sur Deezer",
        "Escucha nuestro pódcast en Spotify",
        "This story is available in audio.",
        "Dieser Artikel ist auch als Audio verfügbar.",
        "Les plus partagés",
        "Lo más compartido",
        "Am meisten gelesen",
        "Mais compartilhadas",
        "Sign up for the morning briefing",
        "Melden Sie sich für unser Morgen-Briefing an",
    ],
)
def test_channels_podcasts_audio_most_shared_and_briefings_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "Members of the committee were asked to sign up volunteers for the clean-up.",
        "Le podcast de la mairie, lancé en janvier, compte déjà 5000 auditeurs.",
        "Most viewers switched off before the end of the debate, the ratings showed.",
    ],
)
def test_sentences_about_sign_ups_podcasts_and_viewers_stay(sentence):
    assert_stays_between_paragraphs(sentence)


@pytest.mark.parametrize(
    ("bio", "author"),
    [
        ("Jane Doe is a senior reporter covering housing and local government.", "Jane Doe"),
        ("Jane Doe covers city hall for the Herald.", "Jane Doe"),
        ("Marie Dupont, 38 ans, couvre la mairie pour notre journal.", "Marie Dupont"),
        ("Ana García (Madrid, 1985) es redactora de la sección de Sociedad.", "Ana García"),
    ],
)
def test_a_journalists_bio_names_the_author_where_no_byline_does(bio, author):
    cleaned = clean_text(f"Council passes budget\n{BODY_EN}\n{bio}")
    assert cleaned.authors == [author]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert kinds(cleaned) == ["bio"]


def test_a_bio_of_someone_else_names_no_author():
    cleaned = clean_text(
        f"Council passes budget\n{BODY_EN}\nJane Doe is the chief executive of Acme Housing."
    )
    assert cleaned.authors == []


def test_more_explainers_takes_its_teasers():
    cleaned = clean_text(
        f"Council passes budget\n{BODY_EN}\nMore explainers\nHow does the first home buyer grant work?"
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "line",
    ["Sie sind bereits Abonnent? Hier einloggen", "Merkliste", "Link kopiert", "Lien copié"],
)
def test_a_login_prompt_a_bookmark_list_and_a_copied_links_notice_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "LISTEN: The week in local politics",
        "[READ: Council approves new bridge plan]",
        "(MORE: Council approves new bridge plan)",
        "— Related: Council approves new bridge plan",
        "RELATED STORY: Council approves new bridge plan",
        "À LIRE AUSSI Le conseil approuve le pont",
    ],
)
def test_promos_in_brackets_after_a_dash_or_shouted_before_their_headline_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "See also the report by the auditor, which was published on Friday.",
        "Listen! You can hear the trains from the town hall, the mayor said.",
    ],
)
def test_sentences_opening_with_a_promos_words_stay(sentence):
    assert_stays_between_paragraphs(sentence)


@pytest.mark.parametrize(
    ("tail", "authors"),
    [
        ("Posted on March 5, 2025 by Jane Doe", ["Jane Doe"]),
        ("Jane Doe, 5 March 2025", ["Jane Doe"]),
        ("(Jane Doe, 05.03.2025)", ["Jane Doe"]),
        ("New York, March 5, 2025", []),
    ],
)
def test_a_dated_byline_or_signature_under_the_text_gives_author_and_date(tail, authors):
    cleaned = clean_text(f"Council passes budget\n{BODY_EN}\n{tail}")
    assert cleaned.authors == authors
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    if authors:
        assert cleaned.published_at == dt.datetime(2025, 3, 5, tzinfo=UTC)


@pytest.mark.parametrize(
    "line",
    [
        "(Alle Angaben ohne Gewähr)",
        "Die neuesten Meldungen",
        "Viel gelesen in Handel",
        "Noch mehr Infos für dich",
        "Unterstütze das Projekt:",
        "Holen Sie sich meinen kostenlosen Newsletter",
    ],
)
def test_more_german_furniture_goes(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_bylines_word_alone_over_the_name():
    cleaned = clean_text(f"Haushalt beschlossen\nVon:\nMoritz Roth\n05.03.2025\n{BODY_DE_LONG}")
    assert (cleaned.authors, cleaned.published_at) == (
        ["Moritz Roth"],
        dt.datetime(2025, 3, 5, tzinfo=UTC),
    )
    assert cleaned.text == BODY_DE_LONG


@pytest.mark.parametrize(
    "line", ["Dejá tu comentario", "Deixe seu comentário", "A découvrir sur Challenges"]
)
def test_comment_calls_and_a_discovery_heading_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Deel dit artikel via WhatsApp",
        "Lees verder na de advertentie",
        "Tip de redactie",
        "Heb je een tip? Mail naar tips@krant.example",
        "Continue a ler depois da publicidade",
        "Envie a sua sugestão para a redação",
    ],
)
def test_dutch_and_portuguese_share_ad_and_tip_lines_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_spanish_maybe_of_interest_heading_goes():
    assert [text for _, text in removed_between_paragraphs("Quizás te interese")] == [
        "Quizás te interese"
    ]


def test_a_sentence_opening_with_a_promos_word_stays_at_the_end():
    sentence = "Related: the county approved the same plan last week, by a vote of 5-2."
    cleaned = clean_text(f"Council passes budget\n{BODY_EN}\n{sentence}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n") + "\n" + sentence


def test_a_printed_pages_margins_go_and_the_headline_is_the_title():
    first, second = BODY_EN.split("\n\n")
    header = "12/6/26, 3:45 PM Council passes the budget - The Example Herald"
    footer = "https://www.example-herald.com/news/council-passes-the-budget {}/2"
    cleaned = clean_text(
        f"{header}\nCouncil passes the budget\nBy Ellie Morgan\n{first}\n{footer.format(1)}\n"
        f"{header}\n{second}\n{footer.format(2)}"
    )
    assert cleaned.title == "Council passes the budget"
    assert cleaned.authors == ["Ellie Morgan"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_live_tickers_dated_entry_is_no_print_margin():
    entry = "06.12.2026 15:45 Polizei: Unfall auf der A3, die Autobahn ist gesperrt."
    first, second = BODY_EN.split("\n\n")
    cleaned = clean_text(f"Council passes the budget\n\n{first}\n\n{entry}\n\n{second}")
    assert entry in cleaned.text.split("\n")


@pytest.mark.parametrize("reading_time", ["4–5 minutes", "5 min read", "Lesezeit: 4 Min."])
def test_a_name_over_a_reading_time_is_the_byline(reading_time):
    cleaned = clean_text(f"Council passes the budget\nEllie Morgan\n{reading_time}\n{BODY_EN}")
    assert cleaned.authors == ["Ellie Morgan"]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "head",
    [
        "---------- Forwarded message ---------\nFrom: The Morning Brief <news@herald.example>\n"
        "Date: Sat, Dec 6, 2026 at 7:00 AM\nSubject: Council passes the budget\n"
        "To: <reader@example.com>",
        "Von: Redaktion <redaktion@zeitung.example>\nGesendet: Samstag, 6. Dezember 2026 07:00\n"
        "An: leser@example.de\nBetreff: Council passes the budget",
    ],
)
def test_a_forwarded_mails_headers_go_and_the_headline_is_the_title(head):
    cleaned = clean_text(f"{head}\nCouncil passes the budget\n{BODY_EN}")
    assert cleaned.title == "Council passes the budget"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_an_interviews_labelled_turns_are_no_mail_headers():
    turns = "Q: When do the works start?\nA: In March.\nQ: And the pools?\nA: Next year."
    cleaned = clean_text(f"Council passes the budget\n{BODY_EN}\n{turns}")
    assert cleaned.text.endswith(turns)


@pytest.mark.parametrize(
    "tail",
    [
        "Shared from Apple News",
        "Sent from my iPhone",
        "Gesendet von meinem iPad",
        "Saved from https://www.example-herald.com/news/budget",
        "Der Artikel wurde Ihnen von Anna geschickt.",
    ],
)
def test_what_a_phone_or_an_app_adds_goes(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "bio",
    [
        "A reporter on the metro desk, Ellie Morgan covers city hall and the courts.",
        "Als Redakteurin im Lokalressort berichtet Ellie Morgan seit 2015 aus der Stadt.",
        "Journaliste au service politique, Ellie Morgan suit la vie municipale depuis 2012.",
    ],
)
def test_a_closing_bio_opening_with_the_authors_role_goes(bio):
    cleaned = clean_text(f"Council passes the budget\nBy Ellie Morgan\n{BODY_EN}\n{bio}")
    assert removed_text(cleaned, "bio") == bio
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_closing_sentence_naming_the_reporter_stays():
    closing = "The reporter, Ellie Morgan, asked the mayor about the parks twice."
    cleaned = clean_text(f"Council passes the budget\nBy Ellie Morgan\n{BODY_EN}\n{closing}")
    assert cleaned.text.endswith(closing)


@pytest.mark.parametrize(
    "byline", ["Texto: Redacción", "Autor: Redaktion", "By Staff", "Do UOL", "Estadão Conteúdo"]
)
def test_a_newsroom_or_agency_credited_as_a_whole_names_no_one(byline):
    cleaned = clean_text(f"Council passes the budget\n{byline}\n05/03/2025\n{BODY_EN}")
    assert cleaned.authors == []
    assert byline in [r.text for r in cleaned.removed]
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("teasers", "last_byline"),
    [
        (
            "More from Opinion\nThe city cannot afford another stadium\nBy Mark Ellis\n"
            "3 hours ago\nWhy I changed my mind about bike lanes\nBy Ana Ruiz\n5 hours ago",
            "By Ana Ruiz",
        ),
        (
            "Meinung\nKommentar: Die Stadt braucht kein neues Stadion\nVon Markus Weber\n"
            "vor 3 Stunden\nGastbeitrag: Warum ich jetzt Fahrrad fahre\nVon Lisa Braun\n"
            "vor 5 Stunden",
            "Von Lisa Braun",
        ),
    ],
)
def test_the_bylines_of_teasers_after_the_article_name_no_author(teasers, last_byline):
    cleaned = clean_text(f"Council passes the budget\nBy Ellie Morgan\n{BODY_EN}\n{teasers}")
    assert cleaned.authors == ["Ellie Morgan"]
    # with its teaser, or alone
    assert last_byline in "\n".join(r.text for r in cleaned.removed)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "imprint",
    [
        "Le Courrier du Sud est édité par la société SAS Presse Sud, au capital de 100 000 euros.",
        "Directeur de la publication : Jean Martin",
        "Ediciones Sur S.L. - CIF B12345678 - Registro Mercantil de Sevilla",
        "Editoriale Sud S.r.l. - P.IVA 01234567890",
        "Jornal do Sul Ltda. - CNPJ 12.345.678/0001-90",
        "Example Media Ltd. Registered in England and Wales No. 01234567",
        "Geschäftsführer: Max Muster, Erika Muster",
        "Siège social : 12 rue de la Paix, 75002 Paris",
    ],
)
def test_a_publishers_legal_imprint_after_the_article_goes(imprint):
    assert removed_text(removed_after_the_text(imprint), "trailer") == imprint


@pytest.mark.parametrize(
    "line",
    [
        "The company was registered in England in 1998 and moved to Dublin in 2016.",
        "Il direttore responsabile del giornale ha annunciato le dimissioni ieri sera.",
        "Die Geschäftsführer der beiden Firmen trafen sich am Montag in Berlin.",
    ],
)
def test_sentences_about_a_companys_register_or_an_editor_stay(line):
    assert_stays_between_paragraphs(line)


def test_share_buttons_one_per_line_go():
    buttons = "X.com\nFacebook\nE-Mail"
    assert removed_between_paragraphs(buttons) == [("share", buttons)]


def test_a_paper_credited_with_an_agency_is_a_byline_naming_no_one():
    head = "Le Figaro\nActualité\nSanté\nLe conseil adopte le budget\nPar Le Figaro avec AFP"
    cleaned = clean_text(f"{head}\nPublié le 05/07/2025 à 11:04\n{BODY_EN}")
    assert cleaned.title == "Le conseil adopte le budget"
    assert cleaned.authors == []
    assert cleaned.published_at == dt.datetime(2025, 7, 5, 11, 4, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_link_back_to_the_papers_front_page_names_no_author():
    cleaned = clean_text(
        f"Council passes the budget\nVon Max Huber\n{BODY_DE_LONG}\nZur SZ-Startseite"
    )
    assert cleaned.authors == ["Max Huber"]
    assert cleaned.text == BODY_DE_LONG


def test_a_papers_name_with_a_long_particle_over_its_section_and_a_reading_time():
    head = (
        "Corriere della Sera\nCronaca\nRoma, chiude per lavori la linea B della metro\n"
        "Lo stop durerà tre settimane. Bus sostitutivi tra Termini e Laurentina\n"
        "di Marco Rossi\n5 luglio 2025 (modifica il 5 luglio 2025 | 10:12)\n2' di lettura"
    )
    cleaned = clean_text(f"{head}\n{BODY_EN}")
    assert cleaned.title == "Roma, chiude per lavori la linea B della metro"
    assert cleaned.authors == ["Marco Rossi"]
    assert cleaned.published_at.date() == dt.date(2025, 7, 5)
    assert "2' di lettura" in [r.text for r in cleaned.removed]


def test_an_author_box_with_the_name_on_its_own_line_goes():
    box = (
        "Sobre la firma\nMaría López\n"
        "Periodista de la sección de Economía. Antes trabajó en Cinco Días durante diez años."
    )
    body = f"{BODY_EN}\n{BODY_EN}".replace("\n\n", "\n")
    cleaned = clean_text(f"Council passes the budget\n{body}\n{box}")
    assert cleaned.text == body
    assert removed_text(cleaned, "bio") == box
    assert cleaned.authors == ["María López"]


def test_a_saved_texts_header_gives_title_author_and_date():
    header = (
        "Title: Storm closes schools across the region\nAuthor: Mike Jones\nDate: 2025-07-22\n"
        "Source: The Northern Echo\nURL: https://www.northern-echo.example/news/storm"
    )
    cleaned = clean_text(f"{header}\n{BODY_EN}")
    assert cleaned.title == "Storm closes schools across the region"
    assert cleaned.authors == ["Mike Jones"]
    assert cleaned.published_at == dt.datetime(2025, 7, 22, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "dateline", ["Le 16/07 à 14h30", "am 16.07. um 14:30 Uhr", "16.07. | 14:30"]
)
def test_a_dateline_without_its_year_goes_and_gives_no_date(dateline):
    cleaned = clean_text(f"Council passes budget\nBy Ann Lee\n{dateline}\n{BODY_EN}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert cleaned.published_at is None


def test_a_press_releases_dateline_on_its_own_line_dates_it_and_goes():
    release = (
        "FOR IMMEDIATE RELEASE\nAcme Robotics Opens New Plant in Ohio\n"
        "COLUMBUS, Ohio, July 28, 2025 /PRNewswire/ --\n"
        f"{BODY_EN}\nSOURCE Acme Robotics\n"
        "View original content: https://www.prnewswire.example/news-releases/acme-301234567.html"
    )
    cleaned = clean_text(release)
    assert cleaned.title == "Acme Robotics Opens New Plant in Ohio"
    assert cleaned.published_at == dt.datetime(2025, 7, 28, tzinfo=UTC)
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_company_profile_under_its_kind_and_name_goes():
    body = f"{BODY_EN}\n{BODY_EN}".replace("\n\n", "\n")
    profile = (
        "À propos de la société Exemple\n"
        "Fondée en 2010, la société Exemple conçoit des batteries pour la mobilité légère."
    )
    cleaned = clean_text(f"Council passes the budget\n{body}\n{profile}")
    assert cleaned.text == body
    assert removed_text(cleaned, "trailer") == profile


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Von SPIEGEL-Redakteur Lukas Meier", "Lukas Meier"),
        ("Von SZ-Autorin Anna Schmidt", "Anna Schmidt"),
    ],
)
def test_a_papers_name_joined_to_the_writers_role_is_no_part_of_the_name(byline, author):
    cleaned = clean_text(f"Council passes budget\n{byline}\n05.03.2025\n{BODY_EN}")
    assert cleaned.authors == [author]


@pytest.mark.parametrize("where", ["head", "tail"])
def test_a_writer_credited_with_an_agency_is_the_author_a_paper_is_not(where):
    for credit, authors in (
        ("Claire Dubois avec AFP", ["Claire Dubois"]),
        ("Kölner Stadt-Anzeiger mit dpa", []),
    ):
        body = f"{BODY_EN}\n{BODY_EN}"
        text = (
            f"Council passes budget\n{credit}\n{body}"
            if where == "head"
            else (f"Council passes budget\n{body}\n{credit}")
        )
        cleaned = clean_text(text)
        assert cleaned.authors == authors
        assert credit not in cleaned.text


def test_a_videos_teaser_after_a_dash_goes_a_sentence_stays():
    teaser = "Vidéo - Les premiers mots du nouvel attaquant parisien"
    assert [text for _, text in removed_between_paragraphs(teaser)] == [teaser]
    assert_stays_between_paragraphs("Video – and the rest of the footage – was shared with police.")


def test_the_headlines_under_previous_and_next_article_links_go():
    links = (
        "Articolo Precedente\nRoma, incendio in un deposito di rifiuti\n"
        "Articolo Successivo\nMilano, arrestato il rapinatore delle farmacie"
    )
    # prose after them: no run of teasers closes the text
    after = "Gentile lettore, la pubblicazione dei commenti è sospesa dalle 20 alle 9."
    cleaned = clean_text(f"Council passes budget\n{BODY_EN}\n{links}\n{after}")
    assert removed_text(cleaned, "promo").split("\n") == [
        "Roma, incendio in un deposito di rifiuti",
        "Milano, arrestato il rapinatore delle farmacie",
    ]


def test_a_comment_heading_over_who_may_comment_opens_the_thread():
    tail = (
        "Comentários\nOs comentários são exclusivos para cadastrados.\nTudo Sobre\nInflação\nIBGE"
    )
    cleaned = clean_text(f"Council passes budget\n{BODY_EN}\n{tail}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert removed_text(cleaned, "comments").startswith(
        "Comentários\nOs comentários são exclusivos para cadastrados."
    )


# Furniture by what it is; each line goes from between two body paragraphs, which stay.
FURNITURE_BETWEEN_PARAGRAPHS = {
    "app and gift buttons, feedback calls, forum invitations": [
        "Lire dans l'application",
        "In der App lesen",
        "Offrir cet article",
        "Schenken",
        "Haben Sie Fragen, Lob oder Kritik? Wir freuen uns über Ihr Feedback.",
        "Get our free Morning Headlines email",
        "Join our commenting forum",
        "More about",
    ],
    "players', fonts', reading lists', alerts' and paid tiers' buttons": [
        "Ouvir o texto",
        "Aumentar fonte",
        "Salvar artigos",
        "Receber alertas",
        "Gostaria de receber um alerta sempre que publicarmos sobre este tema?",
        "Lee sin límites",
        "Recurso exclusivo para assinantes",
        "Assine ou faça login",
        "Cargando siguiente contenido",
        "Je m'inscris",
        "Chaque matin, l'actualité à ne pas manquer",
        "Partilhar notícia",
        "Deel artikel:",
        "Aangepast vandaag, 09:40",
        "Le choix de la rédaction",
    ],
    "a metered article's note, an ad's break": [
        "Vous lisez un article gratuit",
        "Pour lire tous nos articles, abonnez-vous dès 1 franc le premier mois.",
        "You're reading a free article.",
        "Der Artikel wird unterhalb der Anzeige fortgesetzt",
        "Continúa leyendo después de la publicidad",
    ],
    "a sign-up form's field": [
        "Votre adresse e-mail",
        "Ihre E-Mail-Adresse",
        "Seu e-mail",
    ],
    "a podcast's call": [
        "Écoutez notre podcast « L'actu en 5 minutes » sur toutes les plateformes.",
        "Hören Sie unseren Podcast „Der Morgen“ überall, wo es Podcasts gibt.",
        "Luister naar onze podcast via Spotify of Apple Podcasts.",
    ],
    "players, ratings, next links, closed threads, follow buttons": [
        "Lire la vidéo",
        "Galerie öffnen",
        "Noter cet article",
        "4.5/5 (120 votes)",
        "Siguiente noticia",
        "Kommentare geschlossen",
        "Commenti chiusi",
        "Follow Jane Doe",
        "Jane Doe folgen",
        "Seguir a María López",
        "Read aloud",
        "Zum Kommentarbereich",
        "Jump to comments",
    ],
    "Rioplatense buttons, a meter's count, a badge's words": [
        "Suscribite",
        "Compartí esta nota",
        "Leé también",
        "Temas de la nota",
        "Te quedan 2 notas gratis",
        "Il vous reste 3 articles gratuits",
        "Sie haben noch 3 kostenlose Artikel",
        "Conforme a los criterios de",
    ],
    "partners' teasers, account calls, privacy controls": [
        "Sponsored Links by Taboola",
        "From our partners",
        "Latest from Business",
        "Keep reading",
        "Create a free account",
        "Log in or create an account to continue",
        "Do Not Sell My Personal Information",
        "Manage consent",
    ],
    "more from a section, partners' headings": [
        "Más de Economía",
        "Mehr aus Politik",
        "Plus de Sport",
        "Gesponserte Links",
        "Nos partenaires",
    ],
    "Dutch furniture": [
        "Net binnen",
        "Bekijk reacties",
        "Bewaar artikel",
        "Schrijf je in voor de nieuwsbrief",
        "Ontvang dagelijks het belangrijkste nieuws in je mailbox",
        "Fout gezien? Mail de redactie",
    ],
    "sign-up forms' messages and fields, recommendations, live blogs' labels, helpers' credits": [
        "You're all set!",
        "Check your inbox to confirm your subscription.",
        "This field is required.",
        "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
        "Da ist etwas schiefgelaufen. Bitte versuchen Sie es später erneut.",
        "¡Gracias por suscribirte!",
        "Algo salió mal. Inténtalo de nuevo más tarde.",
        "Indirizzo email non valido",
        "E-mail inválido",
        "Load more stories",
        "Jump to navigation",
        "Für Sie empfohlen",
        "Recommandé pour vous",
        "Consigliati per te",
        "Pinned post",
        "Les essentiels du direct",
        "Minuto a minuto",
        "Listen to this story. Enjoy more audio and podcasts on iOS or Android.",
        "Mostra commenti",
        "Impostazioni cookie",
        "More by Emily Clarke",
        "Plus d'articles de Pierre Lambert",
        "Con la colaboración de Pedro Gómez",
        "Instagram Facebook Pinterest YouTube Twitter",
        "Texte : Marie Dubois",
        "Noticia relacionada: Cierra la última farmacia del barrio",
    ],
    "players', galleries' and paywalls' buttons, a news agency's name, a related post's category": [
        "Create your free account to keep reading",
        "Now playing",
        "Click to view slideshow",
        "Voir le diaporama",
        "Siguiente vídeo",
        "Próximo vídeo",
        "PA Media",
        'In "Local News"',
        "Dans « Actualités »",
    ],
}


@pytest.mark.parametrize(
    "line", [line for lines in FURNITURE_BETWEEN_PARAGRAPHS.values() for line in lines]
)
def test_buttons_calls_notes_and_headings_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


# Sentences that open with such furniture's words.
@pytest.mark.parametrize(
    "sentence",
    [
        "To read the report, visitors must subscribe to the council's mailing list, officials said.",
        "You are reading a free article about the shop that closed in March, the mayor joked.",
        "Follow-up inspections found no further problems at the plant.",
        "Next year, the festival will move to a larger site outside town.",
        "Rate increases are expected to continue next year, the bank said.",
        "You have 3 articles to read before the seminar, the tutor said.",
        "Featured speakers included the mayor and two local owners.",
        "Más de 200 personas asistieron al acto.",
        "Plus de 3000 logements sont concernés par la mesure.",
        "Load more trucks onto the ferry was the order, the captain said.",
        "Pinned post-war houses were the first to be rebuilt.",
        "This field is required reading for every new engineer, the dean said.",
    ],
)
def test_sentences_opening_with_furniture_words_stay(sentence):
    assert_stays_between_paragraphs(sentence)


# What a blog engine writes under a post in its feed and on its page: where the post first
# appeared, the categories it was filed in with the call to bookmark it.
@pytest.mark.parametrize(
    "tail",
    [
        "The post Council passes the budget appeared first on Harbour Weekly.",
        "Der Beitrag Stadtrat beschließt den Haushalt erschien zuerst auf Stadtblatt.",
        "L'article Le conseil adopte le budget est apparu en premier sur Le Petit Quotidien.",
        "L'articolo Il consiglio approva il bilancio proviene da Gazzetta di Valle.",
        "La entrada El pleno aprueba el presupuesto se publicó primero en Diario del Sur.",
        "O post Câmara aprova o orçamento apareceu primeiro em Jornal da Cidade.",
        "Het bericht Gemeenteraad keurt begroting goed verscheen eerst op Dorpsblad.",
        "This entry was posted in Local News. Bookmark the permalink.",
        "Cet article a été publié dans Actualités. Ajoutez ce permalien à vos favoris.",
        "Esta entrada fue publicada en Noticias y etiquetada pleno. Guarda el enlace permanente.",
        "Questa voce è stata pubblicata in Cronaca. Aggiungi ai segnalibri il permalink.",
    ],
)
def test_a_blog_engines_notes_under_the_post_go(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "line",
    [
        "We want to hear from you. Email us at tips@example-news.com",
        "Read the full story on our website.",
        "Read the full story at example-news.com",
        "Continue reading on Medium »",
    ],
)
def test_calls_to_write_in_or_read_on_elsewhere_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "The post office appeared first on the list of buildings to be sold, the report said.",
        "The post office appeared first on a list of closures published by the company on Monday.",
        "We want to hear from you, the mayor told residents at the meeting on Tuesday evening.",
        "Read the full story of the harbour's founding in the museum's new exhibition, he said.",
    ],
)
def test_sentences_like_blog_notes_or_calls_stay(sentence):
    assert_stays_between_paragraphs(sentence)


def test_a_newsletters_name_over_its_promise_of_the_inbox_goes():
    tail = "Morning Briefing\nThe day's top stories, delivered to your inbox every weekday morning."
    assert removed_text(removed_after_the_text(tail), "trailer") == tail


@pytest.mark.parametrize(
    "sentence",
    [
        "Fake invoices sent to your inbox look genuine, the police warned residents on Monday.",
        "Scam emails are often sent straight to your inbox late at night.",
    ],
)
def test_a_sentence_about_mail_in_the_inbox_stays(sentence):
    assert_stays_between_paragraphs(sentence)


def test_a_recipes_call_to_show_the_dish_goes():
    line = "Did you make this recipe? Tag us on Instagram"
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


def test_a_headline_printed_twice_with_its_kicker_is_said_once():
    cleaned = clean_text("Live: Election night as it happened\n" * 2 + BODY_EN)
    assert cleaned.title == "Election night as it happened"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("head", "when"),
    [
        # the hour's mark with its stop before the zone
        ("Por: Juan Pérez\n05/03/2025 - 10:12 h. CET", dt.datetime(2025, 3, 5, 9, 12, tzinfo=UTC)),
        # a newsroom, its agency and place run into the date with no separator
        ("Redazione ANSA ROMA 05 marzo 2025 10:12", dt.datetime(2025, 3, 5, 10, 12, tzinfo=UTC)),
    ],
)
def test_a_newsrooms_or_writers_date_with_its_hour(head, when):
    cleaned = clean_text(f"Council passes the budget\n{head}\n{BODY_EN}")
    assert (cleaned.published_at, cleaned.text) == (when, BODY_EN.replace("\n\n", "\n"))


@pytest.mark.parametrize(
    "line",
    [
        "Le Petit Quotidien vous recommande",
        "The Herald recommends",
        "Mehr Nachrichten aus dem Landkreis finden Sie hier.",
        "Más noticias de la comarca, aquí.",
        "Plus d'informations sur le site de la mairie ici.",
    ],
)
def test_a_papers_picks_and_its_pointers_to_more_news_here_go(line):
    assert [text for _, text in removed_between_paragraphs(line)] == [line]


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 200 people have lived here since the mill opened in 1870, the records show.",
        "Plus de 200 personnes vivent ici depuis l'ouverture de l'usine, selon la mairie.",
    ],
)
def test_sentences_with_more_and_here_stay(sentence):
    assert_stays_between_paragraphs(sentence)


def test_a_panels_recommendations_under_their_heading_stay():
    first, second = BODY_EN.split("\n\n")
    text = f"{first}\nThe panel recommends:\n- longer opening hours\n- a second entrance\n{second}"
    assert clean_text(f"Council passes budget\n\n{text}").text == text


@pytest.mark.parametrize(
    "credit",
    ["Edição: João Alves", "Edición: María Gil", "Revisione: Elena Conti"],
)
def test_an_editors_credit_under_a_label_goes(credit):
    assert removed_text(removed_after_the_text(credit), "credit") == credit


@pytest.mark.parametrize(
    "sentence",
    [
        "Édition : la troisième du festival aura lieu en juillet, au bord du lac.",
        "Redaktion: Die Stadtverwaltung hat die Zahlen bestätigt, sagte der Sprecher am Montag.",
    ],
)
def test_sentences_under_an_editing_label_stay(sentence):
    assert_stays_between_paragraphs(sentence)


def test_a_row_of_share_buttons_as_markdown_images_and_links_goes():
    row = "![Share on X](https://x.example/share) [Share on Facebook](https://fb.example/share)"
    cleaned = clean_text(f"# Council passes the budget\n{BODY_EN}\n{row}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # names in capitals, their role in lower case, joined in capitals too
        ("By JANE DOE Staff Writer", ["Jane Doe"]),
        ("BY JANE DOE AND JOHN ROE", ["Jane Doe", "John Roe"]),
        # the agency or paper they work at or wrote for, after a comma or bar
        ("Jane Doe, The Associated Press", ["Jane Doe"]),
        ("Jane Doe and John Roe | Special to the Herald", ["Jane Doe", "John Roe"]),
        # the kind of piece and its author, elided or in Portuguese
        ("Un'inchiesta di Mario Rossi", ["Mario Rossi"]),
        ("Uma reportagem de João Silva", ["João Silva"]),
        # the desk's reports, no one
        ("From staff reports", []),
    ],
)
@pytest.mark.parametrize("where", ["head", "tail"])
def test_bylines_in_capitals_with_agencies_guests_and_pieces_give_their_authors(
    byline, authors, where
):
    text = f"Council passes budget\n{byline}\n{LONG_BODY}"
    if where == "tail":
        text = f"Council passes budget\n{LONG_BODY}\n{byline}"
    cleaned = clean_text(text)
    assert cleaned.authors == authors
    assert cleaned.text == LONG_BODY.replace("\n\n", "\n")


@pytest.mark.parametrize(
    ("dateline", "when"),
    [
        ("Monday, March 3, 2025", dt.datetime(2025, 3, 3, tzinfo=UTC)),
        ("lundi 3 mars 2025 à 14:05", dt.datetime(2025, 3, 3, 14, 5, tzinfo=UTC)),
        ("03 de março de 2025 - 14h05", dt.datetime(2025, 3, 3, 14, 5, tzinfo=UTC)),
        ("03.03.2025", dt.datetime(2025, 3, 3, tzinfo=UTC)),
    ],
)
def test_a_bare_date_under_the_last_paragraph_dates_the_text(dateline, when):
    cleaned = clean_text(f"Council passes budget\n{LONG_BODY}\n{dateline}")
    assert cleaned.published_at == when
    assert cleaned.text == LONG_BODY.replace("\n\n", "\n")


def test_a_teasers_date_after_the_text_dates_nothing():
    teaser = "More news\nBridge to close for repairs\nMarch 1, 2025"
    assert clean_text(f"Council passes budget\n{LONG_BODY}\n{teaser}").published_at is None


def test_a_pasted_menu_stops_at_the_headline_over_the_byline():
    menu = "Skip to content\nMenu\nSearch"
    cleaned = clean_text(f"{menu}\nCouncil passes budget\nBy Ann Lee\n{BODY_EN}")
    assert (cleaned.title, cleaned.authors) == ("Council passes budget", ["Ann Lee"])
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


def test_a_section_label_over_the_headline_and_a_standfirst_without_its_stop():
    head = "Lokales\nStadtrat beschließt Haushalt\nNach sechs Stunden Debatte steht der Etat"
    cleaned = clean_text(f"{head}\n{BODY_DE}")
    assert cleaned.title == "Stadtrat beschließt Haushalt"
    assert "Lokales" not in cleaned.text


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("Jane Doe | Staff Writer", ["Jane Doe"]),
        ("Jean Dupont, journaliste", ["Jean Dupont"]),
        ("Ana Gil y Juan Pérez – Redactores", ["Ana Gil", "Juan Pérez"]),
    ],
)
def test_names_with_their_role_under_the_headline_are_the_byline(byline, authors):
    cleaned = clean_text(f"Council passes budget\n{byline}\n{LONG_BODY}")
    assert (cleaned.authors, cleaned.text) == (authors, LONG_BODY.replace("\n\n", "\n"))


def test_a_live_blogs_key_events_go_and_its_writer_with_agencies_is_the_author():
    cleaned = clean_text(
        "Floods live: river peaks in the old town as rain eases\n"
        "Olga Brandt and agencies\n"
        "Tue 3 Nov 2026 09.10 GMT\n"
        "Key events\n"
        "25m ago Bridge closed to traffic\n"
        "2h ago Evacuation centre opens in school\n"
        f"{BODY_EN}"
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert cleaned.authors == ["Olga Brandt"]
    assert cleaned.published_at == dt.datetime(2026, 11, 3, 9, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "line",
    [
        "3 days ago the river burst its banks, and the town is still counting the cost.",
        "2 hours ago nobody had heard of the company; now everyone is talking about it!",
    ],
)
def test_sentences_that_open_with_how_long_ago_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    ("note", "byline", "author"),
    [
        (
            "Hinweis der Redaktion: Dieser Text erschien zuerst in unserer Wochenendausgabe.",
            "Von Lena Korte",
            "Lena Korte",
        ),
        (
            "Editorial note: this piece first ran in our print edition.",
            "By Lena Korte",
            "Lena Korte",
        ),
        (
            "Nota redazionale: l'articolo è uscito prima sul settimanale.",
            "di Lena Korte",
            "Lena Korte",
        ),
    ],
)
def test_an_editors_note_over_the_headline_leaves_the_byline_under_it(note, byline, author):
    cleaned = clean_text(f"{note}\nCouncil passes the budget\n{byline}\n14.05.2026\n{BODY_EN}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert ("editor_note", note) in [(r.kind, r.text) for r in cleaned.removed]
    assert cleaned.authors == [author]
    assert cleaned.published_at == dt.datetime(2026, 5, 14, tzinfo=UTC)


@pytest.mark.parametrize(
    "label", ["Abonnés", "Premium", "Abonnenten", "Exclusivo para suscriptores"]
)
def test_a_subscribers_label_under_the_byline_goes(label):
    cleaned = clean_text(f"Council passes the budget\nBy Ann Lee\n{label}\n{BODY_EN}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "tail",
    [
        "Recetas relacionadas\nTortilla de patatas fácil",
        "Ähnliche Rezepte\nKürbissuppe mit Ingwer",
        "More recipes\nEasy lemon drizzle cake",
        "Ricette correlate\nRisotto alla zucca",
    ],
)
def test_other_recipes_after_the_text_go(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "tail",
    [
        "Match report powered by\nLive scores\nFixtures\nResults\nTables",
        "Das Wetter präsentiert von",
    ],
)
def test_a_label_whose_sponsor_was_a_logo_goes_with_the_menu_under_it(tail):
    removed_after_the_text(tail)


def test_markdown_links_to_an_anchor_or_a_mail_address_are_read_by_their_words():
    cleaned = clean_text(
        "[Skip to content](#main)\n"
        "# Council passes the budget\n"
        f"{BODY_EN}\n"
        "[Facebook](https://facebook.com/sharer) [X](https://x.com/intent) [Email](mailto:)"
    )
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert cleaned.title == "Council passes the budget"


@pytest.mark.parametrize(
    "tail",
    [
        "Publié dans Société\nLaisser un commentaire\nAnnuler la réponse",
        "Postado em Cidades\nDeixe um comentário\nCancelar resposta",
        "Pubblicato in Cronaca\nLascia un commento\nAnnulla risposta",
        "Publicado en Sociedad\nDeja un comentario\nCancelar respuesta",
    ],
)
def test_a_blogs_category_line_and_reply_form_after_the_text_go(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "line",
    [
        "Inscrivez-vous avant le 15 mars, rappelle la mairie, sinon la place sera perdue.",
        "Assine o abaixo-assinado, pedem os moradores do bairro.",
        "Subscribe to the alerts, the fire service urges residents, before the storm arrives.",
        "Melden Sie sich rechtzeitig an, mahnt das Landratsamt.",
        "Mit Unterstützung des Landes wird die Brücke im Sommer saniert.",
    ],
)
def test_calls_the_story_reports_stay_wherever_they_stand(line):
    assert_stays_between_paragraphs(line)
    cleaned = clean_text(f"Council passes the budget\n{BODY_EN}\n{line}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n") + f"\n{line}"


@pytest.mark.parametrize(
    ("head", "author"),
    [
        ("Jan Roth", "Jan Roth"),
        ("Marta Gil\nSevilla", "Marta Gil"),
        ("Pieter de Vries", "Pieter de Vries"),
    ],
)
def test_a_name_alone_between_the_headline_and_the_lead_is_the_byline(head, author):
    cleaned = clean_text(f"Council passes the budget\n{head}\n{BODY_EN}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert cleaned.authors == [author]


@pytest.mark.parametrize(
    "line",
    ["Learn More", "No Announcements", "TV Schedule", "Read Next", "Video Player", "Weather Alert"],
)
def test_a_button_or_label_under_the_headline_is_no_author(line):
    assert not clean_text(f"Council passes the budget\n{line}\n{BODY_EN}").authors


def test_breadcrumbs_under_the_papers_name_stack_over_the_headline():
    cleaned = clean_text(
        f"The Riverside Courier\nHome » News » Local\nCouncil passes the budget\nBy Ann Lee\n{BODY_EN}"
    )
    assert cleaned.title == "Council passes the budget"
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")
    assert cleaned.authors == ["Ann Lee"]


@pytest.mark.parametrize(
    "tail",
    [
        "Get our print edition and other books in our online store.",
        "Order prints of these photos from our store.",
        "Unsere Bücher und Kalender gibt es in unserem Shop.",
        "Die gedruckte Ausgabe erhalten Sie in unserem Online-Shop.",
        "Retrouvez nos hors-séries dans notre boutique en ligne.",
        "Tem uma denúncia? Fale com a redação pelo WhatsApp.",
        "Esta reportagem foi produzida com apoio da Fundação Atlântica.",
        "Podemos receber comissão por compras feitas através dos nossos links.",
    ],
)
def test_the_papers_shop_tip_line_funder_and_commission_notes_after_the_text_go(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "line",
    [
        "Our volunteers sell the calendars in our shop on Main Street, said Ann Lee.",
        "Wir verkaufen die Kalender in unserem Shop am Markt, sagt die Inhaberin.",
        "Tem uma denúncia contra o prefeito? A polícia pediu que os moradores liguem para o 181.",
    ],
)
def test_a_shop_or_a_tip_the_story_reports_stays_at_its_end(line):
    cleaned = clean_text(f"Council passes the budget\n{BODY_EN}\n{line}")
    assert cleaned.text == BODY_EN.replace("\n\n", "\n") + f"\n{line}"


@pytest.mark.parametrize(
    "tail",
    [
        "Tabelle\nSpielplan\nTorschützen",
        "Tickets\nProgramme\nVenues\nContact",
        "About us\nOur History\nJobs\nAdvertise",
    ],
)
def test_a_menu_ending_the_text_goes(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "tail",
    [
        "The winners:\nHarbour School\nNorth Academy\nSt Anne's",
        "Director: Jane Roe\nWriter: Tom Lee\nComposer: Ann Doe",
        "Signed\nJane Roe\nTom Lee\nAnn Doe",
        "再起動して完了\nこれで完了\n設定を保存",
    ],
)
def test_a_list_the_article_ends_with_stays(tail):
    cleaned = clean_text(f"Council passes the budget\n{BODY_EN}\n{tail}")
    for line in tail.split("\n")[1:]:
        assert line in cleaned.text.split("\n")


BODY_ZH = (
    "市图书馆周六起延长开放时间，每天晚上开到十点，方便学生复习备考。\n"
    "馆长表示，延长开放将持续到明年一月底，期间还会增加自习座位两百个。"
)


@pytest.mark.parametrize(
    ("head", "authors", "published"),
    [
        ("记者 李娜\n2025年12月6日 09:30", ["李娜"], dt.datetime(2025, 12, 6, 9, 30, tzinfo=UTC)),
        (
            "本报记者 李娜 周强\n发布时间：2025-12-06 09:30",
            ["李娜", "周强"],
            dt.datetime(2025, 12, 6, 9, 30, tzinfo=UTC),
        ),
        (
            "文：佐藤 花子\n2025年12月6日 9時30分",
            ["佐藤 花子"],
            dt.datetime(2025, 12, 6, 9, 30, tzinfo=UTC),
        ),
        (
            "김민수 기자 minsu@example.kr\n입력 2025.12.06 09:30",
            ["김민수"],
            dt.datetime(2025, 12, 6, 9, 30, tzinfo=UTC),
        ),
    ],
)
def test_chinese_japanese_and_korean_heads(head, authors, published):
    cleaned = clean_text(f"图书馆延长开放时间\n{head}\n{BODY_ZH}")
    assert cleaned.title == "图书馆延长开放时间"
    assert cleaned.authors == authors
    assert cleaned.published_at == published
    assert cleaned.text == BODY_ZH


@pytest.mark.parametrize(
    "tail",
    [
        "分享到微博\n相关阅读\n图书馆新馆明年开工\n责任编辑：赵磊\n版权所有 © 2025 城市晚报",
        "この記事をシェアする\n関連記事\n図書館の新館、来年着工へ\n無断転載を禁じます",
        "공유하기\n관련기사\n도서관 신관 내년 착공\n저작권자 © 시티일보 무단전재 및 재배포 금지",
    ],
)
def test_chinese_japanese_and_korean_furniture_after_the_text_goes(tail):
    removed_after_the_text(tail, BODY_ZH, "图书馆延长开放时间")


@pytest.mark.parametrize(
    "tail",
    [
        "Zum Seitenanfang",
        "Druckversion",
        "Version imprimable",
        "Terug naar boven",
        "Afdrukken",
        "4,5 von 5 Sternen",
        "Hier geht es zum Anmeldeformular.",
        "Unterstützen Sie unsere Arbeit mit einer Spende.",
        "Soutenez notre travail avec un don.",
    ],
)
def test_a_pages_top_print_rating_pointer_and_appeal_after_the_text_go(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "line",
    [
        "Hier geht es um die Frage, wer die Sanierung bezahlt.",
        "Unterstützen Sie uns, baten die Helfer am Samstag die Passanten.",
    ],
)
def test_sentences_like_pointers_and_appeals_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "tail",
    [
        "Folge mir auf Instagram",
        "Suivez-moi sur Instagram et Pinterest",
        "Diese Seite teilen",
        "Auch interessant für dich",
        "Erfahren Sie mehr",
    ],
)
def test_a_bloggers_follow_prompt_a_share_and_a_teaser_heading_go(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "line",
    [
        "Follow me, the guide said, and we walked into the cave.",
        "Folge mir nach, rief die Lehrerin den Kindern zu.",
        "Suivez-moi jusqu'au bout du couloir, nous a dit le gardien.",
    ],
)
def test_a_call_to_follow_someone_in_the_story_stays_as_its_lead(line):
    cleaned = clean_text(f"Council passes the budget\n{line}\n{BODY_EN}")
    assert cleaned.text.startswith(line)


@pytest.mark.parametrize(
    "tail",
    [
        "Give this article",
        "(Jane Doe/The Riverside Courier via AP)",
        "Please enable cookies to view this video.",
        "Thank you for reading. Please consider supporting us.",
        "Report an ad",
        "Collapse",
        "Back to news",
    ],
)
def test_a_gift_button_a_bracketed_photo_credit_and_page_buttons_go(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "tail",
    [
        # a blog post's sections and tags, closed comments, a count of none, category headings
        "Veröffentlicht in: Verkehr, Stadtentwicklung | Schlagworte: Radweg, Brücke",
        "Publicado en: Movilidad, Ciudad | Etiquetas: carril bici, río",
        "Pubblicato in: Mobilità, Città | Tag: pista ciclabile, fiume",
        "Geplaatst in: Verkeer, Stad | Tags: fietspad, rivier",
        "Posted in: Transport, Council | Tagged: cycling, river",
        "Comments Off on Council passes the budget",
        "Kommentare deaktiviert für Stadtrat beschließt den Haushalt",
        "Comentarios desactivados en El Ayuntamiento aprueba el presupuesto",
        "Kommentare (0)",
        "Previous comments on this story (0)",
        "Kategorien",
        "Categories:",
        # links to a section, a topic or the post before or after; the article's languages; buttons
        "Beliebte Beiträge zum Thema:",
        "Articoli più letti",
        "Populaire berichten",
        "Alle Verkehr-Artikel lesen",
        "See all Transport stories",
        "Ver todas las noticias de Movilidad",
        "Bekijk alle artikelen over Verkeer",
        "Entdecke weitere Homestorys",
        "Discover more recipes",
        "RELATED ARTICLESMORE FROM AUTHOR",
        "Lies diesen Beitrag auf English, Français, Italiano",
        "Read this article in Español, Français, Deutsch",
        "„Wandern“ abonnieren",
        "About Jane Doe 57 Articles",
        "Previous post: Council delays vote on the bridge",
        "Vorheriger Beitrag: Die Brücke bleibt gesperrt",
        "Next Up In Science & Health",
        "Copied!",
        "1x",
        "Image 1 of / 5",
        "Últimas noticias de Aragón",
        "Meer over: Wonen, Utrecht",
        # appeals, empty boxes, a blog's forms, pointers, an author's box run into one line
        "Gefällt dir unser Wandermagazin? Wir verzichten auf eine Bezahlschranke. Unterstütze uns "
        "mit einer kleinen Spende.",
        "Möchtest du uns einfach nur unterstützen, ohne selbst Mitglied zu werden?",
        "¿Te gusta nuestro trabajo? Apóyanos con una donación.",
        "Enjoy our reporting? Support independent local journalism with a donation.",
        "Es gibt derzeit keine bevorstehenden Veranstaltungen.",
        "There are no upcoming events.",
        "Fill in your details below or click an icon to log in:",
        "Benachrichtigung bei weiteren Kommentaren per E-Mail senden.",
        "Avertissez-moi par e-mail des nouveaux commentaires.",
        "%d Bloggern gefällt das:",
        "Liken Lade …",
        "Verbinde mit %s",
        "Notify me of new posts by email.",
        "Du hast eine Frage oder Meinung zum Artikel? Teile sie mit uns!",
        "Haben Sie einen Fehler entdeckt? Dann schreiben Sie uns.",
        "Found an error in this article? Contact the newsroom.",
        "Dir hat der Artikel gefallen? Jetzt teilen...",
        "Wie gefällt Ihnen unsere Website? Teilen Sie es uns mit!",
        "Weitere Pressemitteilungen dieses Verbands",
        "Forum zum Thema: Wissenschaft",
        "SEIT 10 TAGEN AM MEISTEN GELESEN",
        "Weiterempfehlen",
        "Sie schreibt über Städte und Verkehr. Zeige alle Beiträge von Jana Roth",
        "Lust auf mehr? Lass dir die besten Storys jede Woche liefern. Melde dich hier für unseren "
        "Newsletter an!",
        "Gefällt dir unser Klettermagazin? Wir haben entschieden, keine Bezahlschranke einzuführen.",
        "Dowiedz się więcej: Kto jak głosował ws. funduszy?",
        "Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials, Ubuntu.",
        "Sie sind hier: Startseite » Politik » Stadtrat",
        "© imago images/Sven Müller via www.imago-images.de",
    ],
)
def test_a_blog_posts_and_a_pages_furniture_after_the_text_goes(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "line",
    [
        "Do you like our new park? Residents can support the plan at the hearing.",
        "Vergrößern will der Verein vor allem die Jugendabteilung.",
        "Discover more about the history of the town at the museum.",
        "Next up in the hearing: the defence will call its first witness.",
    ],
)
def test_questions_to_readers_and_fronted_verbs_in_the_story_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "toggle",
    [
        "Navigation öffnen/schließen",
        "Navigation schliessen",
        "Menu ouvrir/fermer",
        "Abrir menú",
        "Open menu",
        "Menu openen",
    ],
)
def test_a_menus_toggle_between_headline_and_byline_leaves_both(toggle):
    cleaned = clean_text(
        f"Stadtrat beschließt den Haushalt\n{toggle}\nDiesen Artikel teilen\nVon Petra Lange\n"
        f"{BODY_DE}"
    )
    assert cleaned.title == "Stadtrat beschließt den Haushalt"
    assert cleaned.authors == ["Petra Lange"]
    assert cleaned.text == BODY_DE


@pytest.mark.parametrize(
    "meta",
    [
        "Freitag | 14. Juni 2024 | 15:49 VON Jana Kurz IN Reisen | 0 KOMMENTARE",
        "June 14, 2024 by Jana Kurz in Travel | 0 Comments",
        "14. Juni 2024 | Jana Kurz | 3 Kommentare",
    ],
)
def test_a_blog_posts_meta_line_with_its_comment_count_gives_author_and_date(meta):
    cleaned = clean_text(f"Stadtrat beschließt den Haushalt\n{meta}\n{BODY_DE}")
    assert cleaned.authors == ["Jana Kurz"]
    assert cleaned.published_at.date() == dt.date(2024, 6, 14)
    assert cleaned.text == BODY_DE


def test_a_caption_behind_the_zoom_button_goes():
    caption = "Vergrößern Das neue Modell hat einen größeren Sensor als sein Vorgänger."
    cleaned = clean_text(f"Neue Kamera im Test\n{caption}\n{BODY_DE}")
    assert cleaned.text == BODY_DE
    assert removed_text(cleaned, "caption") == caption


def test_a_menu_ending_the_text_with_a_link_to_a_comparison_goes():
    removed_after_the_text("Zum Preisvergleich\nDownloadbereich\nÜber uns", body=BODY_DE)


@pytest.mark.parametrize(
    "tail",
    [
        "Datenschutzerklärung",
        "Privacy Policy",
        "Impressum",
        "Zur Übersicht\nFacebook\nTwitter",
        "Environment\nShare this article",
    ],
)
def test_a_label_left_last_over_nothing_but_the_pages_furniture_goes(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize("sign_off", ["Bis bald", "Cheers", "Anna", "Fortsetzung folgt"])
def test_a_sign_off_ending_the_text_stays(sign_off):
    cleaned = clean_text(f"Council passes the budget\n{BODY_EN}\n{sign_off}")
    assert cleaned.text.endswith(f"\n{sign_off}")


@pytest.mark.parametrize(
    "tail",
    [
        # a carousel's two arrows, a link to a whole list with its name, a time alone
        "Previous Next",
        "« Vorherige Nächste »",
        "Précédent Suivant",
        "NEXT PREV",
        "See all Local News",
        "View All Reviews",
        "Alle Videos",
        "Alle Umfragen ansehen",
        "Voir toutes les vidéos",
        "Ver todos los vídeos",
        "02:41",
        "3:07 PM",
        # breadcrumbs from the home page, wherever they stand
        "Start|Magazin|Wohnen|Garten im Frühling",
        "Accueil > Actualités > Société",
        # a teaser's meta line closed to comments; a theme's meta line with its count
        "12. März 2024 Redaktion Kommentare deaktiviert für Balkonpflanzen richtig gießen",
        "March 3, 2024/0 Comments/in Local News /by admin",
        # an icon font's glyph names, alone or before a heading's words
        "keyboard_arrow_down",
        "filter_none WEITERE BEITRÄGE ZU DIESEM ARTIKEL\nZahlungsmoral im Handwerk sinkt",
        # a link to the whole list among the topics a heading lists
        "Kategorien\nSaisonale Rezepte\nKochbücher\nAlle Kochbücher\nSchnelle Rezepte\n"
        "Backen ohne Zucker",
    ],
)
def test_arrows_whole_list_links_times_breadcrumbs_meta_and_icon_names_go(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "line",
    [
        "Alle Beteiligten zeigten sich mit dem Ergebnis zufrieden.",
        "See all the plans in the documents published by the city.",
        "Next, the council will vote on the budget for the first phase.",
        "At 10:30, the main index was up 1.2 percent.",
        "Home is where the council wants the new library to be.",
    ],
)
def test_sentences_opening_like_arrows_list_links_and_breadcrumbs_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "stamp, published",
    [
        ("by Mark Keller — March 4, 2024", dt.datetime(2024, 3, 4, tzinfo=dt.UTC)),
        (
            "Updated on: March 3, 2024 / 9:12 AM / Example News",
            dt.datetime(2024, 3, 3, 9, 12, tzinfo=dt.UTC),
        ),
        (
            "Last Updated : Mar 3, 2024 01:41 PM | Source: Example.com",
            dt.datetime(2024, 3, 3, 13, 41, tzinfo=dt.UTC),
        ),
        (
            "Mar 3, 2024 @09:12 AM · Updated: Mar 3, 2024 @10:01 AM",
            dt.datetime(2024, 3, 3, 9, 12, tzinfo=dt.UTC),
        ),
        (
            "Updated 0339 GMT (1139 HKT) March 3, 2024",
            dt.datetime(2024, 3, 3, 3, 39, tzinfo=dt.UTC),
        ),
    ],
)
def test_a_stamp_under_the_headline_with_a_dash_an_at_sign_a_source_or_four_figures_dates_it(
    stamp, published
):
    cleaned = clean_text(f"Council passes the budget\n{stamp}\n{BODY_EN}")
    assert cleaned.published_at == published
    assert cleaned.text == BODY_EN.replace("\n\n", "\n")


@pytest.mark.parametrize(
    "tail",
    [
        # follow prompts run into one line, a box's toggle, a donation's call with its sum
        "Folge mir Folge Lena Hartmann auf Facebook Folge Lena Hartmann auf Instagram",
        "Quellen ausblenden",
        "Show transcript",
        "Unterstütze Schlafmagazin schon mit 3 Euro!",
        "Support Example Weekly for as little as $5!",
        # a comment form's call and its note that the address stays hidden
        "Wenn Sie diesen Beitrag kommentieren möchten, füllen Sie bitte die folgenden Felder aus!",
        "E-Mail (wird nicht veröffentlicht)",
        "Email address (will not be published) *",
        # a tag cloud's heading; who designed the site
        "Blog - Tag Cloud",
        "Design von Anna Berg und Tom Kurz. Icons von Lisa Roth.",
        "Theme by Jane Doe",
        # a blog's sections and months with the count of their posts
        "Balkon (12)\nGarten (31)\nRezepte (8)",
        "Archiv\nMärz 2024 (4)\nFebruar 2024 (6)\nJanuar 2024 (5)",
    ],
)
def test_follow_runs_toggles_donations_comment_forms_site_credits_and_counted_lists_go(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "line",
    [
        "Design von Anna Berg prägt das neue Museum.",
        "Folge dem Fluss, sagte der Förster, dann findest du den Weg.",
        "Der lange Weg (1972)\nDie Stadt am Fluss (1979)\nDas letzte Licht (1988)",
    ],
)
def test_a_sentence_on_design_a_followed_path_and_a_list_of_films_with_years_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "tail",
    [
        # a video player's notices and settings for screen readers
        "This is a modal window.\nBeginning of dialog window. Escape will cancel and close the "
        "window.\nStream Type LIVE\ncaptions and subtitles off, selected\nEnd of dialog window.",
        # a sponsor's label, teasers with their comment counts, a stylesheet's name, a toll-free line
        "Example Bank BrandVoice | Paid Program",
        "Mayor signs new housing law 19 comments\nBridge repairs start next week 4 comments",
        "Neues Freibad öffnet im Juni 12 Kommentare",
        "narrow-browser-and-phone",
        "Toll Free: (800) 555-0199",
        # WordPress.com's share, like and comment boxes in Indonesian
        "Bagikan ini:\nSuka memuat...\nTinggalkan Balasan\nKetikkan komentar di sini...\n"
        "Nama (wajib)\nBeritahu saya pos-pos baru lewat surat elektronik.",
        # a blog's sections and their counts, no space before the bracket
        "WEB情報(62)\nWordPress(53)\n郵便・宅急便(7)",
    ],
)
def test_player_notices_paid_labels_counted_teasers_class_names_and_indonesian_forms_go(tail):
    removed_after_the_text(tail)


@pytest.mark.parametrize(
    "line",
    [
        "By Friday the plan on the council's website had drawn 19 comments.",
        "A well-to-do family bought the old mill in 1990.",
        "Captions off, selected readers said, was the default they preferred.",
    ],
)
def test_a_count_of_comments_in_a_line_a_hyphenated_word_and_player_words_in_prose_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "tail",
    [
        # a reporter's credit, WordPress's heading over the next and previous posts, a bare tag
        # label, a platform's counter on its button
        "Mark Ellis contributed reporting from Boston.",
        "Post navigation",
        "Beitragsnavigation",
        "Tagged:",
        "299FollowersFollow",
        # an app's pitch, a newsletter form's last step, a cookie button's consent, photo credits
        "Get the latest news straight to your phone with the Example News app.",
        "Please review our terms of service to complete your newsletter subscription.",
        "By choosing I Accept, you consent to our use of cookies and other tracking technologies.",
        "Photo illustration by Example. Photo by Jane Doe.",
        # teasers' stamps: a name and a date, no separator between
        "Brent Cole November 20, 2024 12:32",
        "Share this article\nBridge repairs to close downtown lanes for a week\n"
        "November 20, 2024 Emiliano Bellini\nMayor opens new library branch in Eastside\n"
        "Anna Maria Weber March 5, 2025",
    ],
)
def test_reporting_credits_post_navigation_counters_app_pitches_and_teaser_stamps_go(tail):
    removed_after_the_text(tail)


def test_a_list_of_events_with_their_dates_under_the_lead_stays():
    body = (
        "Im Sommer laden viele Vereine zu Festen ein. Die wichtigsten Termine im Überblick:\n"
        "Sommerfest Nord 12. Mai 2025\nHafenfest Süd 3. Juni 2025\n"
        "Alle Feste beginnen am Nachmittag und sind kostenlos."
    )
    cleaned = clean_text(f"Sommerfeste in der Region\n{body}")
    assert cleaned.text == body
    assert cleaned.authors == []


@pytest.mark.parametrize(
    "line",
    ["Photos by the team were shown at the museum.", "The council met on March 5, 2025"],
)
def test_a_sentence_on_photos_and_a_line_ending_in_a_date_stay(line):
    assert_stays_between_paragraphs(line)


@pytest.mark.parametrize(
    "tail",
    [
        "Informationsschreiben vom 14. Oktober 2024PDF | 38 KB | Datei ist nicht barrierefrei",
        "In Living, Homestory Tags Homestory, Interior design, Berlin",
        "Es werden die Weine 1 bis 10 von insgesamt 19 angezeigt!",
        "Showing 1–10 of 19 results",
        "Mail: info@example.de",
        "Home Aktuell Unfälle Newsflash Kantonsübersicht Verkehr Feuerwehr Aufrufe Fahndungen",
    ],
)
def test_glued_file_links_post_meta_list_counts_mail_lines_and_menus_from_home_go(tail):
    removed_after_the_text(tail)


def test_a_sentence_opening_with_home_stays():
    assert_stays_between_paragraphs("Home Secretary Anna Lee Visits The Flooded Town Of Marsh End")


@pytest.mark.parametrize(
    "tail",
    [
        "By registering you become a member of the Example family of sites and you have read "
        "and agree to the Terms of Use.",
        "Mit der Registrierung akzeptieren Sie unsere Nutzungsbedingungen.",
        "Ask the Expert: Why do cats purr? (1:12)",
        "4.9K",
        "dp3_2_en",
    ],
)
def test_sign_up_consents_video_teasers_counts_in_thousands_and_identifiers_go(tail):
    removed_after_the_text(tail)


def test_a_sentence_ending_in_a_bracketed_time_stays():
    assert_stays_between_paragraphs("The first half ended with a goal in stoppage time (45:12).")


@pytest.mark.parametrize(
    "tail",
    [
        "Home » Column »",
        "tags #Local Markets #Nifty #Sensex",
        "Get short URL",
        "Thanks for watching!",
        "【纠错】 责任编辑： 焦鹏",
    ],
)
def test_open_breadcrumbs_hashtag_labels_link_tools_end_cards_and_chinese_editors_go(tail):
    removed_after_the_text(tail)
