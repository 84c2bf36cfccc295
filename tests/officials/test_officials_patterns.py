"""tomtat.officials end to end: pattern families, the seed, negatives and a data floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from tomtat import officials, segment
from tomtat.models import Document, Official, Sentence, SentenceKind

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_c74147841ab369b7.txt"


def run(text: str, lang: str) -> tuple[Official, ...]:
    return officials.extract(
        segment.split(text, lang, title="Tiêu đề" if lang == "vi" else "Title")
    )


def by_name(found: tuple[Official, ...]) -> dict[str, Official]:
    return {o.name: o for o in found}


# ------------------------------------------------------------------ the seed


@pytest.mark.skipif(not SEED.exists(), reason="seed article not in checkout")
def test_seed_exact() -> None:
    doc = segment.split(SEED.read_text(encoding="utf-8"), "vi")
    found = officials.extract(doc)
    assert [(o.name, o.titles, o.mentions) for o in found] == [
        (
            "Lại Thế Nguyên",
            (
                "Phó Bí thư Thường trực Tỉnh ủy",
                "Trưởng đoàn ĐBQH tỉnh",
                "Trưởng Ban Chỉ đạo 35 cấp tỉnh",
            ),
            8,
        ),
        (
            "Đào Xuân Yên",
            (
                "Ủy viên Ban Thường vụ",
                "Trưởng Ban Tuyên giáo Tỉnh ủy",
                "Phó trưởng Ban Chỉ đạo 35 cấp tỉnh",
            ),
            3,
        ),
        ("Nguyễn Việt Ba", ("Tổng Biên tập Báo Thanh Hóa",), 1),
    ]
    assert all(o.name != "Quốc Hương" for o in found)
    first = {o.name: o.first_sentence for o in found}
    assert doc.sentences[first["Lại Thế Nguyên"]].text.startswith("Đồng chí Lại Thế Nguyên")
    assert "Nguyễn Việt Ba" in doc.sentences[first["Nguyễn Việt Ba"]].text


# ------------------------------------------------------------ Vietnamese patterns


def test_vi_apposition_chain_and_honorific() -> None:
    found = run(
        "Đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Quảng Ngãi chủ trì hội nghị.",
        "vi",
    )
    assert [(o.name, o.titles) for o in found] == [
        ("Lê Văn An", ("Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh Quảng Ngãi"))
    ]


def test_vi_bare_apposition_and_kiem() -> None:
    found = run("Lê Văn An, Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện, cho biết sẽ kiểm tra.", "vi")
    assert found[0].name == "Lê Văn An"
    assert found[0].titles == ("Bí thư Huyện ủy", "Chủ tịch HĐND huyện")


def test_vi_title_before_name_mid_sentence() -> None:
    found = run(
        "Về nhiệm vụ, đồng chí Phó Bí thư Thường trực Tỉnh ủy Lại Thế Nguyên đề nghị các cấp "
        "tiếp tục. Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến cũng phát biểu.",
        "vi",
    )
    got = by_name(found)
    assert got["Lại Thế Nguyên"].titles == ("Phó Bí thư Thường trực Tỉnh ủy",)
    assert got["Nguyễn Thị Kim Tiến"].titles == ("Bộ trưởng Bộ Y tế",)
    assert got["Nguyễn Thị Kim Tiến"].first_sentence == 1


def test_vi_tone_placement_insensitive() -> None:
    found = run("Ông Trần Văn Bình, Phó Bí thư Tỉnh uỷ, phát biểu.", "vi")
    assert found[0].titles == ("Phó Bí thư Tỉnh uỷ",)  # written form kept


def test_vi_former_position_and_place() -> None:
    found = run(
        "Ông Cầm Ngọc Minh, nguyên Chủ tịch UBND tỉnh, và Chủ tịch UBND xã Song Lãng "
        "Đào Mạnh Hùng có mặt.",
        "vi",
    )
    got = by_name(found)
    assert got["Cầm Ngọc Minh"].titles == ("nguyên Chủ tịch UBND tỉnh",)
    assert got["Đào Mạnh Hùng"].titles == ("Chủ tịch UBND xã Song Lãng",)


def test_vi_foreign_officials_and_aliases() -> None:
    found = run(
        "Tổng thống Mỹ Donald Trump gặp Thủ tướng Israel Benjamin Netanyahu. "
        "Ông Trump nói rằng Netanyahu là bạn. Trump cũng cảm ơn ông Netanyahu.",
        "vi",
    )
    got = by_name(found)
    assert got["Donald Trump"].titles == ("Tổng thống Mỹ",)
    assert got["Donald Trump"].aliases == ("Trump",)
    assert got["Donald Trump"].mentions == 3
    assert got["Benjamin Netanyahu"].titles == ("Thủ tướng Israel",)
    assert got["Benjamin Netanyahu"].mentions == 3


def test_vi_short_reference_merged() -> None:
    found = run(
        "Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung cho biết sẽ xử lý. Theo ông Chung, việc này "
        "cần làm ngay. Chủ tịch Chung yêu cầu báo cáo.",
        "vi",
    )
    assert len(found) == 1
    o = found[0]
    assert o.name == "Nguyễn Đức Chung"
    assert o.titles == ("Chủ tịch UBND TP Hà Nội",)
    assert o.aliases == ("Chung",)
    assert o.mentions == 3


def test_vi_ranking_by_mentions_then_first_appearance() -> None:
    found = run(
        "Bí thư Tỉnh ủy Hoàng Văn Chất dự họp. Giám đốc Sở Tài chính Đinh Cẩm Vân báo cáo. "
        "Ông Vân đề nghị tăng vốn.",
        "vi",
    )
    assert [o.name for o in found] == ["Đinh Cẩm Vân", "Hoàng Văn Chất"]


def test_vi_title_chain_before_name() -> None:
    found = run(
        "Phát biểu tại hội nghị, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh nêu rõ.", "vi"
    )
    assert [(o.name, o.titles) for o in found] == [
        ("Phạm Bình Minh", ("Phó Thủ tướng", "Bộ trưởng Ngoại giao"))
    ]


def test_vi_copula_and_organisation_name() -> None:
    found = run(
        "Thủ tướng Nguyễn Xuân Phúc làm Trưởng ban Chỉ đạo. "
        "Ông Nguyễn Văn Bình là Giám đốc Bệnh viện Bạch Mai.",
        "vi",
    )
    got = by_name(found)
    assert got["Nguyễn Xuân Phúc"].titles == ("Thủ tướng", "Trưởng ban Chỉ đạo")
    assert got["Nguyễn Văn Bình"].titles == ("Giám đốc Bệnh viện Bạch Mai",)  # not "Bạch Mai"


def test_vi_negatives_profession_unnamed_degree() -> None:
    found = run(
        "Bác sĩ Nguyễn Văn Hải cho biết bệnh nhân đã ổn. Đại diện Công an tỉnh phát biểu. "
        "Luật sư Trần Thị Lan bảo vệ bị cáo. Chủ tịch UBND tỉnh đã chỉ đạo khắc phục.",
        "vi",
    )
    assert found == ()
    plural = run("Kỳ họp sẽ bầu 2 Phó Chủ tịch UBND TP, ông Phong thông tin rằng.", "vi")
    assert plural == ()


def test_vi_degree_is_not_part_of_name() -> None:
    found = run("GS.TS Phạm Văn Thuận, Giám đốc Bệnh viện K, cho biết.", "vi")
    assert found[0].name == "Phạm Văn Thuận"
    assert found[0].titles == ("Giám đốc Bệnh viện K",)


def test_byline_never_official() -> None:
    doc = Document(
        lang="vi",
        title=None,
        sentences=(
            Sentence(0, "Ông Lê Văn An, Chủ tịch UBND xã, phát biểu.", 0),
            Sentence(1, "Chủ tịch UBND huyện Trần Quốc Hương", 1, SentenceKind.BYLINE),
        ),
    )
    assert [o.name for o in officials.extract(doc)] == ["Lê Văn An"]


def test_empty_and_no_officials_is_cheap() -> None:
    assert officials.extract(Document("vi", None, ())) == ()
    assert run("Trời hôm nay nắng đẹp, người dân đi chơi đông.", "vi") == ()
    assert run("The weather was fine and people went out.", "en") == ()


# ---------------------------------------------------------------- English patterns


def test_en_title_before_name_and_alias() -> None:
    found = run(
        "Secretary of State Hillary Clinton met Arizona Gov. Jan Brewer on Monday. "
        "Brewer said the meeting went well. Clinton agreed, and Brewer thanked her.",
        "en",
    )
    got = by_name(found)
    assert got["Jan Brewer"].titles == ("Arizona Gov.",)
    assert got["Jan Brewer"].mentions == 3
    assert got["Hillary Clinton"].titles == ("Secretary of State",)
    assert got["Hillary Clinton"].aliases == ("Clinton",)
    assert found[0].name == "Jan Brewer"


def test_en_short_name_merged_into_full_name() -> None:
    found = run(
        "President Obama spoke on Tuesday. Later, Barack Obama flew to Chicago. Obama slept.",
        "en",
    )
    assert len(found) == 1
    assert found[0].name == "Barack Obama"
    assert found[0].titles == ("President",)
    assert found[0].mentions == 3


def test_en_apposition_and_former() -> None:
    found = run(
        "John Smith, the mayor of Springfield, said the road would reopen. "
        "Former Prime Minister Gordon Brown disagreed. Sen. John McCain, R-Arizona, was absent.",
        "en",
    )
    got = by_name(found)
    assert got["John Smith"].titles == ("mayor of Springfield",)
    assert got["Gordon Brown"].titles == ("Former Prime Minister",)
    assert got["John McCain"].titles == ("Sen.",)


def test_en_honorific_stripped_and_spokesman() -> None:
    found = run(
        "State Department spokeswoman Victoria Nuland said talks continue. "
        "Mrs. Nuland added that Mr. Nuland is her husband's brother.",
        "en",
    )
    assert found[0].name == "Victoria Nuland"
    assert found[0].titles == ("State Department spokeswoman",)


def test_en_plural_title_covers_list_and_definite_apposition() -> None:
    found = run(
        "Negotiations involved Republican Sens. Tom Coburn of Oklahoma and Mike Enzi of Wyoming. "
        "It is an issue that the Afghan President, Ashraf Ghani, has termed a threat.",
        "en",
    )
    got = by_name(found)
    assert got["Tom Coburn"].titles == got["Mike Enzi"].titles == ("Sens.",)
    assert got["Ashraf Ghani"].titles == ("Afghan President",)


def test_en_copula_possessive_and_short_name() -> None:
    found = run(
        "Sink was Florida's chief financial officer. Alex Sink is running again. "
        "Turkey's foreign minister Ahmet Davutoglu called.",
        "en",
    )
    got = by_name(found)
    assert got["Alex Sink"].titles == ("Florida's chief financial officer",)
    assert got["Alex Sink"].mentions == 2
    assert got["Ahmet Davutoglu"].titles == ("Turkey's foreign minister",)


def test_en_reporting_clause_is_not_apposition() -> None:
    found = run(
        "They asked for Mueller, a spokeswoman for the family said. Kayla Mueller was kidnapped.",
        "en",
    )
    assert found == ()


def test_en_negatives() -> None:
    found = run(
        "Dr. Sanjay Gupta, a neurosurgeon, examined the patient. A State Department official "
        "declined to comment. Coach Mike Brown and player LeBron James trained. Lawyer Ann Lee "
        "filed the case.",
        "en",
    )
    assert found == ()


def test_en_title_in_parentheses() -> None:
    found = run("He will work with people like (Sen.) Marco Rubio on the bill.", "en")
    assert [(o.name, o.titles) for o in found] == [("Marco Rubio", ("Sen.",))]


def test_en_plural_title_over_semicolon_list_with_party_state() -> None:
    found = run(
        "The list names Reps. Joe Barton, R-Texas; Gene Green, D-Texas; and John Sullivan, "
        "R-Oklahoma.",
        "en",
    )
    assert {o.name: o.titles for o in found} == {
        "Joe Barton": ("Reps.",),
        "Gene Green": ("Reps.",),
        "John Sullivan": ("Reps.",),
    }


def test_en_title_opening_the_sentence_then_copula() -> None:
    found = run("The commander of the northern front is Masrour Barzani.", "en")
    assert [(o.name, o.titles) for o in found] == [
        ("Masrour Barzani", ("commander of the northern front",))
    ]
    # the title does not open the sentence: no claim about who holds it
    assert run("Asked who leads, Smith said the commander is John Doe.", "en") == ()


def test_en_title_opening_a_clause_then_name_in_next_sentence() -> None:
    found = run(
        "Turkey's foreign minister called for a new initiative on Syria. "
        "In the wake of the vote, Ahmet Davutoglu says countries should act.",
        "en",
    )
    assert [(o.name, o.titles) for o in found] == [
        ("Ahmet Davutoglu", ("Turkey's foreign minister",))
    ]
    # no definite title as a subject: nothing to hand on
    found = run("A minister called for calm. Ahmet Davutoglu says otherwise.", "en")
    assert found == ()


def test_vi_plural_title_over_list_of_names() -> None:
    found = run(
        "Thành phố còn 2 Phó Chủ tịch gồm các ông Lê Thanh Liêm, Trần Vĩnh Tuyến điều hành.",
        "vi",
    )
    assert {o.name: o.titles for o in found} == {
        "Lê Thanh Liêm": ("Phó Chủ tịch",),
        "Trần Vĩnh Tuyến": ("Phó Chủ tịch",),
    }
    found = run("Ông ấy chỉ trích ba nữ nghị sĩ Tlaib, Omar và Pressley.", "vi")
    assert {o.name: o.titles for o in found} == {
        "Tlaib": ("nghị sĩ",),
        "Omar": ("nghị sĩ",),
        "Pressley": ("nghị sĩ",),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a title's place name that runs to the very end of the sentence (IndexError before)
        "Xem thêm: Tranh cãi về cựu binh Mỹ làm chủ tịch Đại học Fulbright Việt Nam",
        "Nguyên PGĐ ĐHQG Hà Nội, Nguyên Giám đốc Sở VHTTDL Hà Nội",
    ],
)
def test_vi_place_name_at_sentence_end_does_not_crash(text: str) -> None:
    found = run(text, "vi")
    assert all(o.name for o in found)
