"""Views of a Summary (plain text, markdown, rich panels) and the one writer per format."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from tomtat.errors import TomtatError
from tomtat.models import Official, Picked, StageWarning, Summary

if TYPE_CHECKING:
    from rich.console import Console, RenderableType


def _parts(p: Picked) -> str:
    s = p.parts
    return (
        f"score {p.score:.4f} = frequency {s.frequency:.4f} + position {s.position:.4f}"
        f" + headline {s.headline:.4f} - redundancy {s.redundancy:.4f}"
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


def summary_text(
    summary: Summary,
    *,
    show_summary: bool = True,
    show_officials: bool = True,
    explain: bool = False,
) -> str:
    """Plain text: the summary sentences one per line, then the officials."""
    blocks: list[str] = []
    if show_summary:
        lines: list[str] = []
        for p in summary.sentences:
            lines.append(p.text)
            if explain:
                lines.append(f"    [{p.index + 1}] {_parts(p)}")
        blocks.append("\n".join(lines) if lines else "(no sentences)")
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
            parts += [Text(summary.title, style="bold"), Text("")]
        parts.append(rows)
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
    ) -> None:
        self.fmt = fmt
        self.stream = stream
        self.several = several
        self.show_summary = show_summary
        self.show_officials = show_officials
        self.explain = explain
        self.console = console
        self._first = True
        self._items: list[dict[str, Any]] = []
        self._failures = 0

    def result(self, source: str, summary: Summary) -> None:
        """One input's result."""
        from tomtat import serialize

        out = self.stream
        if self.fmt in ("json", "jsonl"):
            item = serialize.summary_to_dict(
                summary, ref=source, include_summary=self.show_summary, explain=self.explain
            )
            if self.fmt == "json":
                self._items.append(item)
            else:
                out.write(serialize.dumps(item) + "\n")
                out.flush()
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
                ),
            )
        else:
            block = summary_text(
                summary,
                show_summary=self.show_summary,
                show_officials=self.show_officials,
                explain=self.explain,
            )
            if self.several:
                block = f"==> {source} <==\n{block}"
            out.write(("" if self._first else "\n") + block + "\n")
        self._first = False

    def error(self, source: str, kind: str, message: str) -> None:
        """One input that failed: an error object among several JSON results.

        Human views leave it out (the message is on stderr).
        """
        from tomtat import serialize

        self._failures += 1
        if not self.several or self.fmt not in ("json", "jsonl"):
            return
        err = serialize.error_to_dict(kind, message, ref=source)
        if self.fmt == "jsonl":
            self.stream.write(serialize.dumps(err) + "\n")
        else:
            self._items.append(err)

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
