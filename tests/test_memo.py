from tomtat.memo import Memo


def test_memo_computes_once_and_stops_growing_at_its_limit() -> None:
    calls: list[str] = []

    def upper(word: str) -> str:
        calls.append(word)
        return word.upper()

    memo = Memo(upper, 2)
    assert list(map(memo.__getitem__, ["a", "b", "a", "c", "c"])) == ["A", "B", "A", "C", "C"]
    assert calls == ["a", "b", "c", "c"]  # "a" kept; "c" came after the limit: redone
    assert dict(memo) == {"a": "A", "b": "B"}
