"""Sentence splitting: layout (title, headings, byline), abbreviations, numbers,
quotes and ellipses in both languages, robustness, and the Punkt trainer."""

from __future__ import annotations

import gzip
import json
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from conftest import load_tool
from hypothesis import given, settings
from hypothesis import strategies as st

from tomtat import punkt, segment
from tomtat.models import Document, SentenceKind

train_punkt = load_tool("train_punkt")


def texts(text: str, lang: str) -> list[str]:
    return [s.text for s in segment.split(text, lang).sentences]


def assert_well_formed(doc: Document, text: str) -> None:
    """Sentences are non-empty, stripped, verbatim slices of the NFC text, in order."""
    nfc = unicodedata.normalize("NFC", text)
    pos = 0
    for i, sent in enumerate(doc.sentences):
        assert sent.index == i
        assert sent.text and sent.text == sent.text.strip()
        found = nfc.find(sent.text, pos)
        assert found >= 0, sent.text
        pos = found + len(sent.text)


# --- the seed article ----------------------------------------------------------------


def test_seed_title_sentences_and_byline(seed_text: str) -> None:
    doc = segment.split(seed_text, "vi")
    first_line = seed_text.split("\n", 1)[0]
    assert doc.title == first_line
    assert len(doc.sentences) == 43
    first = doc.sentences[0]
    assert first.index == 0 and first.paragraph == 0
    assert first.text.startswith("Sáng 29-12, Thường trực Ban Chỉ đạo 35")
    assert first_line not in first.text  # the headline is not merged into the body
    last = doc.sentences[-1]
    assert (last.text, last.kind) == ("Quốc Hương", SentenceKind.BYLINE)
    assert all(s.kind is SentenceKind.BODY for s in doc.sentences[:-1])
    assert_well_formed(doc, seed_text)


def test_seed_keeps_the_headline_as_a_sentence_when_title_is_given(seed_text: str) -> None:
    doc = segment.split(seed_text, "vi", title="Tiêu đề khác")
    assert doc.title == "Tiêu đề khác"
    assert doc.sentences[0].kind is SentenceKind.HEADING
    assert doc.sentences[1].text.startswith("Sáng 29-12")


# --- layout --------------------------------------------------------------------------


def test_blank_lines_are_hard_boundaries() -> None:
    doc = segment.split("He said the\n\nman left. Then\n   \nhe smiled.", "en", title="T")
    assert [s.text for s in doc.sentences] == ["He said the", "man left.", "Then", "he smiled."]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1, 2]


def test_each_line_is_a_boundary() -> None:
    text = "Một dòng không có dấu câu\nDòng thứ hai có dấu chấm. Và câu nữa.\r\nDòng cuối."
    assert texts(text, "vi") == [
        "Một dòng không có dấu câu",
        "Dòng thứ hai có dấu chấm.",
        "Và câu nữa.",
        "Dòng cuối.",
    ]


def test_headline_becomes_title_and_subheading_is_its_own_sentence() -> None:
    text = "Big news today\n\nFirst sentence. Second one.\n\nWhat happens next\n\nMore text."
    doc = segment.split(text, "en")
    assert doc.title == "Big news today"
    assert [(s.text, s.kind) for s in doc.sentences] == [
        ("First sentence.", SentenceKind.BODY),
        ("Second one.", SentenceKind.BODY),
        ("What happens next", SentenceKind.HEADING),
        ("More text.", SentenceKind.BODY),
    ]
    assert doc.sentences[0].paragraph == 0


@pytest.mark.parametrize(
    ("fragment", "lang"),
    [
        ("Nợ ngập đầu", "vi"),  # a subheading whose line break was lost
        ("Giáo hội Phật giáo Việt Nam cần kiên quyết", "vi"),
        ("Tiện ích trọn vẹn, dịch vụ siêu sang", "vi"),
        ("Read one ovarian cancer patient's blog", "en"),
    ],
)
def test_unpunctuated_fragment_closing_a_paragraph_is_a_heading(fragment: str, lang: str) -> None:
    text = f"Một câu mở đầu. Câu thứ hai kết thúc. {fragment}\n\nĐoạn tiếp theo có câu."
    doc = segment.split(text, lang)
    assert [(s.text, s.kind) for s in doc.sentences] == [
        ("Một câu mở đầu.", SentenceKind.BODY),
        ("Câu thứ hai kết thúc.", SentenceKind.BODY),
        (fragment, SentenceKind.HEADING),
        ("Đoạn tiếp theo có câu.", SentenceKind.BODY),
    ]
    assert_well_formed(doc, text)


@pytest.mark.parametrize(
    "text",
    [
        "Câu một. Câu hai kết thúc.\n\nĐoạn sau.",  # punctuated: prose
        "Câu một. Câu hai\nvẫn là đoạn đó.\n\nĐoạn sau.",  # not the paragraph's last line
        "Câu một. " + " ".join(["chữ"] * 25) + "\n\nĐoạn sau.",  # too long for a heading
    ],
)
def test_paragraph_end_without_a_heading(text: str) -> None:
    doc = segment.split(text, "vi")
    assert all(s.kind is SentenceKind.BODY for s in doc.sentences)


def test_headings_found_when_every_line_ends_in_one() -> None:
    """Prose is a punctuated sentence anywhere, not only at a line's end: in a text whose
    every paragraph closes with a glued heading, headings on lines of their own count."""
    text = (
        "Vị trí chiến lược\n\nThành phố đã được giải phóng. Quân đội tiến vào. "
        "Ngày tàn của IS\n\nVào mùa hè, quân đội tiến về tỉnh. Họ giữ vững vị trí. Tin Mới"
    )
    doc = segment.split(text, "vi", title="Quân Syria giải phóng thành phố")
    kinds = {s.text: s.kind for s in doc.sentences}
    assert kinds["Vị trí chiến lược"] is SentenceKind.HEADING
    assert kinds["Ngày tàn của IS"] is SentenceKind.HEADING
    assert kinds["Tin Mới"] is SentenceKind.BYLINE  # the last paragraph's: a byline
    assert kinds["Quân đội tiến vào."] is SentenceKind.BODY


@pytest.mark.parametrize(
    ("link", "lang"),
    [
        ("Xem thêm: Cá sấu chột mắt dài hai mét cố phá cửa kính ôtô", "vi"),
        ("Xem thêm > > > Hai ứng viên tiết lộ 'kế sách' với Triều Tiên?", "vi"),
        ("Video: Lực lượng Chính phủ Syria giao tranh tại Deir ez - Zor.", "vi"),
        ("Ảnh: Xuân Ngọc", "vi"),
        ("Read more: How saffron could save Greek farmers", "en"),
        ("WATCH: Investors want in on China's tech scene.", "en"),
        ("See also: The new age of driverless cars", "en"),
    ],
)
def test_links_and_media_labels_are_not_body(link: str, lang: str) -> None:
    """Closing a paragraph, ending the text, on a line of its own and, when punctuated,
    inside a paragraph."""
    texts = [
        f"Câu một kết thúc. Câu hai nói tiếp. {link}\n\nĐoạn sau.",
        f"Câu một kết thúc. Câu hai nói tiếp. {link}",
        f"Câu một kết thúc.\n{link}\nCâu hai nói tiếp.",
    ]
    if link.endswith("."):
        texts.append(f"Câu một kết thúc. {link} Câu hai nói tiếp.")
    for text in texts:
        doc = segment.split(text, lang)
        kinds = {s.text: s.kind for s in doc.sentences}
        assert kinds[link] is SentenceKind.LINK, text
        assert kinds["Câu một kết thúc."] is SentenceKind.BODY
        assert kinds["Câu hai nói tiếp."] is SentenceKind.BODY
        assert_well_formed(doc, text)


@pytest.mark.parametrize(
    ("caption", "lang"),
    [
        ("Tổng thống Mỹ Donald Trump (trái) bắt tay lãnh đạo Triều Tiên tại hội nghị.", "vi"),
        ("Ina Rogers (left) and Jonathan Allen at the hearing on Monday.", "en"),
    ],
)
def test_a_photo_caption_is_not_body(caption: str, lang: str) -> None:
    text = f"{caption} Câu một kết thúc. Câu hai nói tiếp (trái phiếu, cổ phiếu)."
    kinds = {s.text: s.kind for s in segment.split(text, lang).sentences}
    assert kinds[caption] is SentenceKind.CAPTION
    assert kinds["Câu hai nói tiếp (trái phiếu, cổ phiếu)."] is SentenceKind.BODY


@pytest.mark.parametrize(
    "text",
    [
        "Read more: the full report is here.",
        "Tổng thống Donald Trump (trái) và Thủ tướng Nhật Bản tại Tokyo.",
        "Video: Lũ cuốn trôi cầu. Ảnh: Reuters.",
    ],
)
def test_a_text_that_is_only_captions_or_links_is_its_own_body(text: str) -> None:
    doc = segment.split(text, "vi")
    assert doc.sentences
    assert all(s.kind is SentenceKind.BODY for s in doc.sentences)


def test_a_labelled_fragment_ending_the_text_is_a_link_and_a_cut_sentence_stays() -> None:
    credit = "Câu một kết thúc. Câu hai nói tiếp. Tin và ảnh: Hà Nhân - Dung Nhi"
    assert segment.split(credit, "vi").sentences[-1].kind is SentenceKind.LINK
    cut = "Câu một kết thúc. Câu hai nói tiếp. Điều này phần nào giúp người dân"
    assert segment.split(cut, "vi").sentences[-1].kind is SentenceKind.BODY


@pytest.mark.parametrize(
    "sentence",
    [
        "Related to this, the council voted on Monday.",
        "Reading the report, she said: it is clear.",
        "Ảnh hưởng của bão rất lớn.",
        "Video clip ghi lại cảnh đó lan truyền nhanh.",
    ],
)
def test_prose_opening_with_a_label_word_is_body(sentence: str) -> None:
    doc = segment.split(f"Câu một kết thúc. {sentence}\n\nĐoạn sau.", "en")
    assert {s.text: s.kind for s in doc.sentences}[sentence] is SentenceKind.BODY


def test_a_first_paragraph_of_several_sentences_is_no_headline() -> None:
    doc = segment.split("Hiện trường vụ tai nạn. Ảnh: Quyền Vũ\n\nXe khách đâm xe tải.", "vi")
    assert doc.title is None
    assert [(s.text, s.kind) for s in doc.sentences] == [
        ("Hiện trường vụ tai nạn.", SentenceKind.BODY),
        ("Ảnh: Quyền Vũ", SentenceKind.LINK),
        ("Xe khách đâm xe tải.", SentenceKind.BODY),
    ]


def test_a_long_unpunctuated_line_is_body_not_heading() -> None:
    long_line = " ".join(["word"] * 30)
    doc = segment.split(f"Short intro.\n\n{long_line}\n\nEnd.", "en")
    assert [s.kind for s in doc.sentences] == [SentenceKind.BODY] * 3


def test_text_without_any_punctuation_is_body() -> None:
    doc = segment.split("no punctuation here\nnor here\n\nand none here", "en")
    assert doc.title is None
    assert [s.text for s in doc.sentences] == ["no punctuation here", "nor here", "and none here"]
    assert all(s.kind is SentenceKind.BODY for s in doc.sentences)


@pytest.mark.parametrize("byline", ["Quốc Hương", "Theo TTXVN", "(Theo TTXVN)"])
def test_short_capitalised_last_paragraph_is_byline(byline: str) -> None:
    doc = segment.split(f"Chị nói rằng chị rất vui.\n\n{byline}", "vi")
    assert (doc.sentences[-1].text, doc.sentences[-1].kind) == (byline, SentenceKind.BYLINE)


def test_byline_fragment_ending_the_last_paragraph() -> None:
    doc = segment.split("Chị nói rằng chị rất vui. Báo chí biết điều đấy! Vũ Hoàng", "vi")
    assert [(s.text, s.kind) for s in doc.sentences][-2:] == [
        ("Báo chí biết điều đấy!", SentenceKind.BODY),
        ("Vũ Hoàng", SentenceKind.BYLINE),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Quốc Hương",  # nothing before it
        "Chị nói rằng chị rất vui.\n\nchị ấy nói",  # not capitalised
        "He said it.\n\nCNN's Faith Karimi contributed to this report.",  # punctuated
        "Chị nói.\n\nMột Hai Ba Bốn Năm Sáu Bảy",  # too long
    ],
)
def test_not_a_byline(text: str) -> None:
    doc = segment.split(text, "vi")
    assert doc.sentences[-1].kind is not SentenceKind.BYLINE


def test_cnn_dateline_stays_in_the_first_sentence() -> None:
    text = "(CNN) -- When Andrew Bynum walks into a room, people step aside. He is tall."
    assert texts(text, "en") == [
        "(CNN) -- When Andrew Bynum walks into a room, people step aside.",
        "He is tall.",
    ]
    text = "WASHINGTON (CNN) -- Sen. John McCain said the U.S. will act. The White House declined."
    assert texts(text, "en")[0] == "WASHINGTON (CNN) -- Sen. John McCain said the U.S. will act."


# --- abbreviations, initials, numbers ----------------------------------------------


def test_vietnamese_abbreviations() -> None:
    text = (
        "Dự hội nghị có ThS. BS. Nguyễn Văn A, PGS.TS. Trần Văn B, GS. Lê C, TS. Đỗ D "
        "và KS. Phạm E của TP. Hồ Chí Minh và Tp. Hà Nội. Sau đó hội nghị bế mạc."
    )
    assert texts(text, "vi") == [
        "Dự hội nghị có ThS. BS. Nguyễn Văn A, PGS.TS. Trần Văn B, GS. Lê C, TS. Đỗ D "
        "và KS. Phạm E của TP. Hồ Chí Minh và Tp. Hà Nội.",
        "Sau đó hội nghị bế mạc.",
    ]


def test_english_abbreviations() -> None:
    text = (
        "Mr. Smith met Dr. Jones, Sen. John McCain, Gov. Chris Christie and Lt. Col. "
        "Rick Francona in the U.S. on Jan. 5 at 9 a.m. on Tuesday. They talked."
    )
    assert texts(text, "en") == [
        "Mr. Smith met Dr. Jones, Sen. John McCain, Gov. Chris Christie and Lt. Col. "
        "Rick Francona in the U.S. on Jan. 5 at 9 a.m. on Tuesday.",
        "They talked.",
    ]


def test_abbreviation_can_still_end_a_sentence() -> None:
    assert texts("He moved to the U.S. The move was hard.", "en") == [
        "He moved to the U.S.",
        "The move was hard.",
    ]
    assert texts("He was born in Washington, D.C. He moved later.", "en") == [
        "He was born in Washington, D.C.",
        "He moved later.",
    ]


def test_initials() -> None:
    text = (
        "George W. Bush, George H.W. Bush and P.T. Barnum met John A. Vecchio. "
        "Bà N.L. H.N. (39 tuổi) nói."
    )
    assert texts(text, "en") == [
        "George W. Bush, George H.W. Bush and P.T. Barnum met John A. Vecchio.",
        "Bà N.L. H.N. (39 tuổi) nói.",
    ]


def test_middle_initial_before_a_name_that_is_also_a_word() -> None:
    # "grant"/"truman": Punkt breaks when the next word is seen in lower case too
    assert texts("Critics spoke. Should Ulysses S. Grant stay on the bill?", "en") == [
        "Critics spoke.",
        "Should Ulysses S. Grant stay on the bill?",
    ]
    # a sentence starter after the letter, or the letter I (a numeral), still ends it
    assert texts("It was Plan B. He left after World War I. The end.", "en") == [
        "It was Plan B.",
        "He left after World War I.",
        "The end.",
    ]
    # Vietnamese abbreviates names this way: the sentence ends there
    assert texts("Cảnh sát đã bắt Nguyễn Văn P. Tại cơ quan, P. khai.", "vi") == [
        "Cảnh sát đã bắt Nguyễn Văn P.",
        "Tại cơ quan, P. khai.",
    ]


def test_a_lower_case_letter_is_a_word_not_an_initial() -> None:
    # "ý", "ạ", "m" end sentences; an initial would keep a name after it
    text = "Ông Ba đã đồng ý. Bush nói. Cháu cảm ơn ạ. Bush cười. Cao 3 m. Bush đo."
    assert texts(text, "vi") == [
        "Ông Ba đã đồng ý.",
        "Bush nói.",
        "Cháu cảm ơn ạ.",
        "Bush cười.",
        "Cao 3 m.",
        "Bush đo.",
    ]
    assert texts("George W. Bush nói.", "vi") == ["George W. Bush nói."]
    # English abbreviates with lower-case letters
    assert texts("The court decided Roe v. Wade in 1973.", "en") == [
        "The court decided Roe v. Wade in 1973."
    ]


def test_initial_before_number_or_bracket_and_at_sentence_end() -> None:
    assert texts("Công viên Suối Tiên, Q. 9, TP. Hồ Chí Minh mở cửa. Khách đến.", "vi") == [
        "Công viên Suối Tiên, Q. 9, TP. Hồ Chí Minh mở cửa.",
        "Khách đến.",
    ]
    assert texts("Cảnh sát đã bắt Nguyễn Văn P. Tại cơ quan công an, P. khai nhận.", "vi") == [
        "Cảnh sát đã bắt Nguyễn Văn P.",
        "Tại cơ quan công an, P. khai nhận.",
    ]


def test_numbers_and_dates() -> None:
    vi = (
        "Giá vàng tăng 1.000 đồng, tương đương 3,5%. Ngày 29.12.2022, giá đạt 68.000.000 "
        "đồng. Sáng 29-12, thị trường sôi động vào năm 2022. Sau đó giá giảm."
    )
    assert texts(vi, "vi") == [
        "Giá vàng tăng 1.000 đồng, tương đương 3,5%.",
        "Ngày 29.12.2022, giá đạt 68.000.000 đồng.",
        "Sáng 29-12, thị trường sôi động vào năm 2022.",
        "Sau đó giá giảm.",
    ]
    en = "The firm earned $1,000 and 3.5 million, up 2.5%. It was the No. 1 firm."
    assert texts(en, "en") == [
        "The firm earned $1,000 and 3.5 million, up 2.5%.",
        "It was the No. 1 firm.",
    ]


def test_list_markers_start_their_item() -> None:
    assert texts("Stay calm.  1. Call home. 2. Wait.", "en") == [
        "Stay calm.",
        "1. Call home.",
        "2. Wait.",
    ]
    assert texts("Tips:  1. Stay home. 2. Don't go out.", "en") == [
        "Tips:  1. Stay home.",
        "2. Don't go out.",
    ]


# --- quotes and ellipses -------------------------------------------------------------


def test_english_quotes() -> None:
    assert texts('He said, "I\'m done." Then he left. "Why?" he asked. "Go!" She went.', "en") == [
        'He said, "I\'m done."',
        "Then he left.",
        '"Why?" he asked.',
        '"Go!"',
        "She went.",
    ]


def test_abbreviation_before_a_quoted_sentence_end() -> None:
    # NLTK's own Punkt breaks after "Dr." here.
    assert texts('"I like Dr. Smith." He left.', "en") == ['"I like Dr. Smith."', "He left."]
    assert texts('They fled to the U.S." He paused.', "en") == [
        'They fled to the U.S."',
        "He paused.",
    ]


def test_vietnamese_quotes() -> None:
    text = "Ông nói: “Chúng tôi sẽ làm.” Sau đó ông đi. “Tại sao?” - ông hỏi. Không ai trả lời."
    assert texts(text, "vi") == [
        "Ông nói: “Chúng tôi sẽ làm.”",
        "Sau đó ông đi.",
        "“Tại sao?” - ông hỏi.",
        "Không ai trả lời.",
    ]


def test_ellipses() -> None:
    vi = (
        "Các ca sĩ như Nguyễn Ngọc Thạch… cho thấy điều đó. Trường THPT Tây Hồ… Hiện nay "
        "có nhiều căn hộ. Các thành phố như Busan... đã vượt lên. Gánh nặng kinh tế... Có thể "
        "con không đủ."
    )
    assert texts(vi, "vi") == [
        "Các ca sĩ như Nguyễn Ngọc Thạch… cho thấy điều đó.",
        "Trường THPT Tây Hồ…",
        "Hiện nay có nhiều căn hộ.",
        "Các thành phố như Busan... đã vượt lên.",
        "Gánh nặng kinh tế...",
        "Có thể con không đủ.",
    ]
    en = "They beat me. ... They suspended me. The week it was announced ... I saw a picture."
    assert texts(en, "en") == [
        "They beat me.",
        "... They suspended me.",
        "The week it was announced ... I saw a picture.",
    ]


def test_lowercase_start_continues_but_camel_case_does_not() -> None:
    assert texts("Tôi thích iPhone. iPhone rất đẹp.", "vi") == [
        "Tôi thích iPhone.",
        "iPhone rất đẹp.",
    ]


# --- robustness ----------------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\r\n \t\n"])
def test_empty_input_has_no_sentences(text: str) -> None:
    assert segment.split(text, "vi").sentences == ()


@pytest.mark.parametrize(
    "text",
    ["no punctuation at all", "12 34 56", "1.000.000 2.000 3.5", "...", "?!?!", "“”", "(CNN) --"],
)
def test_odd_input_still_gives_sentences(text: str) -> None:
    for lang in ("vi", "en"):
        doc = segment.split(text, lang)
        assert doc.sentences
        assert_well_formed(doc, text)


def test_nfd_input_gives_nfc_sentences() -> None:
    nfd = unicodedata.normalize("NFD", "Hoà bình. Tiếp tục.")
    assert texts(nfd, "vi") == ["Hoà bình.", "Tiếp tục."]


@pytest.mark.parametrize(
    "text",
    [
        "xin chào bạn " * 80_000,  # 1 MB, no punctuation
        "x" * 1_000_000,
        "? " * 500_000,
        ". " * 500_000,
        "a... " * 200_000,
        "Mr. " * 250_000,
        ("? " * 30 + "\n") * 16_000,
        "1.1." * 250_000,
    ],
    ids=["words", "one-token", "questions", "dots", "ellipses", "abbrevs", "lines", "digits"],
)
def test_megabyte_inputs_never_raise(text: str) -> None:
    # How fast (and that it stays linear) is measured in bench/speed.py, not here.
    doc = segment.split(text, "en")
    assert doc.sentences
    assert all(s.text == s.text.strip() and s.text for s in doc.sentences)


def test_long_unpunctuated_paragraph_is_one_sentence() -> None:
    text = "xin chào bạn " * 80_000
    assert texts(text, "vi") == [text.strip()]


_ALPHABET = st.sampled_from([*"aAbZđĐứ Ư19.,!?…:;\"'“”()-\n\t ", "...", "Mr.", "TP.", "\n\n"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.sampled_from(["vi", "en"]))
def test_any_text_splits_into_verbatim_sentences(text: str, lang: str) -> None:
    doc = segment.split(text, lang)
    assert_well_formed(doc, text)
    if text.strip():
        assert doc.sentences or doc.title


def test_parameters_load_once_from_package_data() -> None:
    segment.split("Một câu. Hai câu.", "vi")
    before = punkt.tokenizer.cache_info()
    segment.split("Ba câu. Bốn câu.", "vi")
    after = punkt.tokenizer.cache_info()
    assert after.misses == before.misses
    assert after.hits > before.hits


# --- shipped parameters and the trainer -----------------------------------------------


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_shipped_parameters_are_sorted_and_hold_the_curated_lists(lang: str) -> None:
    raw = (resources.files("tomtat") / "data" / f"punkt-{lang}.json").read_text("utf-8")
    data = json.loads(raw)
    assert set(data) == {"abbrev_types", "collocations", "sent_starters", "ortho_context"}
    for key in ("abbrev_types", "collocations", "sent_starters"):
        assert data[key] == sorted(data[key])
    assert list(data["ortho_context"]) == sorted(data["ortho_context"])
    assert train_punkt.CURATED[lang] <= set(data["abbrev_types"])
    assert not set(data["abbrev_types"]) & train_punkt.REJECTED[lang]
    # no one-letter abbreviations: Punkt's initial heuristic handles those
    assert all(len(a) > 1 for a in data["abbrev_types"])


def _corpus(tmp_path: Path, texts_: list[str]) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        "".join(
            json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
            for i, t in enumerate(texts_)
        ),
        encoding="utf-8",
    )
    return path


def test_trainer_prunes_one_off_abbreviations_and_keeps_curated(tmp_path: Path) -> None:
    # "oxy." is followed by a lower-case word once: Punkt's rare-abbreviation rule
    # learns it, the pruning must drop it.
    body = [
        "Bệnh nhân bị thiếu oxy. sau đó được cứu. Ông Ba đến TP. Hồ Chí Minh hôm qua.",
        *["Bà Tư ở Hà Nội. Cô ấy đi làm. Ông Năm đi học. Trời mưa to."] * 5,
    ]
    model = train_punkt.train(body, "vi")
    assert "oxy" not in model.abbrev_types
    assert not {"học", "làm", "to"} & model.abbrev_types  # always sentence-final
    assert train_punkt.CURATED["vi"] <= model.abbrev_types
    assert train_punkt.CURATED_STARTERS["vi"] <= model.sent_starters
    assert all(count >= 0 for count in model.ortho_context.values())


def test_trainer_keeps_curated_abbreviations_and_names_out_of_lower_case() -> None:
    # "Mr" without a period makes Punkt drop a seeded "mr"; "Bush" is capitalised
    # after words (a name) and once "bush" in lower case (another word)
    body = [
        "Mr Smith and Mr. Jones met President Bush. They saw a bush burn. "
        "Later Mr. Smith told Gov. Bush it was over. Officials said Bush agreed."
    ] * 8
    model = train_punkt.train(body, "en")
    assert model.ortho_context["smith"] & 2 == 0  # never sentence-initial ("Mr. Smith")
    assert model.ortho_context["bush"] & train_punkt._ORTHO_LC == 0
    assert model.ortho_context["saw"] & train_punkt._ORTHO_LC  # a lower-case word


def test_pruning_keeps_starters_written_in_lower_case_in_running_text() -> None:
    from collections import Counter

    from nltk.tokenize.punkt import PunktParameters

    params = PunktParameters()
    params.sent_starters = {"embassy", "however", "hà"}
    params.collocations = set()
    for typ in ("embassy", "however", "hà", "bush", "sang"):
        params.ortho_context[typ] = train_punkt._ORTHO_LC | (1 << 1)

    class Trained:  # what prune() reads of a trained PunktTrainer
        def __init__(self) -> None:
            self.in_text = Counter(
                {
                    ("embassy", "lower"): 30,
                    ("embassy", "upper"): 12,  # "the U.S. Embassy": part of names
                    ("however", "lower"): 40,
                    ("hà", "upper"): 50,
                    ("bush", "upper"): 9,
                    ("sang", "lower"): 90,
                }
            )

        def get_params(self) -> Any:
            return params

        def _find_collocations(self) -> Any:
            assert params.sent_starters >= {"however"}  # found with the pruned starters
            return iter([(("w", "bush"), 9.0), (("m", "sang"), 9.0)])

    model = train_punkt.prune(Trained(), ["x"], "vi")
    assert "however" in model.sent_starters
    assert not {"embassy", "hà"} & model.sent_starters
    assert model.collocations == {("w", "bush")}


def test_trainer_cli_writes_deterministic_json(tmp_path: Path) -> None:
    vi = _corpus(tmp_path, ["Ông Ba đến TP. Hồ Chí Minh. Sau đó ông về.\n\nTrời mưa."] * 3)
    en = tmp_path / "en.jsonl"
    en.write_text(
        json.dumps({"text": "Mr. Smith left. The U.S. said no."}) + "\n", encoding="utf-8"
    )
    out1, out2 = tmp_path / "a", tmp_path / "b"
    for out in (out1, out2):
        assert train_punkt.main(["--vi", str(vi), "--en", str(en), "--out", str(out), "-q"]) == 0
    for lang in ("vi", "en"):
        first = (out1 / f"punkt-{lang}.json").read_bytes()
        assert first == (out2 / f"punkt-{lang}.json").read_bytes()
        assert "tp" in json.loads(first)["abbrev_types"] or lang == "en"


def test_trainer_reads_gzipped_corpora_and_leaves_out_excluded_ids(tmp_path: Path) -> None:
    rows = [{"id": "a", "text": "Ông Ba đến TP. Hồ Chí Minh."}, {"id": "b", "text": "Trời mưa."}]
    gz = tmp_path / "vi.jsonl.gz"
    with gzip.open(gz, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    ids = tmp_path / "ids.txt"
    ids.write_text("# unseen\nb\n", encoding="utf-8")
    assert train_punkt.read_texts(gz) == [r["text"] for r in rows]
    assert train_punkt.read_texts(gz, train_punkt.read_ids(ids)) == [rows[0]["text"]]
    out = tmp_path / "out"
    args = ["--vi", str(gz), str(gz), "--exclude", str(ids), "--out", str(out), "--lang", "vi"]
    assert train_punkt.main([*args, "-q"]) == 0
    assert "tp" in json.loads((out / "punkt-vi.json").read_text("utf-8"))["abbrev_types"]


def test_trainer_rejects_records_without_text(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="text"):
        train_punkt.read_texts(bad)


def test_english_personal_title_abbreviation_keeps_its_name() -> None:
    # a name that is also a common word ("rash", "fu") after "Mrs."/"Dr." is no new sentence
    for text, first in (
        ("The lawyer for Mrs. Rash said it was over. She left.", "Mrs. Rash said"),
        ("It was Dr. Fu Manchu who did it. Then he left.", "Dr. Fu Manchu who"),
        ("She said, 'Ms. Smith, you need to know.' He nodded.", "Ms. Smith, you"),
    ):
        got = [s.text for s in segment.split(text, "en").sentences]
        assert len(got) == 2 and first in got[0], got
    # a learnt sentence starter after "Dr." (Drive) may still open a sentence
    doc = segment.split("They live on Ocean Dr. The house is big.", "en")
    assert [s.text for s in doc.sentences] == ["They live on Ocean Dr.", "The house is big."]
