"""Vietnamese key-officials grammar: one test per rule family, each with a negative case.

Sentences are composed for the tests (modelled on Vietnamese news, not copied from any
article); quality on real news is measured by bench/officials.py, not asserted here.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tomtat import officials, segment
from tomtat.models import Official


def run(text: str) -> dict[str, Official]:
    found = officials.extract(segment.split(text, "vi", title="Tiêu đề"))
    return {o.name: o for o in found}


# ------------------------------------------------------------ heads inventory


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # "<unit> trưởng/phó" compounds: police, army, border guard, schools, health
        (
            "Đồn trưởng Đồn Biên phòng Cửa khẩu Lao Bảo Hồ Văn Tám cho biết.",
            "Hồ Văn Tám",
            "Đồn trưởng Đồn Biên phòng Cửa khẩu Lao Bảo",
        ),
        (
            "Ông Lưu Đức Mạnh, đội trưởng Đội CSGT số 3, cho hay.",
            "Lưu Đức Mạnh",
            "đội trưởng Đội CSGT số 3",
        ),
        (
            "Hiệu phó Trường THCS Lê Lợi Đặng Thị Xuân cho biết học sinh đã được nghỉ.",
            "Đặng Thị Xuân",
            "Hiệu phó Trường THCS Lê Lợi",
        ),
        (
            "Bà Kha Thị Mai, trạm trưởng Trạm y tế xã Tân An, cho biết.",
            "Kha Thị Mai",
            "trạm trưởng Trạm y tế xã Tân An",
        ),
        # ranks below officer, courts, diplomacy, foreign posts, monarchs
        ("Thượng sĩ Lò Văn Páo đã cứu hai em nhỏ.", "Lò Văn Páo", "Thượng sĩ"),
        (
            "Hội thẩm nhân dân Cao Thị Nhàn đọc biên bản.",
            "Cao Thị Nhàn",
            "Hội thẩm nhân dân",
        ),
        (
            "Tùy viên quốc phòng Đỗ Quang Vinh dự lễ đón.",
            "Đỗ Quang Vinh",
            "Tùy viên quốc phòng",
        ),
        (
            "Quốc vụ khanh Bộ Ngoại giao Anh Mark Field thăm Hà Nội.",
            "Mark Field",
            "Quốc vụ khanh Bộ Ngoại giao Anh",
        ),
        (
            "Nhà vua Campuchia Norodom Sihamoni tiếp đoàn.",
            "Norodom Sihamoni",
            "Nhà vua Campuchia",
        ),
        (
            "Ông Trịnh Quang Huy, thành viên HĐQT Công ty Cổ phần Sông Đà, bị miễn nhiệm.",
            "Trịnh Quang Huy",
            "thành viên HĐQT Công ty Cổ phần Sông Đà",
        ),
    ],
)
def test_vi_heads_from_the_institution_inventory(text: str, name: str, title: str) -> None:
    found = run(text)
    assert name in found, found
    assert title in found[name].titles


def test_vi_profession_or_unnamed_post_is_no_official() -> None:
    found = run(
        "Bác sĩ Trần Văn Long cho biết bệnh nhân đã qua cơn nguy kịch. "
        "Luật sư Phan Thị Hạnh đề nghị hoãn phiên tòa. "
        "Đại diện Công an tỉnh cho biết đang xác minh. "
        "Một đội trưởng xin giấu tên nói rằng việc này là bình thường."
    )
    assert found == {}


def test_vi_acting_only_when_capitalised() -> None:
    found = run("Quyền Chủ tịch UBND tỉnh Lê Minh Hải ký quyết định.")
    assert found["Lê Minh Hải"].titles == ("Quyền Chủ tịch UBND tỉnh",)
    # "quyền" in lower case is the noun (power): it stays out of the title
    found = run("Ông ấy bàn về quyền Tổng thống Donald Trump trong việc ân xá.")
    assert found["Donald Trump"].titles == ("Tổng thống",)


def test_vi_head_counted_only_when_capitalised() -> None:
    found = run("Ông Vi Văn Thắng giữ chức vụ Phó Giám đốc Sở Nội vụ từ năm ngoái.")
    titles = found["Vi Văn Thắng"].titles if "Vi Văn Thắng" in found else ()
    assert not any(t.lower().startswith("vụ") for t in titles)
    found = run("Vụ phó Vụ Pháp chế Trương Thị Hằng cho biết.")
    assert found["Trương Thị Hằng"].titles == ("Vụ phó Vụ Pháp chế",)


def test_vi_country_is_never_part_of_a_name() -> None:
    found = run(
        "Thủ tướng Slovenia Janez Kovac và Tổng thống Zambia Peter Banda hội đàm tại thủ đô."
    )
    assert found["Janez Kovac"].titles == ("Thủ tướng Slovenia",)
    assert found["Peter Banda"].titles == ("Tổng thống Zambia",)


def test_vi_indefinite_title_is_not_apposed_to_the_next_name() -> None:
    found = run("Khu lăng mộ của một vị vua triều Lê, ông Hà Văn Quý cho biết, đã bị xâm hại.")
    assert "Hà Văn Quý" not in found


# ------------------------------------------------ what stands between name and title


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # an age or a birth year before the apposition
        (
            "Ông Hứa Văn Dũng (54 tuổi), Chánh văn phòng UBND huyện, đã bị đình chỉ.",
            "Hứa Văn Dũng",
            "Chánh văn phòng UBND huyện",
        ),
        (
            "Ông Jonas Berg, 61 tuổi, cựu thủ tướng Na Uy, qua đời hôm qua.",
            "Jonas Berg",
            "cựu thủ tướng Na Uy",
        ),
        # the title inside the parenthesis, after the birth year
        (
            "Bị can Tạ Văn Lực (SN 1971, nguyên phó giám đốc Sở Xây dựng) bị bắt.",
            "Tạ Văn Lực",
            "nguyên phó giám đốc Sở Xây dựng",
        ),
        # a birth clause, then a copula after the comma
        (
            "Ông Mạc Văn Khải, sinh năm 1958 tại Hải Dương, hiện là Tổng giám đốc Công ty Than"
            " Đông Bắc.",
            "Mạc Văn Khải",
            "Tổng giám đốc Công ty Than Đông Bắc",
        ),
        # the name in Latin script between
        (
            "Ông Vương Nghị (Wang Yi), Ủy viên Quốc vụ, đã tới Hà Nội.",
            "Vương Nghị",
            "Ủy viên Quốc vụ",
        ),
        # a time word before the copula
        (
            "Ông Cù Văn Tường lúc đó là Giám đốc Sở Tài chính đã ký văn bản này.",
            "Cù Văn Tường",
            "Giám đốc Sở Tài chính",
        ),
        # "<unit> này" ends a title that an honorific and name follow
        (
            "Theo Bộ trưởng Quốc phòng nước này, ông Stefan Weber, quân đội sẽ rút.",
            "Stefan Weber",
            "Bộ trưởng Quốc phòng nước này",
        ),
        # title and honorific without a comma
        (
            "Phó chủ tịch UBND huyện ông Quách Văn Đoàn cho biết sẽ xử lý.",
            "Quách Văn Đoàn",
            "Phó chủ tịch UBND huyện",
        ),
        # an adjective between head and name
        (
            "Thủ tướng mới Paolo Ricci cho rằng kế hoạch là bất công.",
            "Paolo Ricci",
            "Thủ tướng mới",
        ),
    ],
)
def test_vi_title_linked_across_what_stands_between(text: str, name: str, title: str) -> None:
    found = run(text)
    assert name in found, found
    assert title in found[name].titles


def test_vi_second_title_after_dong_thoi_la() -> None:
    found = run("Ông Kiều Văn Sáu, Bí thư đồng thời là Chủ tịch UBND xã Tân Lập, phát biểu.")
    assert found["Kiều Văn Sáu"].titles == ("Bí thư", "Chủ tịch UBND xã Tân Lập")


def test_vi_shared_title_over_names_with_an_aside() -> None:
    found = run(
        "Hai nguyên giám đốc Sở Tài nguyên là ông Tống Văn Bảy (đã nghỉ hưu) và ông Lê Hữu Trí"
        " bị kỷ luật."
    )
    assert found["Lê Hữu Trí"].titles == ("nguyên giám đốc Sở Tài nguyên",)


def test_vi_negatives_between_name_and_title() -> None:
    # a victim's age is no title; someone else's post is not the named person's
    found = run(
        "Nạn nhân là anh Đàm Văn Tý (32 tuổi), công nhân. "
        "Người phát ngôn của ông Erik Lund từ chối bình luận. "
        "Thủ tướng kế nhiệm bà Anna Holt sẽ được bầu vào tháng tới."
    )
    assert "Đàm Văn Tý" not in found
    assert "Erik Lund" not in found
    assert "Anna Holt" not in found


def test_vi_given_name_inside_organisation_name_is_no_mention() -> None:
    found = run("Ông Lò Văn Chính, Ủy viên Bộ Chính trị, phát biểu tại hội nghị.")
    assert found["Lò Văn Chính"].mentions == 1


# ----------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # Korean and Thai names with a spaced hyphen, a family name that looks Vietnamese
        (
            "Tổng thống Hàn Quốc Moon Jae - in tiếp đoàn.",
            "Moon Jae - in",
            "Tổng thống Hàn Quốc",
        ),
        (
            "Bộ trưởng Thống nhất Song Min - ho phát biểu.",
            "Song Min - ho",
            "Bộ trưởng Thống nhất",
        ),
        (
            "Phó Thủ tướng Thái Lan Somsak Thep - suthin cho biết.",
            "Somsak Thep - suthin",
            "Phó Thủ tướng Thái Lan",
        ),
        # a reign name after a monarch's title
        ("Thành được xây dưới thời vua Tự Đức.", "Tự Đức", "vua"),
        # a city named after a person: the person right after a head
        ("Tượng đài Chủ tịch Hồ Chí Minh được dựng ở quảng trường.", "Hồ Chí Minh", "Chủ tịch"),
        # one holder named after a copula
        (
            "Ban chỉ đạo có Phó trưởng ban là ông Bế Văn Hùng.",
            "Bế Văn Hùng",
            "Phó trưởng ban",
        ),
    ],
)
def test_vi_name_shapes(text: str, name: str, title: str) -> None:
    found = run(text)
    assert name in found, found
    assert title in found[name].titles


def test_vi_name_never_starts_inside_a_place() -> None:
    found = run(
        "Thủ tướng Tây Ban Nha Pablo Ortega và Thủ tướng Na Uy Erik Dahl gặp Vua Arab Saudi"
        " Salman. Ông Pablo Ortega nói."
    )
    assert set(found) == {"Pablo Ortega", "Erik Dahl", "Salman"}


def test_vi_name_negatives() -> None:
    found = run(
        "Tuyến đường Hà Nội - Hải Phòng thông xe. Cháu của vua Mèo kể lại chuyện xưa. "
        "Phó Chủ tịch UBND TP Hồ Chí Minh cho biết thêm. Lễ hội vua Hùng diễn ra."
    )
    assert found == {}


def test_vi_city_named_after_a_person_is_no_mention() -> None:
    found = run(
        "Di chúc của Chủ tịch Hồ Chí Minh được trưng bày tại TP Hồ Chí Minh. "
        "Người dân TP. Hồ Chí Minh xếp hàng vào xem."
    )
    assert found["Hồ Chí Minh"].mentions == 1


# ------------------------------------------------- short references, other sentences


def test_vi_given_name_after_head_joins_the_full_name() -> None:
    found = run("Ông Đặng Văn Khiêm dự họp. Bộ trưởng Khiêm cho biết ngân sách đã được phân bổ.")
    assert found["Đặng Văn Khiêm"].titles == ("Bộ trưởng",)
    assert found["Đặng Văn Khiêm"].mentions == 2


def test_vi_lone_given_name_without_full_name_is_dropped() -> None:
    # nobody in the article is called "... Khiêm" in full: no official
    assert run("Bộ trưởng Khiêm cho biết ngân sách đã được phân bổ.") == {}


def test_vi_capitalised_word_opening_an_organisation_is_no_given_name() -> None:
    found = run("Bộ trưởng Năng lượng Mỹ Harold Quinn thăm nhà máy.")
    assert found["Harold Quinn"].titles == ("Bộ trưởng Năng lượng Mỹ",)


def test_vi_title_then_comma_then_full_name_opening_the_clause() -> None:
    found = run("Tuy nhiên, Bộ trưởng Kinh tế Chile, Marco Paredes cho rằng thuế sẽ tăng.")
    assert found["Marco Paredes"].titles == ("Bộ trưởng Kinh tế Chile",)
    # mid-clause, a title and a comma do not reach the next name
    assert run("Ông ấy gửi thư cho Bộ trưởng Kinh tế Chile, Marco Paredes thì im lặng.") == {}


def test_vi_unnamed_title_completes_the_one_holder() -> None:
    found = run(
        "Bộ trưởng Lục Văn Tâm đến thăm trường. Bộ trưởng Bộ Nội vụ cho biết sẽ rà soát biên chế."
    )
    assert found["Lục Văn Tâm"].titles == ("Bộ trưởng Bộ Nội vụ",)


def test_vi_unnamed_title_with_two_possible_holders_goes_to_nobody() -> None:
    found = run(
        "Bộ trưởng Lục Văn Tâm và Bộ trưởng Y tế Khổng Thị Lan đến thăm trường. "
        "Bộ trưởng Bộ Nội vụ cho biết sẽ rà soát biên chế. "
        "Thủ tướng Hà Quang Vinh tiếp đoàn. Thủ tướng Campuchia cho biết sẽ hợp tác."
    )
    assert found["Lục Văn Tâm"].titles == ("Bộ trưởng",)
    assert found["Hà Quang Vinh"].titles == ("Thủ tướng",)


def test_vi_building_degree_and_continent_are_not_posts_or_names() -> None:
    found = run(
        "Đại sứ quán Mỹ Tom Reed đóng cửa. Phó giáo sư Lê Văn Tùng giảng bài. "
        "Lãnh đạo Liên minh Châu Phi Ali Ndiaye phát biểu. Đoàn TNCS Cuba tới thăm."
    )
    assert set(found) == {"Ali Ndiaye"}


def test_vi_buddhist_name_after_title() -> None:
    found = run("Sư trụ trì chùa Bảo Quang Thích Minh Tuệ bị kỷ luật.")
    assert found["Thích Minh Tuệ"].titles == ("trụ trì chùa Bảo Quang",)


# ------------------------------------------------------------- title boundaries


def test_vi_comma_introducing_the_organisation_keeps_the_title_whole() -> None:
    found = run("Ông Ninh Văn Lợi, trưởng phòng tổng hợp, Chi cục Thủy lợi Nam Định, cho biết.")
    assert found["Ninh Văn Lợi"].titles == ("trưởng phòng tổng hợp, Chi cục Thủy lợi Nam Định",)
    found = run("Ông Akira Mori, tổng vụ trưởng Vụ Bắc Mỹ, Bộ Ngoại giao Nhật Bản, nói.")
    assert found["Akira Mori"].titles == ("tổng vụ trưởng Vụ Bắc Mỹ, Bộ Ngoại giao Nhật Bản",)


def test_vi_comma_before_a_list_of_bodies_still_splits() -> None:
    found = run("Ông Ninh Văn Lợi, Giám đốc Sở Tài chính, Sở Xây dựng và Sở Công thương cùng dự.")
    assert found["Ninh Văn Lợi"].titles == ("Giám đốc Sở Tài chính",)


def test_vi_stop_word_inside_a_compound_does_not_end_the_title() -> None:
    found = run("Ông Đào Văn Tú, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, phát biểu.")
    assert found["Đào Văn Tú"].titles == ("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng",)
    found = run("Bà Kim Thị Hạnh, Phó ban chỉ huy quân sự huyện, cho biết.")
    assert found["Kim Thị Hạnh"].titles == ("Phó ban chỉ huy quân sự huyện",)


def test_vi_then_title_after_copula_and_time_word() -> None:
    found = run("Họ gửi đơn lên Thủ tướng lúc bấy giờ là ông Kha Văn Khải.")
    assert found["Kha Văn Khải"].titles == ("Thủ tướng lúc bấy giờ",)


def test_vi_title_after_organisation_word_is_no_lone_given_name() -> None:
    found = run("Người đứng đầu Tổ chức Hàng hải Quốc tế, ông Kitack Lim cho biết.")
    assert found["Kitack Lim"].titles == ("Người đứng đầu Tổ chức Hàng hải Quốc tế",)


def test_vi_position_without_comma_after_name() -> None:
    found = run("Ông Lò Văn Đồng Bí thư Đảng ủy xã Mường Lói nhận xét như vậy.")
    assert found["Lò Văn Đồng"].titles == ("Bí thư Đảng ủy xã Mường Lói",)


def test_vi_company_name_after_board_is_no_person() -> None:
    found = run("Họ miễn nhiệm ông Mạc Văn Hòa, Chủ tịch HĐQT Vinafood và bầu người mới.")
    assert set(found) == {"Mạc Văn Hòa"}
    assert found["Mạc Văn Hòa"].titles == ("Chủ tịch HĐQT Vinafood",)
    # after a ministry name, a foreign name is still a person
    found = run("Thứ trưởng Quốc phòng Ruwan Perera cho biết.")
    assert found["Ruwan Perera"].titles == ("Thứ trưởng Quốc phòng",)


def test_vi_post_of_someone_else_after_cua() -> None:
    # the name after "của <position>" owns the post; the holder is the apposed person
    found = run("Ông Karim Nasser - phát ngôn viên của Tổng thư ký Mehta, phát biểu tại đây.")
    assert found["Karim Nasser"].titles == ("phát ngôn viên của Tổng thư ký Mehta",)
    assert "Mehta" not in found
    # after "của <organisation>", the name holds the post
    found = run("Chủ nhiệm Ủy ban Pháp luật của Quốc hội Hoàng Thanh Tùng cho biết.")
    assert found["Hoàng Thanh Tùng"].titles == ("Chủ nhiệm Ủy ban Pháp luật của Quốc hội",)
    # a one-word company after "của" is no person
    found = run("Ông Greg Hart, giám đốc điều hành của Zentrix, nói.")
    assert set(found) == {"Greg Hart"}


def test_vi_post_after_leaving_verb_and_future() -> None:
    found = run("Ông Mã Hiểu Dân (61 tuổi) sẽ thôi chức bí thư Cam Túc để nhận việc mới.")
    assert found["Mã Hiểu Dân"].titles == ("bí thư Cam Túc",)


def test_vi_titles_given_by_pronoun_go_to_the_one_subject_before() -> None:
    found = run(
        "Chuẩn Đô đốc Lý Văn Tiến vừa được bổ nhiệm. "
        "Ông từng là Trưởng phòng Tác chiến, Phó Tham mưu trưởng Quân chủng Hải quân."
    )
    assert found["Lý Văn Tiến"].titles == (
        "Chuẩn Đô đốc",
        "Trưởng phòng Tác chiến",
        "Phó Tham mưu trưởng Quân chủng Hải quân",
    )


def test_vi_pronoun_titles_with_two_people_or_an_object_go_to_nobody() -> None:
    found = run("Ông Hà Văn Đông gặp bà Lục Thị Mai. Ông từng là Giám đốc Sở Nội vụ.")
    assert found == {}
    found = run(
        "Thượng nghị sĩ bang này sớm ủng hộ Tổng thống Mỹ Peter Hale. "
        "Ông cũng là phó chủ tịch ủy ban chuyển giao."
    )
    assert found["Peter Hale"].titles == ("Tổng thống Mỹ",)


def test_vi_ministry_names_with_commas_and_dashed_honorific() -> None:
    found = run("Bộ trưởng Văn hóa, Thể thao và Du lịch Hồ Văn Nhàn phát biểu.")
    assert found["Hồ Văn Nhàn"].titles == ("Bộ trưởng Văn hóa, Thể thao và Du lịch",)
    found = run("Chủ tịch UBND huyện Mèo Vạc - ông Sùng Mí Lử - cho biết.")
    assert found["Sùng Mí Lử"].titles == ("Chủ tịch UBND huyện Mèo Vạc",)


def test_vi_age_and_hometown_aside_then_post_and_list_of_posts() -> None:
    found = run("Ông Chu Văn Kha (52 tuổi, quê Hà Nam) giữ chức Phó bí thư Tỉnh ủy Lào Cai.")
    assert found["Chu Văn Kha"].titles == ("Phó bí thư Tỉnh ủy Lào Cai",)
    found = run(
        "Ông Lý Văn Trọng từng đảm nhiệm các chức vụ: Viện trưởng Viện Quy hoạch, Giám đốc"
        " Sở Xây dựng."
    )
    assert found["Lý Văn Trọng"].titles == ("Viện trưởng Viện Quy hoạch", "Giám đốc Sở Xây dựng")
    # a victim's age and hometown are no post
    assert run("Anh Lê Văn Tý (30 tuổi, quê Nghệ An) bị thương nặng.") == {}


def test_vi_post_named_by_copula_is_not_the_previous_persons() -> None:
    found = run("Ban do ông Lê Thị Xuân Đào làm Trưởng ban và Phó ban là bà Vi Thị Mai.")
    assert found["Lê Thị Xuân Đào"].titles == ("Trưởng ban",)
    assert found["Vi Thị Mai"].titles == ("Phó ban",)


def test_vi_company_before_the_honorific_holder() -> None:
    found = run("Chủ tịch Vinafood, ông Bùi Ngọc Hải cho biết giá lúa tăng.")
    assert set(found) == {"Bùi Ngọc Hải"}
    assert found["Bùi Ngọc Hải"].titles == ("Chủ tịch Vinafood",)


def test_vi_plural_title_then_colon_list() -> None:
    found = run("Bộ hiện có 3 thứ trưởng là các ông: Trần Văn Tài, Lê Văn Tùng, Phạm Quốc Khánh.")
    assert set(found) == {"Trần Văn Tài", "Lê Văn Tùng", "Phạm Quốc Khánh"}
    assert all(o.titles == ("thứ trưởng",) for o in found.values())
    # a list of victims after a number is no list of holders
    assert run("Vụ tai nạn làm 3 người bị thương gồm: Trần Văn Tài, Lê Văn Tùng.") == {}


def test_vi_unit_chief_compounds() -> None:
    found = run("Ông Abdul Karim, cảnh sát trưởng của quận Kajang, cho biết.")
    assert found["Abdul Karim"].titles == ("cảnh sát trưởng của quận Kajang",)


# ------------------------------------------------------------- never a crash

_PIECES = [
    "Chủ tịch",
    "UBND",
    "xã",
    "Bộ trưởng",
    "ông",
    "các ông",
    "Ông",
    "bà",
    "Nguyễn Văn",
    "Hải",
    "Moon Jae",
    "-",
    "in",
    "(",
    ")",
    ",",
    ":",
    "là",
    "lúc đó là",
    "từng là",
    "đồng thời là",
    "của",
    "này",
    "58 tuổi",
    "SN 1970",
    "sinh năm",
    "tại",
    "gồm",
    "và",
    "vua",
    "Gia Long",
    "Hồ Chí Minh",
    "TP",
    "HĐQT",
    "Vinafood",
    "Đại sứ quán",
    "Phó giáo sư",
    "thôi chức",
    "5",
    ".",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30))
def test_vi_grammar_never_crashes_on_pieces_in_any_order(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for officials_found in (run(text), run(text + " " + text.rstrip("."))):
        for o in officials_found.values():
            assert o.name and o.mentions >= 1


def test_vi_name_then_comma_at_the_very_end() -> None:
    assert run("Hồ Chí Minh vua Bình Định này Nguyễn Văn ,") == {}


def test_vi_organisation_word_with_lower_case_second_syllable_stays_in_title() -> None:
    found = run("Ông Lò Văn Cường, giám đốc Trung tâm dự báo khí tượng, cho biết.")
    assert found["Lò Văn Cường"].titles == ("giám đốc Trung tâm dự báo khí tượng",)


def test_vi_former_post_written_twice_is_one_title() -> None:
    found = run(
        "Ông Vi Công Chinh, nguyên phó Phòng nội vụ TP Biên Hòa, bị kỷ luật. "
        "Khi đó ông Vi Công Chinh, phó Phòng nội vụ TP Biên Hòa, đã ký."
    )
    assert found["Vi Công Chinh"].titles == ("nguyên phó Phòng nội vụ TP Biên Hòa",)


# ------------------------------------------------- one title, coordinated names


def test_coordinated_names_share_a_plural_title() -> None:
    found = run(
        "Ông Lê Văn Hai và ông Trần Văn Ba, hai Phó Chủ tịch UBND tỉnh, đã dự họp. "
        "Bà Nguyễn Thị Lan, ông Đỗ Văn Minh và ông Hoàng Văn Tư, các Ủy viên Ban Thường vụ "
        "Tỉnh ủy, có mặt."
    )
    for name in ("Lê Văn Hai", "Trần Văn Ba"):
        assert found[name].titles == ("Phó Chủ tịch UBND tỉnh",)
    for name in ("Nguyễn Thị Lan", "Đỗ Văn Minh", "Hoàng Văn Tư"):
        assert found[name].titles == ("Ủy viên Ban Thường vụ Tỉnh ủy",)


def test_coordinated_names_without_a_post_or_plural_marker_share_nothing() -> None:
    found = run(
        "Ông Lê Văn Hai và ông Trần Văn Ba, người dân xã Hòa An, đã dự họp. "
        "Ông Phan Văn Năm và bà Trần Thị Sáu, hai vợ chồng, đến muộn."
    )
    assert found == {}


# ------------------------------------------------- one person, with and without accents


def test_a_name_written_without_diacritics_is_the_same_person() -> None:
    found = run(
        "Ông Phạm Minh Chính, Ủy viên Bộ Chính trị, dự lễ. Pham Minh Chinh cảm ơn. "
        "Ông Chính phát biểu."
    )
    assert list(found) == ["Phạm Minh Chính"]
    assert found["Phạm Minh Chính"].mentions == 3
    assert "Pham Minh Chinh" in found["Phạm Minh Chính"].aliases
    found = officials.extract(
        segment.split(
            "Prime Minister Pham Minh Chinh met the press. Phạm Minh Chính is the head of"
            " the government.",
            "en",
            title="Title",
        )
    )
    assert [(o.name, o.mentions) for o in found] == [("Phạm Minh Chính", 2)]


def test_names_that_differ_in_a_tone_stay_two_people() -> None:
    found = run(
        "Ông Nguyễn Văn Hải, Chủ tịch UBND xã, và ông Nguyễn Văn Hài, Bí thư Đảng ủy xã, dự họp."
    )
    assert set(found) == {"Nguyễn Văn Hải", "Nguyễn Văn Hài"}


def test_a_foreign_name_of_vietnamese_looking_words_after_a_country() -> None:
    got = run("Thủ tướng Campuchia Hun Sen và Bộ trưởng Quốc phòng Campuchia Tea Banh dự họp.")
    assert got["Hun Sen"].titles == ("Thủ tướng Campuchia",)
    assert got["Tea Banh"].titles == ("Bộ trưởng Quốc phòng Campuchia",)
    # after a unit of Vietnam the same words are the unit's own name, not a person
    assert run("Chính trị viên Đồn Biên phòng Na Ngoi cho biết.") == {}


def test_a_unit_name_after_its_unit_word_is_no_one_word_name() -> None:
    # "Huyện uỷ Ia Grai": the district's name goes on after "Ia", nobody is named
    assert run("Bí thư Huyện uỷ Ia Grai cho biết sẽ kiểm tra.") == {}
    got = run("Giám đốc Công ty thuỷ điện Đắk Kar Chu Văn Quyền cho biết.")
    assert got["Chu Văn Quyền"].titles == ("Giám đốc Công ty thuỷ điện Đắk Kar",)
    # after a country or an acronym a one-word foreign name still counts
    assert run("Tổng thống Nga Putin cho biết.")["Putin"].titles == ("Tổng thống Nga",)


def test_a_sentence_period_after_a_name_is_not_part_of_it() -> None:
    # "Sen." is an abbreviation in English; ending "Hun Sen." it is the sentence's period
    got = run("Ông gặp Thủ tướng Campuchia Hun Sen. Thủ tướng Campuchia Hun Sen nói thêm.")
    assert list(got) == ["Hun Sen"]
    assert got["Hun Sen"].mentions == 2
