"""English key-officials grammar: head inventory, name boundaries, linking, cross-sentence.

Every sentence here is composed for the test (none is copied from a data file); each
family has a negative case next to its positive one.
"""

from __future__ import annotations

from tomtat import officials, segment
from tomtat.models import Official


def run(text: str) -> dict[str, tuple[str, ...]]:
    found = officials.extract(segment.split(text, "en", title="Title"))
    return {o.name: o.titles for o in found}


def run_all(text: str) -> tuple[Official, ...]:
    return officials.extract(segment.split(text, "en", title="Title"))


# ------------------------------------------------------------------ heads


def test_heads_fold_case_unless_common_word() -> None:
    got = run("The vote was counted by incoming House majority whip Dana Lowell of Ohio.")
    assert got == {"Dana Lowell": ("incoming House majority whip",)}
    # "major"/"justice" in lower case are ordinary words, not ranks or judges
    assert run("It was a major setback, Carla Benton said after the justice rally.") == {}


def test_heads_local_legislative_diplomatic_and_police_ranks() -> None:
    got = run(
        "State Assemblywoman Rita Okafor backed the bill. Charge d'Affaires Tomas Brandt "
        "raised the flag. Det. Sgt. Lena Morrow and Supt. Omar Haddad led the inquiry."
    )
    assert got["Rita Okafor"] == ("State Assemblywoman",)
    assert got["Tomas Brandt"] == ("Charge d'Affaires",)
    assert "Supt." in got["Omar Haddad"]
    assert got["Lena Morrow"] == ("Det. Sgt.",)


def test_professions_are_not_heads() -> None:
    got = run(
        "Editor Janet Wills and politician Harold Gray spoke with soldier Mark Dean "
        "and sports agent Leo Park."
    )
    assert got == {}
    # founders and owners are no officials by that alone (OFFICIALS.md)
    got = run("WikiLeaks founder Julian Assage met Ann Lee, the owner of a preschool.")
    assert got == {}


# ------------------------------------------------------------------ names


def test_name_never_swallows_a_title_or_honorific() -> None:
    found = run_all(
        "Gov. Hale signed the order. Nevada Gov. Brian Hale said the state was ready. "
        "Sheikh Karim Nasser, the foreign minister, agreed."
    )
    names = {o.name for o in found}
    assert "Brian Hale" in names
    assert "Karim Nasser" in names
    assert not any("Gov." in n or "Sheikh" in n for n in names)


def test_name_does_not_start_with_a_function_word_or_end_in_an_acronym() -> None:
    found = run_all(
        "Is Brian Hale ready? Nevada Gov. Hale did not say. Texas GOP Rep. Alan Ruiz agreed."
    )
    names = {o.name for o in found}
    assert names == {"Brian Hale", "Alan Ruiz"}


# ------------------------------------------------------------------ linking


def test_open_lower_case_modifiers_before_a_head() -> None:
    got = run(
        "Chile's women and gender equity minister Paula Soto opened the forum. "
        "Omar Reyes, the agency's top human rights official, spoke next."
    )
    assert got["Paula Soto"] == ("Chile's women and gender equity minister",)
    assert got["Omar Reyes"] == ("agency's top human rights official",)


def test_relations_and_professions_never_modify_a_head() -> None:
    got = run(
        "Ben Cole, the son of the former president, spoke. Ann Lee, a lawyer for the "
        "governor, filed the motion. Tim Ford, his counterpart, declined. Gary Holt, the "
        "team's longtime coach, smiled."
    )
    assert got == {}


def test_capitalised_organisation_before_a_head_belongs_to_the_title() -> None:
    got = run(
        "New Haven Police Deputy Commissioner Ray Ortiz and Regional Transit Authority "
        "Chairman Lou Baker met reporters."
    )
    assert got["Ray Ortiz"] == ("New Haven Police Deputy Commissioner",)
    assert got["Lou Baker"] == ("Regional Transit Authority Chairman",)
    # a capitalised run that is a person's name is not part of the next person's title
    got = run("The report was read by Jessica King, and Mayor Ted Ruiz replied.")
    assert got == {"Ted Ruiz": ("Mayor",)}


def test_apposition_after_party_state_age_and_relative_copula() -> None:
    got = run(
        "Rep. Dana Wills, D-Oregon, chairman of the House Ethics Committee, spoke. "
        "Carl Ames, 58, the city's police chief, agreed. Lia Moss, who is the state's "
        "attorney general, disagreed."
    )
    assert got["Dana Wills"] == ("Rep.", "chairman of the House Ethics Committee")
    assert got["Carl Ames"] == ("city's police chief",)
    assert got["Lia Moss"] == ("state's attorney general",)
    # a relative clause that is no copula gives no title
    assert run("Lia Moss, who met the attorney general, disagreed.") == {}


def test_complements_with_on_and_coordinated_titles() -> None:
    got = run(
        "Hana Ito, an official with the national transport agency, said trains would run. "
        "Rob Dale, the mayor of Eastwick and chairman of the regional council, agreed. "
        "Sen. Joan Pike, the top Democrat on the committee, objected."
    )
    assert got["Hana Ito"] == ("official with the national transport agency",)
    assert got["Rob Dale"] == ("mayor of Eastwick", "chairman of the regional council")
    assert "top Democrat on the committee" in got["Joan Pike"]


def test_a_post_then_a_rank_are_two_titles() -> None:
    got = run(
        "Joint Staff Chairman Adm. Ray Colt met Spokesman Col. Lee Vance and Lt. Col. Ann Ray."
    )
    assert got["Ray Colt"] == ("Joint Staff Chairman", "Adm.")
    assert got["Lee Vance"] == ("Spokesman", "Col.")
    assert got["Ann Ray"] == ("Lt. Col.",)


def test_plural_apposition_is_a_list_not_a_title() -> None:
    got = run(
        "Ties between Acme Motors, former government employees and current lawmakers "
        "run deep. Acme Motors denied it."
    )
    assert got == {}


def test_premodifier_then_open_words_then_head() -> None:
    got = run(
        "Dr. Lars Berg, chief medical officer at the clinic, said the patient was stable. "
        "Mia Holt, the Red Cross' head of operations, agreed. Ed Kane, his former "
        "attorney general, was silent."
    )
    assert got["Lars Berg"] == ("chief medical officer at the clinic",)
    assert got["Mia Holt"] == ("Red Cross' head of operations",)
    assert got["Ed Kane"] == ("former attorney general",)
    # without a head after them, open words make no title
    assert run("Dr. Lars Berg, senior medical researcher at the clinic, said so.") == {}


def test_a_country_is_never_a_name() -> None:
    got = run("It was hard for everyone -- the United States, our vice president who went there.")
    assert got == {}


def test_relative_clause_with_a_verb_of_leading() -> None:
    got = run(
        "Ines Varga, who chairs the Northern Governors Association, spoke first. "
        "Paul Dorn, who heads the Regional Water Authority, followed."
    )
    assert got["Ines Varga"] == ("chairs the Northern Governors Association",)
    assert got["Paul Dorn"] == ("heads the Regional Water Authority",)
    # leading something that is no named organisation is no post
    assert run("Ines Varga, who runs a small bakery, spoke first.") == {}
    assert run("Ines Varga, who leads the way in sales, spoke first.") == {}


def test_possessive_title_then_comma_then_name() -> None:
    got = run(
        "Norway's foreign minister, Tove Ahlberg, told reporters. Ahlberg spoke after the talks."
    )
    assert got == {"Tove Ahlberg": ("Norway's foreign minister",)}
    # a relative is not a post; a host's family name is not a title
    assert run("Ahlberg's brother, Nils Ahlberg, spoke.") == {}
    assert run("Speaking to CNN's Larry King, Tove Ahlberg smiled.") == {}


def test_chained_titles_reach_a_head_after_capitalised_words() -> None:
    got = run("Deputy Premier and Foreign Affairs Minister Anan Wongsa said the vote would go on.")
    assert got == {"Anan Wongsa": ("Deputy Premier", "Foreign Affairs Minister")}
    # a title after "as" in another clause belongs to someone else
    got = run(
        "Asked about her nomination as Ambassador to Chile, White House spokesman "
        "Tom Reyes said little."
    )
    assert got == {"Tom Reyes": ("White House spokesman",)}


def test_a_place_before_an_apposition_yields_to_the_named_person() -> None:
    got = run("The group bought ads in Ohio, a spokesman for the group, Lee Darby, told CNN.")
    assert got == {"Lee Darby": ("spokesman for the group",)}
    assert (
        run("The group bought ads in Ohio, a state where the party is weak, Lee Darby said.") == {}
    )


def test_a_title_coordinated_after_a_plain_noun_phrase() -> None:
    got = run(
        "Ada Moore, a professor at Yale and former director of the National Science "
        "Foundation, said so. Tim Berk, the real winner and Peru's former vice president, "
        "stayed home."
    )
    assert got["Ada Moore"] == ("former director of the National Science Foundation",)
    assert got["Tim Berk"] == ("Peru's former vice president",)
    # no title after "and"; a relative clause; a first phrase that is only a name
    assert run("Ada Moore, a friend of the president and his wife, said so.") == {}
    assert run("Ada Moore, who met the mayor and the governor, said so.") == {}
    assert run("Ada Moore, the Hashed and Bakil tribes' ally, said so.") == {}


def test_dash_appositions_and_now() -> None:
    got = run(
        "Omar Reyes -- the committee chairman -- objected. "
        "Lia Moss, now the mayor of Eastwick, agreed."
    )
    assert got == {"Omar Reyes": ("committee chairman",), "Lia Moss": ("mayor of Eastwick",)}
    assert run("Omar Reyes -- a lawyer -- objected.") == {}


def test_appointment_verbs_and_dates_after_a_title() -> None:
    got = run(
        "Lia Moss, who was named ambassador to Chile in 2010, agreed. "
        "Omar Reyes was elected prime minister in 2012. "
        "Ben Cole, co-chairman of the panel, objected."
    )
    assert got["Lia Moss"] == ("ambassador to Chile",)
    assert got["Omar Reyes"] == ("prime minister",)
    assert got["Ben Cole"] == ("co-chairman of the panel",)
    # a date or place after the complement is no title, a battalion number is
    assert run("Carl Ames, commander of the 2nd Battalion, said so.") == {
        "Carl Ames": ("commander of the 2nd Battalion",)
    }
    assert run("Omar Reyes was named in the lawsuit.") == {}


def test_a_title_never_ends_on_a_preposition_before_a_name() -> None:
    # "... of Inquiry for": the capitalised words after it name no person
    got = run("Ann Rowe, the commissioner of the Commission of Inquiry for Syria, said so.")
    assert got == {"Ann Rowe": ("commissioner of the Commission of Inquiry for Syria",)}
    got = run("A spokesman for the Relief and Works Agency for Palestine Refugees said so.")
    assert got == {}
    assert run("A police officer in the death of Eric Garner was not charged.") == {}


def test_plural_titles_cover_the_list_after_them() -> None:
    got = run(
        "Former Presidents Bush and Clinton met in Houston. "
        "Councilmen Tom Price and Joe Ruiz agreed."
    )
    assert got == {
        "Bush": ("Former Presidents",),
        "Clinton": ("Former Presidents",),
        "Tom Price": ("Councilmen",),
        "Joe Ruiz": ("Councilmen",),
    }
    # a plural names nobody in the next sentence, links no chain, takes no comma name
    assert run("The party's leaders said no. Carl Ames said so.") == {}
    got = run("They met family members, spokesman Omar Hadi told CNN.")
    assert got == {"Omar Hadi": ("spokesman",)}
    assert run("He advised one of the new owners, Nils Berg.") == {}


def test_a_title_inside_a_complement_keeps_its_own_name() -> None:
    got = run(
        "Don Stewart, spokesman for Senate Majority Leader Harry Reid, said so. "
        "Ivan Sokol, an adviser to President Putin, agreed."
    )
    assert got["Don Stewart"] == ("spokesman for Senate Majority Leader",)
    assert got["Harry Reid"] == ("Senate Majority Leader",)
    assert got["Ivan Sokol"] == ("adviser to President",)
    assert got["Putin"] == ("President",)
    # a possessive after the name makes it part of an organisation's name
    got = run("Omar Reyes, chairman of President Karzai's High Council for Peace, spoke.")
    assert got == {"Omar Reyes": ("chairman of President Karzai's High Council for Peace",)}


def test_a_reporting_verb_right_after_the_apposition_of_a_full_name() -> None:
    got = run("Karim Nadi, the police chief of Wardak told CNN of the attack.")
    assert got == {"Karim Nadi": ("police chief of Wardak",)}
    # "..., a spokesman for ... said" reports the sentence, it describes nobody before it
    assert run("Carl Ames met Prime Minister Omar Hadi's envoy, a spokesman said.") == {
        "Omar Hadi": ("Prime Minister",)
    }
    assert run("He spoke with Omar Hadi, a senior State Department official said.") == {}


def test_party_word_after_a_chamber_and_region_before_a_head() -> None:
    got = run(
        "They wrote to House Democratic Leader Ann Ray. Republican Sen. Tim Ford replied. "
        '"No," said Joe Stark, deputy Middle East director at Human Rights Watch.'
    )
    assert got["Ann Ray"] == ("House Democratic Leader",)
    assert got["Tim Ford"] == ("Sen.",)  # a party word alone stays out of the title
    assert got["Joe Stark"] == ("deputy Middle East director at Human Rights Watch",)
    # a name after "deputy" is no region
    assert run("Ann Ray, deputy John Smith's aide, said so.").get("Ann Ray") is None


def test_korean_family_names_that_are_english_words() -> None:
    got = run("South Korean President Park Geun-hye met Moon Jae-in, the opposition leader.")
    assert got == {
        "Park Geun-hye": ("South Korean President",),
        "Moon Jae-in": ("opposition leader",),
    }
    # the English word stays no name: "Park" before an ordinary capitalised word
    assert run("Central Park Conservancy President Ann Ray spoke.") == {
        "Ann Ray": ("Central Park Conservancy President",)
    }


def test_verb_of_leading_after_a_noun_phrase_or_before_an_institution_noun() -> None:
    got = run(
        "Ann Ray, a Democrat who chairs the Senate ethics subcommittee, spoke. "
        "Tim Ford, who runs the company, agreed."
    )
    assert got["Ann Ray"] == ("chairs the Senate ethics subcommittee",)
    assert got["Tim Ford"] == ("runs the company",)
    # no institution after the verb; a relative is no post holder by that clause
    assert run("Tim Ford, who runs the risk of losing, agreed.") == {}
    assert run("Tim Ford, the son who runs the Acme Group, agreed.") == {}


def test_a_surname_after_a_capitalised_head_is_a_short_reference() -> None:
    got = run("Darrell Ivey spoke on Monday. Later, Chairman Ivey said the hearing was over.")
    assert got == {"Darrell Ivey": ("Chairman",)}
    # without the full name elsewhere it names nobody; a lower-case head takes no surname
    assert run("Later, Chairman Ivey said the hearing was over.") == {}
    assert run("Jay Corey spoke. Later, spokesman Corey said so.") == {}


def test_a_surname_opening_with_a_particle_after_a_title() -> None:
    got = run("Bashar al-Hadi spoke. Syrian President al-Hadi said so.")
    assert got == {"Bashar al-Hadi": ("Syrian President",)}
    assert run("Syrian President al-Hadi") == {"al-Hadi": ("Syrian President",)}
    # without a title before it a lower-case particle word starts no name
    assert run("Bashar al-Hadi spoke. Then al-Hadi, 61, left.") == {}


def test_participles_of_office_modify_a_head() -> None:
    got = run(
        "Omar Hadi, Egypt's first democratically elected president, spoke. "
        "Carl Ames, the ousted leader, was elected president in June 2012."
    )
    assert got["Omar Hadi"] == ("Egypt's first democratically elected president",)
    assert got["Carl Ames"] == ("ousted leader", "president")
    # an ordinary -ed or -ly word is no modifier of a post
    assert run("Carl Ames, the widely criticized president, spoke.") == {}


def test_second_complement_and_a_possessive_before_the_name() -> None:
    got = run(
        "Fred Sainz, vice president of communications at the Human Rights Campaign, "
        "said so. The new head of the International Monetary Fund, France's Anne Lagar, "
        "agreed."
    )
    assert got["Fred Sainz"] == ("vice president of communications at the Human Rights Campaign",)
    assert got["Anne Lagar"] == ("new head of the International Monetary Fund",)
    # a lower-case second phrase is no organisation; a possessive without a name stays
    assert run("Fred Sainz, vice president of communications at home, said so.") == {
        "Fred Sainz": ("vice president of communications",)
    }


def test_tenure_as_a_title_and_dictators() -> None:
    got = run(
        "Ravi Menon resigned. Menon's stint as Delhi's chief minister lasted 49 days. "
        "Luis Ortega, the former dictator, was freed."
    )
    assert got["Ravi Menon"] == ("Delhi's chief minister",)
    assert got["Luis Ortega"] == ("former dictator",)
    # a time as something that is no post; a sentence-initial "Upon" starts no name
    assert run("Ravi Menon's time as a student ended.") == {}
    assert run("Upon Menon's election as president, he spoke.") == {}


def test_title_words_that_are_given_or_family_names() -> None:
    got = run(
        "The team was led by envoy Robert King. Sen. Dean Holt of Nevada agreed. "
        "Harvard Dean Martha Minh spoke."
    )
    assert got == {
        "Robert King": ("envoy",),
        "Dean Holt": ("Sen.",),
        "Martha Minh": ("Harvard Dean",),
    }
    # a given name that is a title word gives no title to its own family name
    assert run("Dean Obeid wrote. Dean Obeid said so.") == {}
    assert run("Saudi King Fahd spoke.") == {"Fahd": ("Saudi King",)}


def test_possessive_determiners_named_and_then() -> None:
    got = run(
        "Acme and its chief executive officer, Bill Amos, agreed. "
        "Prosecutors sought a small-town mayor named Jose Ruiz Abarca. "
        "Gary Samm, then the council's senior director, said so. "
        "Marco Ruiz, a former Florida state representative, won."
    )
    assert got["Bill Amos"] == ("chief executive officer",)
    assert got["Jose Ruiz Abarca"] == ("small-town mayor",)
    assert got["Gary Samm"] == ("council's senior director",)
    assert got["Marco Ruiz"] == ("former Florida state representative",)
    # "named" after a verb, not after "a <title>": the mayor appoints, is not the name
    # (the post after "as" is the appointed person's); a relative's post is not hers
    assert run("The mayor named Jose Ruiz Abarca as chief.") == {"Jose Ruiz Abarca": ("chief",)}
    assert run("Acme and its founder's wife, Ann Amos, agreed.") == {}


def test_family_names_that_are_common_words_and_degrees_before_apposition() -> None:
    got = run(
        "Boston Mayor Kevin White spoke. Rep. Dave Camp of Michigan agreed. "
        '"It works," said Arthur Caplin, Ph.D., the chair of the ethics board. '
        "Cathy Ashford, high representative of the EU for foreign affairs, agreed."
    )
    assert got["Kevin White"] == ("Boston Mayor",)
    assert got["Dave Camp"] == ("Rep.",)
    assert got["Arthur Caplin"] == ("chair of the ethics board",)
    assert got["Cathy Ashford"] == ("high representative of the EU for foreign affairs",)
    # an institution or a weekday after a given name is no family name
    assert "Abdullah University" not in run("King Abdullah University President Jean Lou spoke.")
    assert run("Iraqi Vice President Tariq Hussein Monday said so.") == {
        "Tariq Hussein": ("Iraqi Vice President",)
    }


def test_elect_forms_of_every_head() -> None:
    got = run("Mayor-elect Ann Ray spoke. Tim Ford, the governor-elect, agreed.")
    assert got == {"Ann Ray": ("Mayor-elect",), "Tim Ford": ("governor-elect",)}
    assert run("Tim Ford, the candidate-elect, agreed.") == {}


def test_abbreviated_titles_elect() -> None:
    got = run("New Jersey Gov.-elect Chris Crane spoke. Sen.-elect Ann Ray agreed.")
    assert got == {"Chris Crane": ("New Jersey Gov.-elect",), "Ann Ray": ("Sen.-elect",)}
    assert run("The Gov.-elect party went on.") == {}


def test_portfolio_complement_stops_at_a_full_name() -> None:
    got = run(
        "Secretary of Labor Odila Varnes spoke. Minister of Human Rights Tamsa Orrell "
        "agreed. Secretary of Governance Ruperto Salas Mont left."
    )
    assert got["Odila Varnes"] == ("Secretary of Labor",)
    assert got["Tamsa Orrell"] == ("Minister of Human Rights",)
    assert got["Ruperto Salas Mont"] == ("Secretary of Governance",)
    # a lower-case head: the capitalised words are its organisation, not a name
    assert run("He became the head of the Boston Grey Hawks in May.") == {}


def test_organisation_possessives_stay_with_the_post() -> None:
    got = run(
        "The ministry's spokesman Tae Ho-rim spoke. Lena Voss, a spokeswoman for Maria "
        "Okonjo's campaign, agreed."
    )
    assert got["Tae Ho-rim"] == ("ministry's spokesman",)
    assert got["Lena Voss"] == ("spokeswoman for Maria Okonjo's campaign",)
    # a relation's possessive is no organisation; a name not followed by 's is a person
    assert run("The mother's spokesman Tae Ho-rim spoke.") == {"Tae Ho-rim": ("spokesman",)}
    assert run("An adviser to Maria Okonjo said so.") == {}


def test_outer_title_names_the_person_after_an_inner_official() -> None:
    got = run("A spokesman for Chancellor Ina Marek, Tobias Renz, said the talks failed.")
    assert got == {
        "Ina Marek": ("Chancellor",),
        "Tobias Renz": ("spokesman for Chancellor Ina Marek",),
    }
    # a list after the inner official names no one for the outer title
    got = run("A spokesman for Chancellor Ina Marek, Tobias Renz and Ola Berg met.")
    assert got == {"Ina Marek": ("Chancellor",)}


def test_a_post_then_a_rank_written_in_full_are_two_titles() -> None:
    got = run(
        "Mission Force Commander Major-General Luca Porta spoke. Supreme Leader Ayatollah "
        "Reza Tavani agreed. Attorney General Ann Ray and Prosecutor General Ivan Lisov left."
    )
    assert got["Luca Porta"] == ("Mission Force Commander", "Major-General")
    assert got["Reza Tavani"] == ("Supreme Leader", "Ayatollah")
    # "General" that completes a post is no rank
    assert got["Ann Ray"] == ("Attorney General",)
    assert got["Ivan Lisov"] == ("Prosecutor General",)


def test_and_before_a_capitalised_post_splits_the_chain() -> None:
    got = run("Mission Head of Mission and Force Commander Luca Porta spoke.")
    assert got["Luca Porta"] == ("Mission Head of Mission", "Force Commander")
    # a portfolio joined by "and" stays one title
    got = run("Secretary of Health and Human Services Kara Selby spoke.")
    assert got["Kara Selby"] == ("Secretary of Health and Human Services",)
    # a post word inside an organisation's name, no holder after it
    got = run("Ian Rook, director of the Center for Peace and Social Justice at Orton, spoke.")
    assert got["Ian Rook"] == ("director of the Center for Peace and Social Justice at Orton",)


def test_a_month_after_a_date_word_is_no_one_word_name() -> None:
    got = run("Last May, U.N. Secretary General for Peace and Relief Coordinator Vera Amon spoke.")
    assert got["Vera Amon"] == ("U.N. Secretary General for Peace", "Relief Coordinator")
    got = run("May, the prime minister, spoke. Tess May agreed.")
    assert got == {"Tess May": ("prime minister",)}


def test_an_acronym_is_no_one_word_name_before_an_apposition() -> None:
    got = run(
        "Crowds came from the PDRX, Deputy Prime Minister and Trade Minister Suri Tovan said."
    )
    assert got == {"Suri Tovan": ("Deputy Prime Minister", "Trade Minister")}
    # a one-word name in mixed case still takes it when named in full
    got = run("Then came Tovan, Deputy Prime Minister, to the hall. Suri Tovan spoke.")
    assert got == {"Suri Tovan": ("Deputy Prime Minister",)}


def test_appointed_as_gives_the_title_to_the_appointed() -> None:
    got = run(
        "The president named Omar Hadi Gulen as the new prime minister. The nomination "
        "of Lora Linch as attorney general stalled."
    )
    assert got == {"Omar Hadi Gulen": ("new prime minister",), "Lora Linch": ("attorney general",)}
    # no verb of appointment, or no post after "as"
    assert run("He saw Omar Hadi Gulen as the new prime minister.") == {}
    assert run("They named Omar Hadi Gulen as one of the founders.") == {}


def test_a_plural_title_covers_a_list_after_a_dash_or_like() -> None:
    got = run("Two senators -- Democrats Carl Shum of Ohio and Ben Card of Iowa -- returned.")
    assert got == {"Carl Shum": ("senators",), "Ben Card": ("senators",)}
    got = run("Governors including Ann Lowe and Tim Rudd came.")
    assert got == {"Ann Lowe": ("Governors",), "Tim Rudd": ("Governors",)}
    # an aside between dashes, a pronoun after "like"
    assert run("The senators - Ann Lowe said - were right.") == {}
    assert run("Governors like him came.") == {}


def test_a_title_then_and_a_descriptor_before_a_full_name() -> None:
    got = run("It was run by former Klan leader and Neo-Nazi David Dunn in 2002.")
    assert got == {"David Dunn": ("former Klan leader",)}
    assert run("The former governor and businessman Mitt Rand spoke.") == {
        "Mitt Rand": ("former governor",)
    }
    # a determiner or possessive: another person; no descriptor: a second person
    assert run("The governor and his wife Ann Rand spoke.") == {}
    assert run("The senator and Mary Rand spoke.") == {}


def test_a_full_name_between_commas_then_the_copula() -> None:
    got = run("Her husband, Nestor Kirch, was president from 2003 to 2007.")
    assert got == {"Nestor Kirch": ("president",)}
    # a one-word name after a preposition is no apposition to the subject
    assert run("The UK, critical of Mugabo, was a chief supporter.") == {}


def test_the_rev_between_a_title_and_its_name() -> None:
    got = run('"We adapt," Vatican deputy spokesman the Rev. Tomas Rosko told reporters.')
    assert got == {"Tomas Rosko": ("Vatican deputy spokesman",)}
    # after a comma "the Rev. X" is another person, often the one who speaks
    got = run("He resigned as the church's leader, the Rev. Tomas Rosko said.")
    assert got == {}


def test_given_names_that_are_common_words_after_a_title() -> None:
    got = run("German President Christian Wulk resigned. Mayor Jesus Lara Ruiz was shot.")
    assert got == {"Christian Wulk": ("German President",), "Jesus Lara Ruiz": ("Mayor",)}
    # before an institution word, or with no title before it, no name
    assert run("Party leader Christian Democrats spoke.") == {}
    assert run("Christian Wulk spoke.") == {}


def test_a_quoted_nickname_inside_a_name_is_left_out() -> None:
    got = run_all('Uruguay President Jose "Pepe" Mujol spoke. Later Jose "Pepe" Mujol left.')
    assert [(o.name, o.titles) for o in got] == [("Jose Mujol", ("Uruguay President",))]
    # a quoted word that is no nickname between two names' words
    assert run('President Ann "Yes" said Lee.') != {"Ann Lee": ("President",)}
    assert run('He said "Yes" Monday.') == {}


def test_an_official_named_inside_a_skipped_apposition() -> None:
    got = run(
        "Liz Lane, the daughter of former Vice President Dick Lane and a former State "
        "Department official, accused the president."
    )
    assert got["Dick Lane"] == ("former Vice President",)
    assert got["Liz Lane"] == ("former State Department official",)
    # a relation alone is no title
    assert run("Ann Lane, the wife of Tom Lane and a lawyer, spoke.") == {}


def test_a_copula_after_an_age_or_an_aside_between_commas() -> None:
    assert run("Xi Ming, 59, became Vice President in 2008.") == {"Xi Ming": ("Vice President",)}
    got = run("Xi Ming, a contemporary of Deng Hao, had served as governor of Hubei province.")
    assert got == {"Xi Ming": ("governor of Hubei province",)}
    # an aside with a verb, or no copula after it: nothing
    assert run("Xi Ming, a friend of Deng Hao, praised the governor of Hubei.") == {}


def test_participle_compounds_modify_a_head_but_not_a_noun() -> None:
    got = run("An aide to Denis Pushkin, the self-declared mayor of Donetsk, was killed.")
    assert got == {"Denis Pushkin": ("self-declared mayor of Donetsk",)}
    got = run("It was said by the left-wing activist and former lawmaker Sue Brad on Monday.")
    assert got == {"Sue Brad": ("former lawmaker",)}


def test_a_determiner_opens_a_title_with_a_persons_name_in_it() -> None:
    got = run("The paper paid politicians, including a former Tony Blair spokesman, Alan Camp.")
    assert got == {"Alan Camp": ("former Tony Blair spokesman",)}
    # no determiner: the comma ends the title, the name after it is someone else's
    assert run("The paper paid politicians, including Tony Blair spokesman, Alan Camp.") == {}


def test_a_profession_then_and_then_a_title_in_apposition() -> None:
    got = run('"It grew," says James McGrew, author and chairman of the consultancy APCO.')
    assert got == {"James McGrew": ("chairman of the consultancy APCO",)}
    got = run(
        "It is apolitical, said Ken Pruitt, a professor at the School of International and "
        "Public Affairs and the former director of the Census Bureau."
    )
    assert got == {"Ken Pruitt": ("former director of the Census Bureau",)}
    # a participle clause after the comma is not an apposition
    got = run("They sued its chairman Erik Prance, accusing the firm and its former CEO of fraud.")
    assert got == {"Erik Prance": ("chairman",)}


def test_an_infinitive_after_a_head_is_no_complement() -> None:
    got = run("Joe Bidden became the highest-ranking administration official to apologize.")
    assert got == {"Joe Bidden": ("highest-ranking administration official",)}
    got = run("Sami al-Askar, an adviser to al-Malik, said so.")
    assert got == {"Sami al-Askar": ("adviser to al-Malik",)}


def test_a_title_that_a_longer_one_only_qualifies_is_dropped() -> None:
    text = "Zimbabwe President Robert Mugabo spoke. Later President Robert Mugabo left."
    assert run(text) == {"Robert Mugabo": ("Zimbabwe President",)}
    # a premodifier or a head in front changes the post: both are kept
    text = "Vice President Joe Bidden spoke. In 2021 President Joe Bidden signed it."
    assert run(text) == {"Joe Bidden": ("Vice President", "President")}
    # a qualifier ("Former") or an abbreviation ("Sen.") names the same post: listed once
    text = "Former President Jim Carver spoke. President Jim Carver signed it in 1978."
    assert run(text) == {"Jim Carver": ("Former President",)}
    text = "Senator Joe Liebman spoke. Sen. Joe Liebman and Secretary of State Ann Lee left."
    assert run(text) == {"Joe Liebman": ("Senator",), "Ann Lee": ("Secretary of State",)}
    text = "Secretary of State Ann Lee spoke. Later Secretary Ann Lee left."
    assert run(text) == {"Ann Lee": ("Secretary of State",)}
    # another post: kept
    text = "Prime Minister Ann Lee spoke. In 2001 Minister Ann Lee had left."
    assert run(text) == {"Ann Lee": ("Prime Minister", "Minister")}


def test_a_preposition_opening_the_sentence_is_no_modifier() -> None:
    got = run("Unlike President Tom Ruiz, we voted no.")
    assert got == {"Tom Ruiz": ("President",)}


def test_a_surname_shared_by_two_goes_to_the_one_holding_its_post() -> None:
    text = (
        "Secretary of State Hillary Rodman spoke on Monday. Former President Bill Rodman "
        "listened. Hillary Rodman met donors. Later President Rodman left the hall."
    )
    got = run(text)
    assert got["Bill Rodman"] == ("Former President",)  # "President" is the same post
    assert got["Hillary Rodman"] == ("Secretary of State",)


def test_a_generational_suffix_names_another_person() -> None:
    text = (
        "Rep. Jesse Jackman Jr. resigned on Monday. His father, former Mayor Jesse "
        "Jackman, said he was sad. Then-Sen. Barry Oban visited in 2006."
    )
    got = run(text)
    assert got["Jesse Jackman Jr."] == ("Rep.",)
    assert got["Jesse Jackman"] == ("former Mayor",)
    assert got["Barry Oban"] == ("Then-Sen.",)


def test_of_and_and_inside_a_capitalised_name_before_an_apposed_head() -> None:
    got = run(
        "It is legal, said Mike Myles, the California Department of Transportation's "
        "director for Ventura County, on Monday."
    )
    assert got == {
        "Mike Myles": ("California Department of Transportation's director for Ventura County",)
    }
    got = run(
        "They are attempts, said Jon Dalhus, Europe and Central Asia deputy director of Amnesty."
    )
    assert got == {"Jon Dalhus": ("Europe and Central Asia deputy director of Amnesty",)}
    # lower-case words joined by "and" are no capitalised name
    assert run("It is legal, said Mike Myles, of farms and roads director fame.") == {}


def test_name_particles_and_honour_words_inside_and_before_names() -> None:
    got = run('"No comment," said Coal Minister Sri Prakash Jaiswar. Chief Osama Al Asfor spoke.')
    assert got == {"Sri Prakash Jaiswar": ("Coal Minister",), "Osama Al Asfor": ("Chief",)}
    # an organisation after a title is no name; a long word is no honour word
    assert run("He met Prime Minister Sri Lanka officials.") == {}
    assert run("Chief National Correspondent John King reported.") == {}
    got = run("It was claimed by Al Qaeda leader Ayman Zawari.")
    assert got == {"Ayman Zawari": ("Al Qaeda leader",)}


def test_a_plural_title_then_a_comma_and_a_closed_list_of_names() -> None:
    got = run("The group's top leaders, Osman Laden and Ayman Zawari, remain at large.")
    assert got == {"Osman Laden": ("top leaders",), "Ayman Zawari": ("top leaders",)}
    # one name after the comma is one of many, not the whole group
    assert run("One of the new owners, Ann Leeds, spoke.") == {}


def test_a_time_phrase_between_a_name_and_its_copula() -> None:
    got = run("Ann Leeds on Thursday became the first U.S. secretary of state to visit Dili.")
    assert got == {"Ann Leeds": ("first U.S. secretary of state",)}
    assert run("Ann Leeds in 2008 became governor of Ohio.") == {"Ann Leeds": ("governor of Ohio",)}
    # another verb after the time phrase: the title is someone else's
    assert run("Ann Leeds on Monday met the governor of Ohio.") == {}


def test_a_numeric_ordinal_modifies_a_head() -> None:
    got = run("Ulysses Grand, the 18th president of the United States, was born in Ohio.")
    assert got == {"Ulysses Grand": ("18th president of the United States",)}
    assert run("He won 18th place, Ann Lee said.") == {}


def test_a_one_word_name_installed_as_a_post_joins_the_full_name() -> None:
    text = "Roberto Michel spoke. After the coup, they voted to install Michel as interim chief."
    assert run(text) == {"Roberto Michel": ("interim chief",)}
    # no full name elsewhere: a surname alone is nobody
    assert run("After the coup, the body voted to install Michel as interim president.") == {}


def test_a_past_form_after_a_plural_noun_is_a_verb_not_a_premodifier() -> None:
    got = run("Party leaders elected serving interior minister Ali Larayed on Friday.")
    assert got == {"Ali Larayed": ("serving interior minister",)}
    got = run("Authorities arrested retired general Hursit Tolan on Tuesday.")
    assert got == {"Hursit Tolan": ("retired general",)}


def test_who_serves_as_after_an_apposed_title() -> None:
    got = run(
        "Wang Qisan, 64, the former Beijing mayor who currently serves as the Vice-Premier, spoke."
    )
    assert got == {"Wang Qisan": ("former Beijing mayor", "Vice-Premier")}
    got = run("Ann Leeds, the former mayor who is a friend of Bo Han, spoke.")
    assert got == {"Ann Leeds": ("former mayor",)}


def test_a_pronoun_and_a_copula_give_a_title_to_the_one_person_named_before() -> None:
    text = "Darla Moor gave money to the school. She is also chairwoman of the Palmetto Institute."
    assert run(text) == {"Darla Moor": ("chairwoman of the Palmetto Institute",)}
    # two people named before: nobody
    assert run("Ann Leeds met Bo Hanson in Paris. He is also chairman of the Lions Club.") == {}


def test_a_post_written_with_fewer_qualifiers_and_a_record_are_dropped() -> None:
    text = "Acting IRS Commissioner Steve Mills spoke. Later acting Commissioner Steve Mills left."
    assert run(text) == {"Steve Mills": ("Acting IRS Commissioner",)}
    text = "Gen. Ben Davies led the unit. Gen. Ben Davies was the first black general in the war."
    assert run(text) == {"Ben Davies": ("Gen.",)}
    # a record that is the person's only title stays; an elected post is no record
    assert run("Ben Davies was the first black general in the war.") == {
        "Ben Davies": ("first black general in the war",)
    }
    got = run("Mohamed Nashid was the first democratically elected president of the islands.")
    assert got == {"Mohamed Nashid": ("first democratically elected president of the islands",)}


def test_a_regnal_name_joins_only_a_monarch() -> None:
    text = "Saudi King Abdulla pardoned her. Justice Minister Abdulla Bin Mohamad spoke."
    assert run(text) == {"Abdulla": ("Saudi King",), "Abdulla Bin Mohamad": ("Justice Minister",)}
    text = "King Abdulla spoke on Monday. King Abdulla bin Aziz ruled for years."
    assert run(text) == {"Abdulla bin Aziz": ("King",)}


def test_one_name_spelt_two_ways_is_one_person() -> None:
    text = "President Sharif Sheik Ahmad spoke. Later President Sharif Sheikh Ahmad left."
    assert run(text) == {"Sharif Sheik Ahmad": ("President",)}
    # initials differ by one letter too: two people
    text = "President George H. Busch spoke. Later President George W. Busch left."
    assert run(text) == {"George H. Busch": ("President",), "George W. Busch": ("President",)}


def test_a_capitalised_plural_before_a_head_and_a_clause_opener_before_a_name() -> None:
    got = run(
        "It is good news, said the Rev. Juan Molano, the Conference of Catholic Bishops "
        "associate director for Latin America."
    )
    assert got == {
        "Juan Molano": ("Conference of Catholic Bishops associate director for Latin America",)
    }
    got = run("(CNN) -- Should Ulysses S. Granton, the 18th president of the nation, be bumped?")
    assert got == {"Ulysses S. Granton": ("18th president of the nation",)}


def test_a_title_word_before_a_patronymic_is_a_given_name() -> None:
    got = run("King Abdulla and Crown Prince Sultan bin Abdul Azeez have been involved.")
    assert got["Sultan bin Abdul Azeez"] == ("Crown Prince",)
    assert run("The Sultan of Brunei spoke.") == {}


def test_a_title_prefix_stays_with_the_title() -> None:
    assert run("He met Ex-President Tom Ruiz.") == {"Tom Ruiz": ("Ex-President",)}
    assert run("Then-Sen. Barry Oban visited.") == {"Barry Oban": ("Then-Sen.",)}


def test_a_surname_after_a_sentence_opening_function_word_is_a_mention() -> None:
    """In "When Ward spoke" "When" is capitalised by its place only; "Bill Ward" is a given
    name and a surname, another person, so "Ward" there is not the senator's."""
    text = (
        "Sen. Nora Ward spoke on Monday. When Ward left, reporters followed. "
        "In Ward's speech the budget came first. Bill Ward, her cousin, stayed home."
    )
    [ward] = [o for o in run_all(text) if o.name == "Nora Ward"]
    assert ward.mentions == 3
