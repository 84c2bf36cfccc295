"""Views of a Summary (plain text, markdown, rich panels) and the one writer per format."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from tomtat.errors import TomtatError
from tomtat.models import Keyword, Official, Picked, StageWarning, Summary

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from tomtat.combine import Person


def _parts(p: Picked) -> str:
    s = p.parts
    return (
        f"score {p.score:.4f} = frequency {s.frequency:.4f} + position {s.position:.4f}"
        f" + headline {s.headline:.4f} + cues {s.cues:.4f} - redundancy {s.redundancy:.4f}"
    )


UNAVAILABLE = "(officials not available: see the warning on stderr)"
NONE_FOUND = "No officials found."


def warning_line(warning: StageWarning) -> str:
    """A stage warning as one line for stderr."""
    if warning.stage == "select":
        return warning.message
    return f"{warning.stage} failed: {warning.message}"


def _more(summary: Summary) -> str:
    n = summary.more_officials
    return f"+{n} more (--max-officials)" if n else ""


def _official_line(o: Official) -> str:
    titles = "; ".join(o.titles)
    return f"{o.name} ({o.mentions}): {titles}"


def officials_table_text(people: tuple[Official, ...]) -> str:
    """Officials as an aligned plain-text table: name, mentions, titles."""
    if not people:
        return NONE_FOUND
    head = ("NAME", "MENTIONS", "TITLES")
    rows = [(o.name, str(o.mentions), "; ".join(o.titles)) for o in people]
    w0 = max(len(head[0]), *(len(r[0]) for r in rows))
    w1 = len(head[1])
    lines = [f"{head[0]:<{w0}}  {head[1]:>{w1}}  {head[2]}"]
    lines += [f"{n:<{w0}}  {m:>{w1}}  {t}" for n, m, t in rows]
    return "\n".join(lines)


def keywords_line(summary: Summary) -> str:
    """``Keywords: a · b · c`` (empty without keywords)."""
    return "Keywords: " + " · ".join(k.text for k in summary.keywords) if summary.keywords else ""


def _bar(score: float, top: float, width: int = 8) -> str:
    filled = round(width * max(score, 0.0) / top) if top > 0 else 0
    return "█" * filled + "·" * (width - filled)


def highlight_text(summary: Summary, *, explain: bool = False) -> str:
    """The whole article, one sentence a line: ``>>`` marks the picked ones, a score bar each."""
    top = max((p.score for p in summary.ranking), default=0.0)
    picked = {p.index for p in summary.sentences}
    lines = []
    for p in summary.ranking:
        mark = ">>" if p.index in picked else "  "
        lines.append(f"{mark} {_bar(p.score, top)} [{p.index + 1}] {p.text}")
    if explain:
        lines += ["", *_runner_up_lines(summary)]
    return "\n".join(lines)


def _runner_up_lines(summary: Summary) -> list[str]:
    rest = summary.runners_up()
    if not rest:
        return ["Runners-up: none"]
    return ["Runners-up:", *(f"    [{p.index + 1}] {p.text}\n        {_parts(p)}" for p in rest)]


def summary_text(
    summary: Summary,
    *,
    show_summary: bool = True,
    show_officials: bool = True,
    explain: bool = False,
    highlight: bool = False,
) -> str:
    """Plain text: the summary sentences one per line (or the highlighted article), the
    keywords, then the officials."""
    blocks: list[str] = []
    if show_summary and highlight and summary.ranking:
        blocks.append(highlight_text(summary, explain=explain))
    elif show_summary:
        lines: list[str] = []
        for p in summary.sentences:
            lines.append(p.text)
            if explain:
                lines.append(f"    [{p.index + 1}] {_parts(p)}")
        if explain and summary.ranking:
            lines += _runner_up_lines(summary)
        blocks.append("\n".join(lines) if lines else "(no sentences)")
    if show_summary and summary.keywords:
        blocks.append(keywords_line(summary))
    people = summary.officials
    more = _more(summary)
    if show_officials and people is None:
        blocks.append(UNAVAILABLE)
    elif show_officials and people is not None and not people and not more:
        blocks.append(NONE_FOUND)
    elif show_officials and people is not None:
        if show_summary:
            body = [f"- {_official_line(o)}" for o in people]
            blocks.append("\n".join(["Officials:", *body, *([more] if more else [])]))
        else:
            table = officials_table_text(people) if people else ""
            blocks.append("\n".join(x for x in (table, more) if x))
    return "\n\n".join(blocks)


def summary_markdown(
    summary: Summary,
    *,
    source: str | None = None,
    show_summary: bool = True,
    show_officials: bool = True,
) -> str:
    """Markdown for reports and chat: a heading, bullet sentences, an officials table."""
    out: list[str] = []
    heading = summary.title or source
    if heading:
        out.append(f"## {heading}\n")
    if show_summary and summary.keywords:
        out += [f"_{keywords_line(summary)}_", ""]
    if show_summary:
        out += [f"- {p.text}" for p in summary.sentences]
        out.append("")
    if show_officials and summary.officials is None:
        out += [f"_{UNAVAILABLE}_", ""]
    elif show_officials and summary.officials:
        out.append("| Official | Titles | Mentions |")
        out.append("|---|---|---|")
        for o in summary.officials:
            titles = "; ".join(o.titles).replace("|", "\\|")
            out.append(f"| {o.name} | {titles} | {o.mentions} |")
        out.append("")
        if summary.more_officials:
            out += [f"_{_more(summary)}_", ""]
    elif show_officials and summary.more_officials:
        out += [f"_{_more(summary)}_", ""]
    elif show_officials:
        out += [f"_{NONE_FOUND}_", ""]
    return "\n".join(out).rstrip() + "\n"


def summary_rich(
    summary: Summary,
    *,
    source: str | None = None,
    show_summary: bool = True,
    show_officials: bool = True,
    explain: bool = False,
    highlight: bool = False,
) -> list[RenderableType]:
    """Rich renderables: a panel of summary sentences and a table of officials.

    Sentences are numbered from 1 with a hanging indent, so wrapped lines and
    ``--explain`` lines stay clear of the numbers.
    """
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    items: list[RenderableType] = []
    label = source if source and source != "-" else "stdin"
    if show_summary:
        rows = Table.grid(padding=(0, 1))
        if highlight and summary.ranking:
            _highlight_rows(rows, summary)
        else:
            rows.add_column(justify="right", style="dim", no_wrap=True)
            rows.add_column()
            for i, p in enumerate(summary.sentences):
                if i:
                    rows.add_row("", "")
                cell = Text(p.text)
                if explain:
                    cell.append(f"\n{_parts(p)}", style="dim italic")
                rows.add_row(f"[{p.index + 1}]", cell)
            if not summary.sentences:
                rows.add_row("", Text("(no sentences)", style="dim"))
        parts: list[RenderableType] = []
        if summary.title:
            parts.append(Text(summary.title, style="bold"))
        if summary.keywords:
            parts.append(Text(keywords_line(summary), style="italic cyan"))
        if parts:
            parts.append(Text(""))
        parts.append(rows)
        if explain and summary.ranking:
            parts += [Text(""), _runners_up_rich(summary)]
        subtitle = (
            f"{len(summary.sentences)} of {summary.sentence_count} sentences · {summary.lang}"
        )
        items.append(Panel(Group(*parts), title=Text(label, style="dim"), subtitle=subtitle))
    people = summary.officials
    more = _more(summary)
    if show_officials and people is None:
        items.append(Text(UNAVAILABLE, style="dim"))
    elif show_officials and people is not None and not people and not more:
        suffix = "" if show_summary else f" · {label}"
        items.append(Text(NONE_FOUND + suffix, style="dim"))
    elif show_officials and people is not None:
        if people:
            heading = "Key officials" if show_summary else f"Key officials · {label}"
            table = Table(title=heading, title_justify="left", expand=False)
            table.add_column("Name", style="bold cyan", no_wrap=True)
            table.add_column("Titles")
            table.add_column("Mentions", justify="right")
            for o in people:
                table.add_row(o.name, "\n".join(o.titles), str(o.mentions))
            items.append(table)
        if more:
            items.append(Text(more, style="dim"))
    return items


def _runners_up_rich(summary: Summary) -> RenderableType:
    """The next best sentences, numbered like the picked ones, their scores in parts."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    rest = summary.runners_up()
    if not rest:
        return Text("Runners-up: none", style="dim")
    rows = Table.grid(padding=(0, 1))
    rows.add_column(justify="right", style="dim", no_wrap=True)
    rows.add_column(style="dim")
    for p in rest:
        cell = Text(p.text)
        cell.append(f"\n{_parts(p)}", style="italic")
        rows.add_row(f"[{p.index + 1}]", cell)
    return Group(Text("Runners-up", style="dim bold"), rows)


def _highlight_rows(rows: Any, summary: Summary) -> None:
    """The whole article: a score bar and number per sentence, the picked ones highlighted."""
    from rich.text import Text

    rows.add_column(no_wrap=True)
    rows.add_column(justify="right", style="dim", no_wrap=True)
    rows.add_column()
    top = max((p.score for p in summary.ranking), default=0.0)
    picked = {p.index for p in summary.sentences}
    for p in summary.ranking:
        chosen = p.index in picked
        bar = Text(_bar(p.score, top), style="green" if chosen else "dim")
        text = Text(p.text, style="bold black on yellow" if chosen else "")
        rows.add_row(bar, f"[{p.index + 1}]", text)


def print_rich(console: Console, items: list[RenderableType]) -> None:
    """Print renderables to a rich console."""
    for item in items:
        console.print(item)


class Writer:
    """Writes results of one format to a stream, one input at a time (streaming where
    the format allows). ``write`` is the one place the CLI turns results into output.

    Args:
        fmt: ``"rich"``, ``"text"``, ``"markdown"``, ``"json"`` or ``"jsonl"``.
        stream: where results go (stdout, a file).
        several: more than one input (json: an array; text: ``==> source <==`` headers).
        show_summary, show_officials, explain: what to show of each result.
        console: the rich console for ``"rich"``.
        keywords: keywords were asked for (JSON then always has the key).
        highlight: the human views show the whole article, picked sentences highlighted.
        key: ``"source"`` (files) or ``"id"`` (batch records) in JSON objects.
    """

    def __init__(
        self,
        fmt: str,
        stream: TextIO,
        *,
        several: bool = False,
        show_summary: bool = True,
        show_officials: bool = True,
        explain: bool = False,
        console: Console | None = None,
        keywords: bool = True,
        highlight: bool = False,
        key: str = "source",
    ) -> None:
        self.fmt = fmt
        self.keywords = keywords
        self.highlight = highlight
        self.key = key
        self.stream = stream
        self.several = several
        self.show_summary = show_summary
        self.show_officials = show_officials
        self.explain = explain
        self.console = console
        self._first = True
        self._items: list[dict[str, Any]] = []
        self._failures = 0

    def result(self, source: Any, summary: Summary) -> None:
        """One input's result (``source``: a path, URL, ``-``, or a record id)."""
        from tomtat import serialize

        out = self.stream
        if self.fmt in ("json", "jsonl"):
            item = serialize.summary_to_dict(
                summary,
                key=self.key,
                ref=source,
                include_summary=self.show_summary,
                explain=self.explain,
                keywords=self.keywords,
            )
            if self.fmt == "json":
                self._items.append(item)
            else:
                out.write(serialize.dumps(item) + "\n")
                out.flush()
        elif self.fmt == "csv":
            self._csv(source, summary)
        elif self.fmt == "markdown":
            out.write(
                ("" if self._first else "\n")
                + summary_markdown(
                    summary,
                    source=source if source != "-" else None,
                    show_summary=self.show_summary,
                    show_officials=self.show_officials,
                )
            )
        elif self.fmt == "rich":
            assert self.console is not None
            print_rich(
                self.console,
                summary_rich(
                    summary,
                    source=source,
                    show_summary=self.show_summary,
                    show_officials=self.show_officials,
                    explain=self.explain,
                    highlight=self.highlight,
                ),
            )
        else:
            block = summary_text(
                summary,
                show_summary=self.show_summary,
                show_officials=self.show_officials,
                explain=self.explain,
                highlight=self.highlight,
            )
            if self.several:
                block = f"==> {source} <==\n{block}"
            out.write(("" if self._first else "\n") + block + "\n")
        self._first = False

    def _csv(self, source: Any, summary: Summary) -> None:
        """One row per official and title (a person without titles: one row)."""
        import csv

        rows = csv.writer(self.stream, lineterminator="\n")
        if self._first:
            rows.writerow([self.key, "name", "mentions", "title"])
        for o in summary.officials or ():
            for title in o.titles or ("",):
                rows.writerow([source, o.name, o.mentions, title])

    def error(self, source: Any, kind: str, message: str, *, line: int | None = None) -> None:
        """One input that failed: an error object among several JSON results (batch
        records: always, with their ``line``).

        Human views leave it out (the message is on stderr).
        """
        from tomtat import serialize

        self._failures += 1
        if not self.several or self.fmt not in ("json", "jsonl"):
            return
        err = serialize.error_to_dict(kind, message, key=self.key, ref=source)
        if line is not None:
            err["line"] = line
        if self.fmt == "jsonl":
            self.stream.write(serialize.dumps(err) + "\n")
            self.stream.flush()
        else:
            self._items.append(err)

    def report(self, text: str, data: dict[str, Any]) -> None:
        """A whole-run report (``eval``): ``text``, or ``data`` as one JSON document."""
        from tomtat import serialize

        if self.fmt == "json":
            body = {"schema_version": serialize.SCHEMA_VERSION, **data}
            self.stream.write(serialize.dumps(body, indent=2) + "\n")
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Finish: the JSON document (an object, or an array for several inputs)."""
        from tomtat import serialize

        if self.fmt == "json" and self._items:
            payload: Any = self._items if self.several else self._items[0]
            self.stream.write(serialize.dumps(payload, indent=2) + "\n")
        self.stream.flush()


def write(results: Iterable[tuple[str, Summary | TomtatError]], writer: Writer) -> int:
    """Write every ``(source, summary or error)`` with ``writer``; return the failures."""
    failures = 0
    for source, result in results:
        if isinstance(result, TomtatError):
            failures += 1
            writer.error(source, result.kind, str(result))
        else:
            writer.result(source, result)
    writer.close()
    return failures


def _titles(person: Person) -> str:
    return "; ".join(f"{t} ({n})" if n > 1 else t for t, n in person.titles)


def write_combined(
    people: list[Person],
    keywords: tuple[Keyword, ...] | None,
    fmt: str,
    stream: TextIO,
    *,
    articles: int,
    failed: int,
    more: int = 0,
    console: Console | None = None,
) -> None:
    """``officials --combine``: one row a person in the given format."""
    from tomtat import serialize

    if fmt == "json":
        doc = serialize.combined_to_dict(
            people, keywords, inputs=articles, failed=failed, more=more
        )
        stream.write(serialize.dumps(doc, indent=2) + "\n")
    elif fmt == "jsonl":
        for p in people:
            line = {"schema_version": serialize.SCHEMA_VERSION, **serialize.person_to_dict(p)}
            stream.write(serialize.dumps(line) + "\n")
    elif fmt == "csv":
        import csv

        rows = csv.writer(stream, lineterminator="\n")
        rows.writerow(["name", "articles", "mentions", "titles", "first", "last"])
        for p in people:
            titles = "; ".join(t for t, _ in p.titles)
            rows.writerow([p.name, p.articles, p.mentions, titles, p.first, p.last])
    elif fmt == "rich":
        assert console is not None
        from rich.table import Table
        from rich.text import Text

        heading = f"Who's who · {len(people)} people in {articles} articles"
        table = Table(title=heading, title_justify="left")
        table.add_column("Name", style="bold cyan", no_wrap=True)
        table.add_column("Titles (articles)")
        table.add_column("Articles", justify="right")
        table.add_column("Mentions", justify="right")
        for p in people:
            lines = "\n".join(f"{t} ({n})" for t, n in p.titles)
            table.add_row(p.name, lines, str(p.articles), str(p.mentions))
        if keywords:
            console.print(Text("Keywords: " + " · ".join(k.text for k in keywords), "italic cyan"))
        console.print(table if people else Text(NONE_FOUND, style="dim"))
        if more:
            console.print(Text(f"+{more} more (--max-officials)", style="dim"))
    else:
        out = []
        if keywords:
            out += ["Keywords: " + " · ".join(k.text for k in keywords), ""]
        if not people:
            out.append(NONE_FOUND)
        else:
            head = ("NAME", "ARTICLES", "MENTIONS", "TITLES")
            w0 = max(len(head[0]), *(len(p.name) for p in people))
            out.append(f"{head[0]:<{w0}}  {head[1]}  {head[2]}  {head[3]}")
            out += [
                f"{p.name:<{w0}}  {p.articles:>8}  {p.mentions:>8}  {_titles(p)}" for p in people
            ]
        if more:
            out.append(f"+{more} more (--max-officials)")
        stream.write("\n".join(out) + "\n")
    stream.flush()
