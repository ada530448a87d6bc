"""The authors a page's metadata credits, made people's names."""

import pytest

from transforms.authors import Site, as_names, metadata_names, split_publisher

WITH_PARTICLES = ["Jan van der Berg", "Ana dos Santos", "Jean d'Arc"]
NORTHMOOR = Site.of(["The Northmoor Post"], "www.northmoor-post.example")


@pytest.mark.parametrize(
    ("credits", "names"),
    [
        (["Jane Doe"], ["Jane Doe"]),
        # the author's page link, a label, a date label or reading time run into the name
        (["View all posts by Jane Doe"], ["Jane Doe"]),
        (["Zeige alle Beiträge von Klara Sommer"], ["Klara Sommer"]),
        (["Auteur Léa Martin"], ["Léa Martin"]),
        (["Author: Jane Doe"], ["Jane Doe"]),
        (["Klara Sommer Stand"], ["Klara Sommer"]),
        (["Ana Ruiz y Juan Pérez Tiempo de lectura"], ["Ana Ruiz", "Juan Pérez"]),
        # an interview's credit names both people
        (["Eva Lang im Gespräch mit Tom Roe"], ["Eva Lang", "Tom Roe"]),
        # escaped letters decoded
        (["Redacci&oacute;n Central"], ["Redacción Central"]),
        # placeholders and phrases are no one
        (["admin"], []),
        (["Name"], []),
        (["No Author"], []),
        (["WordPress Admin"], []),
        (["Made in Valleverde with Drupal by Studio Nine"], []),
        (["On March 3"], []),
        (["jane.doe@example.com"], []),
        (["@janedoe"], ["@janedoe"]),
        # a job title after the name, a shouted name
        (["Jane Doe", "Staff Writer"], ["Jane Doe"]),
        (["JANE DOE"], ["Jane Doe"]),
        # initials beside the name in full
        (["Jane Doe", "JD"], ["Jane Doe"]),
        # names with particles, handles, one-word names, other scripts stay
        (WITH_PARTICLES, WITH_PARTICLES),
        (["jdoe42", "she writes"], ["jdoe42", "she writes"]),
        (["Иван Петров", "张伟"], ["Иван Петров", "张伟"]),
        # "Von" and "Di" are names' first words too
        (["Di Stefano"], ["Di Stefano"]),
        (["Von Anna Weber und Jonas Brandt"], ["Anna Weber", "Jonas Brandt"]),
        # the credit's label before the name, in Chinese too ("responsible editor")
        (["Interview Harald Winter"], ["Harald Winter"]),
        (["Text Jana Roth"], ["Jana Roth"]),
        (["责任编辑：孔明"], ["孔明"]),
    ],
)
def test_credits_are_made_names(credits, names):
    assert as_names(credits) == names


@pytest.mark.parametrize(
    ("names", "people", "publishers"),
    [
        (["Jane Doe"], ["Jane Doe"], []),
        # the site's name, its host name, a part of its title
        (["The Northmoor Post", "Jane Doe"], ["Jane Doe"], ["The Northmoor Post"]),
        (["Northmoor Post"], [], ["Northmoor Post"]),
        # the newsroom's signature, alone or after a name
        (["Northmoor Post Staff"], [], ["Northmoor Post Staff"]),
        (["Redaktion NorthmoorPost"], [], ["Redaktion NorthmoorPost"]),
        (["Jane Doe NorthmoorPost Staff"], ["Jane Doe"], []),
        (["NorthmoorPost-Reporterin Jane Doe"], ["Jane Doe"], []),
        # a staff report that is not the site's own stays as it is
        (["Metro Staff Report"], ["Metro Staff Report"], []),
    ],
)
def test_the_publishers_name_is_not_a_persons(names, people, publishers):
    assert split_publisher(names, NORTHMOOR) == (people, publishers)


def test_a_host_name_credited_as_author_is_the_publishers():
    site = Site.of([], "www.valleverde-news.example")
    assert split_publisher(["Valleverde-News Example"], site) == ([], ["Valleverde-News Example"])
    assert split_publisher(["valleverde-news.example"], site) == ([], ["valleverde-news.example"])


def test_an_author_field_garbled_at_escaped_letters_gives_way_to_the_json_ld():
    assert metadata_names("Redacci; Oacute; N Central", ["Redacci&oacute;n Central"]) == [
        "Redacci&oacute;n Central"
    ]
    assert metadata_names("Jane Doe; Tom Roe", ["Someone Else"]) == ["Jane Doe", "Tom Roe"]
    assert metadata_names(None) == []
